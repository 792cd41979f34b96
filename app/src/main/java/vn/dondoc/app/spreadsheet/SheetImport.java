package vn.dondoc.app.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.audit.AuditRecorder;
import vn.dondoc.app.audit.Snapshots;
import vn.dondoc.app.versions.Versions;
import vn.dondoc.app.web.ForbiddenException;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.common.RecordNotFoundException;

/**
 * A spreadsheet read back in, the same way for every kind of record (tasks, targets, results): the header checked
 * against the columns the export writes, then each row on its own, in its own transaction. The first column is the
 * record's id: a row with a known id updates that record, a row without one creates a record, so an edited file
 * never duplicates. An optional last column carries the version the file was exported at: a record changed since
 * is refused for that row, as a stale If-Match is refused by the API; without it the change raises the version all
 * the same. Every change is written to the audit trail, one line per record. A bad row is reported (its number,
 * the column, the reason, in Vietnamese) and leaves the database as it was; the other rows are applied.
 */
@Component
public class SheetImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SheetImport.class);
    private final Messages messages;
    private final Versions versions;
    private final Snapshots snapshots;
    private final AuditRecorder audit;
    private final TransactionTemplate tx;

    SheetImport(
            Messages messages,
            Versions versions,
            Snapshots snapshots,
            AuditRecorder audit,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.versions = versions;
        this.snapshots = snapshots;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What an import did: ids updated and created, and each bad row. */
    public record ImportReport(List<Long> updated, List<Long> created, List<RowError> errors) {}

    /**
     * A bad row: {@code row} counts from the first row under the header (1), {@code line} is the row number the
     * spreadsheet program shows (the header is line 1); {@code problems} name their column, {@code messages} are
     * the same as sentences.
     */
    public record RowError(int row, int line, List<Problem> problems, List<String> messages) {}

    /** What is wrong in one cell ({@code column} its header, null when the row as a whole is wrong). */
    public record Problem(String column, String message) {}

    /**
     * Applies one row: updates the record {@code id} (null: creates one) and answers its id, or answers null after
     * telling the row what is wrong. May throw {@link ForbiddenException} (the row is refused) and
     * {@link RecordNotFoundException} (for the id: an unknown record).
     */
    @FunctionalInterface
    public interface RowAction {
        Long apply(SheetRow row, Long id);
    }

    /** The header of an export: {@code sheet.<kind>.<column>} for each column, then the version. */
    List<String> header(String kind, String... columns) {
        List<String> h = new ArrayList<>(Arrays.stream(columns)
                .map(c -> messages.get("sheet." + kind + "." + c))
                .toList());
        h.add(messages.get("sheet.version"));
        return h;
    }

    /** The export's rows with each record's version in the last column (the id is the first). */
    Table withVersions(String kind, List<String> header, List<List<Object>> rows) {
        Map<Long, Long> current = versions.all(kind);
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            List<Object> row = new ArrayList<>(r);
            row.add(r.get(0) instanceof Number n ? current.get(n.longValue()) : null);
            out.add(row);
        }
        return new Table(header, out);
    }

    /** Reads the file, checks its header against {@code header} (its version column may be missing) and applies each row. */
    public ImportReport run(MultipartFile file, String kind, List<String> header, RowAction action) throws IOException {
        Table table = read(file.getBytes());
        List<String> required = header.subList(0, header.size() - 1);
        List<String> found =
                table.header().stream().map(h -> h == null ? "" : h.strip()).toList();
        if (found.size() < required.size() || !found.subList(0, required.size()).equals(required)) {
            throw new IllegalArgumentException(messages.get("sheet.badHeader", String.join(", ", required)));
        }
        int versionColumn =
                found.size() > required.size() && found.get(required.size()).equals(header.get(header.size() - 1))
                        ? required.size()
                        : -1;
        List<Long> updated = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            SheetRow row = new SheetRow(i + 1, table.rows().get(i), found, table.viNumbers(), kind, messages);
            Long id = row.id(0);
            Long version = versionColumn < 0 ? null : row.id(versionColumn);
            String before = id == null || !row.ok() ? null : snapshots.of(kind, id);
            Long saved = row.ok() ? apply(row, kind, id, version, action) : null;
            if (saved == null) {
                errors.add(new RowError(row.number(), row.number() + 1, row.problems(), row.messages()));
            } else if (id == null) {
                created.add(saved);
                audit.recordChange("CREATE", kind, saved, null);
            } else {
                updated.add(saved);
                audit.recordChange("UPDATE", kind, saved, before);
            }
        }
        return new ImportReport(updated, created, errors);
    }

    private Table read(byte[] bytes) {
        try {
            return Table.read(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(messages.get("sheet.unreadable"), e);
        }
    }

    /** The row in one transaction: rolled back when it turns out bad. */
    private Long apply(SheetRow row, String kind, Long id, Long version, RowAction action) {
        return tx.execute(status -> {
            Long saved = null;
            try {
                if (id != null && !claim(row, kind, id, version)) {
                    status.setRollbackOnly();
                    return null;
                }
                saved = action.apply(row, id);
            } catch (RecordNotFoundException e) {
                row.problem(0, messages.get("sheet.unknownId", messages.get("record." + kind), String.valueOf(id)));
            } catch (ForbiddenException e) {
                row.problem(e.getMessage());
            } catch (DataIntegrityViolationException e) {
                // a cell naming what is not there (a document id the rules did not check): the row, not the file
                log.info(
                        "sheet row {} refused by the database: {}",
                        row.number(),
                        e.getMostSpecificCause().getMessage());
                row.problem(messages.get("sheet.refused"));
            }
            if (saved == null || !row.ok()) {
                status.setRollbackOnly();
                return null;
            }
            return saved;
        });
    }

    /** The record must exist and, when the file says at which version it was read, still be at that version. */
    private boolean claim(SheetRow row, String kind, long id, Long version) {
        Optional<Long> current = versions.current(kind, id);
        if (current.isEmpty()) {
            row.problem(0, messages.get("sheet.unknownId", messages.get("record." + kind), String.valueOf(id)));
            return false;
        }
        if (version == null) {
            versions.bump(kind, id);
            return true;
        }
        if (!versions.advance(kind, id, version)) {
            row.problem(messages.get(
                    "sheet.stale",
                    messages.get("record." + kind),
                    String.valueOf(id),
                    String.valueOf(version),
                    String.valueOf(current.get())));
            return false;
        }
        return true;
    }
}
