package vn.dondoc.app.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.imports.ImportBatch;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportStatus;

@Repository
class JdbcImportJobs implements ImportJobs {
    private static final String FILE_COLS = "id, batch_id, file_name, size_bytes, content_hash, status, error_code,"
            + " error_detail, document_id, body, updated_at";
    private final JdbcClient jdbc;

    JdbcImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ImportFile mapFile(ResultSet rs, int n) throws SQLException {
        return new ImportFile(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getString("content_hash"), ImportStatus.valueOf(rs.getString("status")), rs.getString("error_code"),
                rs.getString("error_detail"), Rows.longOrNull(rs, "document_id"), rs.getString("body"),
                Rows.instant(rs, "updated_at"));
    }

    @Override
    public long createBatch(String label, boolean autoConfirm) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_batches (label, auto_confirm, created_at) VALUES (:l, :a, :now)")
                .param("l", label).param("a", autoConfirm).param("now", Rows.now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    private ImportBatch mapBatch(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new ImportBatch(id, Rows.instant(rs, "created_at"), rs.getString("label"), rs.getBoolean("auto_confirm"),
                new EnumMap<>(ImportStatus.class));
    }

    private ImportBatch withCounts(ImportBatch b) {
        Map<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM import_files WHERE batch_id = :b GROUP BY status").param("b", b.id())
                .query(rs -> {
                    counts.put(ImportStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                });
        return new ImportBatch(b.id(), b.createdAt(), b.label(), b.autoConfirm(), counts);
    }

    @Override
    public Optional<ImportBatch> batch(long id) {
        return jdbc.sql("SELECT * FROM import_batches WHERE id = :id").param("id", id).query((rs, n) -> mapBatch(rs))
                .optional().map(this::withCounts);
    }

    @Override
    public Page<ImportBatch> batches(PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM import_batches").query(Long.class).single();
        List<ImportBatch> items = jdbc.sql("SELECT * FROM import_batches ORDER BY id DESC LIMIT :lim OFFSET :off")
                .param("lim", page.size()).param("off", page.offset()).query((rs, n) -> mapBatch(rs)).list()
                .stream().map(this::withCounts).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public ImportFile addFile(long batchId, String fileName, byte[] bytes, String hash, ImportStatus status,
                              String errorCode, String errorDetail, Long documentId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO import_files (batch_id, file_name, size_bytes, content_hash, content, status, error_code,"
                        + " error_detail, document_id, updated_at) VALUES (:b, :n, :size, :h, :c, :s, :ec, :ed, :doc, :now)")
                .param("b", batchId).param("n", fileName).param("size", (long) bytes.length).param("h", hash)
                .param("c", bytes).param("s", status.name()).param("ec", errorCode).param("ed", errorDetail)
                .param("doc", documentId).param("now", Rows.now()).update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<ImportFile> claimNext() {
        // optimistic claim: only the instance whose UPDATE changes the row owns the file
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Long> next = jdbc.sql("SELECT id FROM import_files WHERE status = 'QUEUED' ORDER BY id LIMIT 1")
                    .query(Long.class).optional();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            int changed = jdbc.sql("UPDATE import_files SET status = 'PROCESSING', updated_at = :now WHERE id = :id AND status = 'QUEUED'")
                    .param("now", Rows.now()).param("id", next.get()).update();
            if (changed == 1) {
                return find(next.get());
            }
        }
        return Optional.empty();
    }

    @Override
    public int requeueStale(java.time.Duration olderThan) {
        return jdbc.sql("UPDATE import_files SET status = 'QUEUED', updated_at = :now WHERE status = 'PROCESSING' AND updated_at < :limit")
                .param("now", Rows.now()).param("limit", Rows.now().minus(olderThan)).update();
    }

    @Override
    public Optional<ImportFile> find(long fileId) {
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE id = :id").param("id", fileId)
                .query(JdbcImportJobs::mapFile).optional();
    }

    @Override
    public Optional<byte[]> bytes(long fileId) {
        return jdbc.sql("SELECT content FROM import_files WHERE id = :id").param("id", fileId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public List<ImportFile> files(long batchId) {
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE batch_id = :b ORDER BY id").param("b", batchId)
                .query(JdbcImportJobs::mapFile).list();
    }

    @Override
    public Optional<ImportFile> findLiveByHash(String hash) {
        return jdbc.sql("SELECT " + FILE_COLS + " FROM import_files WHERE content_hash = :h"
                        + " AND status IN ('QUEUED', 'PROCESSING', 'READY', 'CONFIRMED') ORDER BY id")
                .param("h", hash).query(JdbcImportJobs::mapFile).list().stream().findFirst();
    }

    private void set(long id, String status, String code, String detail, Long doc, String body, boolean setBody) {
        jdbc.sql("UPDATE import_files SET status = :s, error_code = :ec, error_detail = :ed, document_id = :doc,"
                        + (setBody ? " body = :body," : "") + " updated_at = :now WHERE id = :id")
                .param("s", status).param("ec", code).param("ed", detail).param("doc", doc)
                .params(setBody ? Map.of("body", body) : Map.of()).param("now", Rows.now()).param("id", id).update();
    }

    @Override
    public void markReady(long fileId, String text, List<Diagnostic> readerNotes) {
        set(fileId, "READY", null, null, null, text, true);
        jdbc.sql("UPDATE import_files SET reader_notes = :n WHERE id = :id")
                .param("n", readerNotes.isEmpty() ? null : ReaderNotes.write(readerNotes)).param("id", fileId).update();
    }

    @Override
    public List<Diagnostic> readerNotes(long fileId) {
        return jdbc.sql("SELECT reader_notes FROM import_files WHERE id = :id").param("id", fileId)
                .query(String.class).optional().map(ReaderNotes::read).orElse(List.of());
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
                .param("c", code).param("d", detail).param("now", Rows.now()).param("id", fileId).update();
    }

    @Override
    public void markDropped(long fileId) {
        set(fileId, "DROPPED", null, null, null, null, false);
    }
}
