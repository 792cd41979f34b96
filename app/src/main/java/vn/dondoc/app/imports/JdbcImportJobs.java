package vn.dondoc.app.imports;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.imports.ImportBatch;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.textcore.model.Diagnostic;

@Repository
class JdbcImportJobs implements ImportJobs {
    private static final String FILE_COLS = "id, batch_id, file_name, size_bytes, content_hash, status, error_code,"
            + " error_detail, document_id, body, updated_at, attempts";
    private static final String LIVE = "('QUEUED', 'PROCESSING', 'READY', 'CONFIRMED')";
    private final JdbcClient jdbc;
    private final Duration lease;
    private final ScheduledExecutorService renewals;

    /**
     * {@code dondoc.import.lease-seconds}: how long a claimed file stays with the instance that took it
     * without a renewal (renewed every third of it while the file is read).
     */
    JdbcImportJobs(JdbcClient jdbc, @Value("${dondoc.import.lease-seconds:60}") long leaseSeconds) {
        this.jdbc = jdbc;
        this.lease = Duration.ofSeconds(Math.max(1, leaseSeconds));
        this.renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-lease");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopRenewing() {
        renewals.shutdownNow();
    }

    static ImportFile mapFile(ResultSet rs, int n) throws SQLException {
        return new ImportFile(
                rs.getLong("id"),
                rs.getLong("batch_id"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("content_hash"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("error_code"),
                rs.getString("error_detail"),
                Rows.longOrNull(rs, "document_id"),
                rs.getString("body"),
                Rows.instant(rs, "updated_at"),
                rs.getInt("attempts"));
    }

    @Override
    public long createBatch(String label, boolean autoConfirm, java.util.Set<Long> ownerUnits) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_batches (label, auto_confirm, created_at) VALUES (:l, :a, :now)")
                .param("l", label)
                .param("a", autoConfirm)
                .param("now", Rows.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long unit : new java.util.TreeSet<>(ownerUnits)) {
            jdbc.sql("INSERT INTO import_batch_units (batch_id, unit_id) VALUES (:b, :u)")
                    .param("b", id)
                    .param("u", unit)
                    .update();
        }
        return id;
    }

    private ImportBatch mapBatch(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new ImportBatch(
                id,
                Rows.instant(rs, "created_at"),
                rs.getString("label"),
                rs.getBoolean("auto_confirm"),
                new EnumMap<>(ImportStatus.class));
    }

    private ImportBatch withCounts(ImportBatch b) {
        Map<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM import_files WHERE batch_id = :b GROUP BY status")
                .param("b", b.id())
                .query(rs -> {
                    counts.put(ImportStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return new ImportBatch(b.id(), b.createdAt(), b.label(), b.autoConfirm(), counts);
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
        return jdbc.sql("SELECT * FROM import_batches WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> mapBatch(rs))
                .optional()
                .map(this::withCounts);
    }

    @Override
    public Page<ImportBatch> batches(PageRequest page, Visibility visible) {
        Where w = new Where();
        Visible.and(w, Visible.importBatches(visible, "import_batches.id", w.params()));
        Map<String, Object> params = w.params();
        long total = jdbc.sql("SELECT COUNT(*) FROM import_batches" + w.sql())
                .params(params)
                .query(Long.class)
                .single();
        List<ImportBatch> items = jdbc
                .sql("SELECT * FROM import_batches" + w.sql() + " ORDER BY id DESC LIMIT :lim OFFSET :off")
                .params(params)
                .param("lim", page.size())
                .param("off", page.offset())
                .query((rs, n) -> mapBatch(rs))
                .list()
                .stream()
                .map(this::withCounts)
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public boolean batchVisible(long batchId, Visibility visible) {
        Map<String, Object> params = new java.util.HashMap<>();
        String readable = Visible.importBatches(visible, "b.id", params);
        params.put("id", batchId);
        return jdbc.sql("SELECT COUNT(*) FROM import_batches b WHERE b.id = :id"
                                + (readable == null ? "" : " AND (" + readable + ")"))
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public ImportFile addFile(
            long batchId,
            String fileName,
            byte[] bytes,
            String hash,
            ImportStatus status,
            String errorCode,
            String errorDetail,
            Long documentId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO import_files (batch_id, file_name, size_bytes, content_hash, content, status, error_code,"
                                + " error_detail, document_id, updated_at) VALUES (:b, :n, :size, :h, :c, :s, :ec, :ed, :doc, :now)")
                .param("b", batchId)
                .param("n", fileName)
                .param("size", (long) bytes.length)
                .param("h", hash)
                .param("c", bytes)
                .param("s", status.name())
                .param("ec", errorCode)
                .param("ed", errorDetail)
                .param("doc", documentId)
                .param("now", Rows.now())
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<ImportFile> claimNext() {
        // optimistic claim: only the instance whose UPDATE changes the row owns the file
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Long> next = jdbc.sql("SELECT id FROM import_files WHERE status = 'QUEUED' ORDER BY id LIMIT 1")
                    .query(Long.class)
                    .optional();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            OffsetDateTime now = Rows.now();
            int changed = jdbc.sql("UPDATE import_files SET status = 'PROCESSING', attempts = attempts + 1,"
                            + " lease_until = :until, updated_at = :now WHERE id = :id AND status = 'QUEUED'")
                    .param("until", now.plus(lease))
                    .param("now", now)
                    .param("id", next.get())
                    .update();
            if (changed == 1) {
                return find(next.get());
            }
        }
        return Optional.empty();
    }

    @Override
    public Lease hold(long fileId) {
        long every = Math.max(200, lease.toMillis() / 3);
        ScheduledFuture<?> renewing = renewals.scheduleWithFixedDelay(
                () -> {
                    try {
                        jdbc.sql(
                                        "UPDATE import_files SET lease_until = :until WHERE id = :id AND status = 'PROCESSING'")
                                .param("until", Rows.now().plus(lease))
                                .param("id", fileId)
                                .update();
                    } catch (RuntimeException e) {
                        // the next renewal tries again; if none succeeds the file is read again after the lease
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        return () -> renewing.cancel(false);
    }

    @Override
    public int requeueExpired(int maxAttempts) {
        OffsetDateTime now = Rows.now();
        // an expired lease with no time at all is a file claimed before leases existed: 10 minutes, as then
        List<ImportFile> expired = jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE status = 'PROCESSING'"
                        + " AND (lease_until < :now OR (lease_until IS NULL AND updated_at < :old)) ORDER BY id")
                .param("now", now)
                .param("old", now.minusMinutes(10))
                .query(JdbcImportJobs::mapFile)
                .list();
        int changed = 0;
        for (ImportFile f : expired) {
            Optional<Long> later = jdbc.sql("SELECT batch_id FROM import_files WHERE content_hash = :h AND id > :id"
                            + " AND status IN " + LIVE + " ORDER BY id LIMIT 1")
                    .param("h", f.contentHash())
                    .param("id", f.id())
                    .query(Long.class)
                    .optional();
            String sql = "UPDATE import_files SET status = :s, error_code = :c, error_detail = :d, lease_until = NULL,"
                    + " updated_at = :now WHERE id = :id AND status = 'PROCESSING' AND (lease_until IS NULL OR lease_until < :now)";
            JdbcClient.StatementSpec update;
            if (later.isPresent()) {
                update = jdbc.sql(sql)
                        .param("s", "DROPPED")
                        .param("c", "takenOver")
                        .param("d", String.valueOf(later.get()));
            } else if (f.attempts() >= maxAttempts) {
                update = jdbc.sql(sql)
                        .param("s", "FAILED")
                        .param("c", "interrupted")
                        .param("d", f.attempts() + "/" + maxAttempts);
            } else {
                update = jdbc.sql(sql)
                        .param("s", "QUEUED")
                        .param("c", "requeued")
                        .param("d", f.attempts() + "/" + maxAttempts);
            }
            changed += update.param("now", now).param("id", f.id()).update();
        }
        return changed;
    }

    @Override
    public boolean takeOver(long fileId, long byBatch) {
        OffsetDateTime now = Rows.now();
        return jdbc.sql(
                                "UPDATE import_files SET status = 'DROPPED', error_code = 'takenOver', error_detail = :d,"
                                        + " lease_until = NULL, updated_at = :now WHERE id = :id AND (status = 'QUEUED'"
                                        + " OR (status = 'PROCESSING' AND (lease_until < :now OR (lease_until IS NULL AND updated_at < :old))))")
                        .param("d", String.valueOf(byBatch))
                        .param("now", now)
                        .param("old", now.minusMinutes(10))
                        .param("id", fileId)
                        .update()
                == 1;
    }

    @Override
    public int takenOverBy(long batchId) {
        return jdbc.sql("SELECT COUNT(*) FROM import_files WHERE status = 'DROPPED' AND error_code = 'takenOver'"
                        + " AND error_detail = :d")
                .param("d", String.valueOf(batchId))
                .query(Integer.class)
                .single();
    }

    @Override
    public void retryLater(long fileId, String errorCode, String errorDetail) {
        set(fileId, "QUEUED", errorCode, errorDetail, null, null, false);
    }

    @Override
    public boolean retry(long fileId) {
        return jdbc.sql(
                                "UPDATE import_files SET status = 'QUEUED', attempts = 0, error_code = NULL, error_detail = NULL,"
                                        + " lease_until = NULL, updated_at = :now WHERE id = :id AND status = 'FAILED'")
                        .param("now", Rows.now())
                        .param("id", fileId)
                        .update()
                == 1;
    }

    @Override
    public List<ImportFile> failed(int limit, Visibility visible) {
        Map<String, Object> params = new java.util.HashMap<>();
        String readable = Visible.importBatches(visible, "import_files.batch_id", params);
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE status = 'FAILED'"
                        + (readable == null ? "" : " AND (" + readable + ")")
                        + " ORDER BY updated_at DESC, id DESC LIMIT :lim")
                .params(params)
                .param("lim", limit)
                .query(JdbcImportJobs::mapFile)
                .list();
    }

    @Override
    public Optional<ImportFile> find(long fileId) {
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE id = :id")
                .param("id", fileId)
                .query(JdbcImportJobs::mapFile)
                .optional();
    }

    @Override
    public Optional<byte[]> bytes(long fileId) {
        return jdbc.sql("SELECT content FROM import_files WHERE id = :id")
                .param("id", fileId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    @Override
    public List<ImportFile> files(long batchId) {
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE batch_id = :b ORDER BY id")
                .param("b", batchId)
                .query(JdbcImportJobs::mapFile)
                .list();
    }

    @Override
    public Optional<ImportFile> findLiveByHash(String hash) {
        return jdbc
                .sql("SELECT " + FILE_COLS + " FROM import_files WHERE content_hash = :h" + " AND status IN " + LIVE
                        + " ORDER BY id")
                .param("h", hash)
                .query(JdbcImportJobs::mapFile)
                .list()
                .stream()
                .findFirst();
    }

    private void set(long id, String status, String code, String detail, Long doc, String body, boolean setBody) {
        jdbc.sql("UPDATE import_files SET status = :s, error_code = :ec, error_detail = :ed, document_id = :doc,"
                        + (setBody ? " body = :body," : "") + " lease_until = NULL, updated_at = :now WHERE id = :id")
                .param("s", status)
                .param("ec", code)
                .param("ed", detail)
                .param("doc", doc)
                .params(setBody ? Map.of("body", body) : Map.of())
                .param("now", Rows.now())
                .param("id", id)
                .update();
    }

    @Override
    public void markReady(long fileId, String text, List<Diagnostic> readerNotes) {
        set(fileId, "READY", null, null, null, text, true);
        jdbc.sql("UPDATE import_files SET reader_notes = :n WHERE id = :id")
                .param("n", readerNotes.isEmpty() ? null : ReaderNotes.write(readerNotes))
                .param("id", fileId)
                .update();
    }

    @Override
    public List<Diagnostic> readerNotes(long fileId) {
        return jdbc.sql("SELECT reader_notes FROM import_files WHERE id = :id")
                .param("id", fileId)
                .query(String.class)
                .optional()
                .map(ReaderNotes::read)
                .orElse(List.of());
    }

    @Override
    public void markFailed(long fileId, String errorCode, String errorDetail) {
        set(fileId, "FAILED", errorCode, errorDetail, null, null, false);
    }

    @Override
    public void markDuplicate(long fileId, Long documentId, String errorDetail) {
        set(fileId, "DUPLICATE", "duplicateDocument", errorDetail, documentId, null, false);
    }

    @Override
    public void markConfirmed(long fileId, long documentId) {
        set(fileId, "CONFIRMED", null, null, documentId, null, false);
    }

    @Override
    public void note(long fileId, String code, String detail) {
        jdbc.sql("UPDATE import_files SET error_code = :c, error_detail = :d, updated_at = :now WHERE id = :id")
                .param("c", code)
                .param("d", detail)
                .param("now", Rows.now())
                .param("id", fileId)
                .update();
    }

    @Override
    public void markDropped(long fileId) {
        set(fileId, "DROPPED", null, null, null, null, false);
    }
}
