package vn.dondoc.app.trash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;

/**
 * Deleted records of every kind: still in their tables, marked with when they were deleted (V12, V55, V56). Who
 * deleted one is read from the audit trail: the first line written on the record at or after that moment (the line of
 * the request that deleted it); a record deleted with its document has none of its own.
 */
@Repository
class JdbcTrash {
    /** A kind of record that can be deleted: its table, what names it in a list, whether it carries a version. */
    record Kind(String code, String table, String label, boolean versioned) {}

    /** The kinds, in the order the trash page shows them; codes are those of the audit trail and {@code record.*}. */
    static final Map<String, Kind> KINDS = kinds(
            new Kind("document", "documents", "COALESCE(x.title, x.doc_number, x.source_name)", true),
            new Kind("task", "tasks", "x.body", true),
            new Kind(
                    "target",
                    "targets",
                    "(SELECT i.name FROM indicators i WHERE i.id = x.indicator_id) || ' (' || x.period_label || ')'",
                    true),
            new Kind(
                    "result",
                    "results",
                    "(SELECT i.name FROM indicators i WHERE i.id = x.indicator_id) || ' (' || x.period_label || ')'",
                    true),
            new Kind("workProgram", "work_programs", "x.title", false),
            new Kind("event", "calendar_events", "x.content", true),
            new Kind("unit", "org_units", "x.name", true),
            new Kind("person", "people", "x.name", true),
            new Kind("alias", "aliases", "x.alias_text", false),
            new Kind("dayAnnouncement", "day_announcements", "x.name", false));

    private static Map<String, Kind> kinds(Kind... kinds) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (Kind k : kinds) {
            m.put(k.code(), k);
        }
        return m;
    }

    private final JdbcClient jdbc;

    JdbcTrash(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One deleted record: its kind's code, id, what names it, when and by whom (null: unknown) it was deleted. */
    record Deleted(String kind, long id, String label, Instant deletedAt, String deletedBy) {}

    /** The deleted records of one kind (all kinds when null), latest first. */
    List<Deleted> deleted(String kind, int limit) {
        List<Deleted> out = new ArrayList<>();
        for (Kind k : KINDS.values()) {
            if (kind == null || kind.equals(k.code())) {
                out.addAll(deletedOf(k, limit));
            }
        }
        out.sort(Comparator.comparing(Deleted::deletedAt)
                .reversed()
                .thenComparing(Comparator.comparingLong(Deleted::id).reversed()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private List<Deleted> deletedOf(Kind k, int limit) {
        record Row(long id, String label, Instant at) {}
        List<Row> rows = jdbc.sql("SELECT x.id, " + k.label() + " AS label, x.deleted_at FROM " + k.table()
                        + " x WHERE x.deleted_at IS NOT NULL ORDER BY x.deleted_at DESC, x.id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("label"), Rows.instant(rs, "deleted_at")))
                .list();
        Map<Long, String> by = deleters(
                k.code(),
                rows.stream().map(Row::id).toList(),
                rows.stream().collect(HashMap::new, (m, r) -> m.put(r.id(), r.at()), Map::putAll));
        return rows.stream()
                .map(r -> new Deleted(k.code(), r.id(), r.label(), r.at(), by.get(r.id())))
                .toList();
    }

    /** For each record, the actor of the first successful audit line at or after its deletion. */
    private Map<Long, String> deleters(String kind, List<Long> ids, Map<Long, Instant> deletedAt) {
        Map<Long, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT record_id, actor, at FROM audit_events WHERE kind = :k AND record_id IN (:ids)"
                            + " AND outcome = 'DONE' ORDER BY at, id")
                    .param("k", kind)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, n) -> {
                        long id = rs.getLong("record_id");
                        Instant at = Rows.instant(rs, "at");
                        if (!out.containsKey(id) && at != null && !at.isBefore(deletedAt.get(id))) {
                            out.put(id, rs.getString("actor"));
                        }
                        return id;
                    })
                    .list();
        }
        return out;
    }

    /** The deleted record of this kind and id, if it is in the trash. */
    Optional<Deleted> find(String kind, long id) {
        Kind k = KINDS.get(kind);
        if (k == null) {
            return Optional.empty();
        }
        Optional<Deleted> row = jdbc.sql("SELECT x.id, " + k.label() + " AS label, x.deleted_at FROM " + k.table()
                        + " x WHERE x.id = :id AND x.deleted_at IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new Deleted(
                        kind, rs.getLong("id"), rs.getString("label"), Rows.instant(rs, "deleted_at"), null))
                .optional();
        return row.map(d -> new Deleted(
                kind,
                d.id(),
                d.label(),
                d.deletedAt(),
                deleters(kind, List.of(id), Map.of(id, d.deletedAt())).get(id)));
    }

    /**
     * Unmarks a deleted record (not a document: DocumentService restores those with their records), with what was
     * deleted with it at the same moment: a work program's items, a unit's or a person's names. False when it is not
     * in the trash.
     */
    boolean restore(String kind, long id) {
        Kind k = KINDS.get(kind);
        if (k == null) {
            return false;
        }
        switch (kind) {
            case "workProgram" -> restoreWith("calendar_events", "work_program_id = :id", k, id);
            case "unit" -> restoreWith("aliases", "kind = 'UNIT' AND target_id = :id", k, id);
            case "person" -> restoreWith("aliases", "kind = 'PERSON' AND target_id = :id", k, id);
            default -> {}
        }
        return jdbc.sql("UPDATE " + k.table() + " SET deleted_at = NULL"
                                + (k.versioned() ? ", version = version + 1" : "")
                                + " WHERE id = :id AND deleted_at IS NOT NULL")
                        .param("id", id)
                        .update()
                == 1;
    }

    private void restoreWith(String table, String owned, Kind owner, long id) {
        jdbc.sql("UPDATE " + table + " SET deleted_at = NULL WHERE " + owned + " AND deleted_at = (SELECT o.deleted_at"
                        + " FROM " + owner.table() + " o WHERE o.id = :id AND o.deleted_at IS NOT NULL)")
                .param("id", id)
                .update();
    }

    /** The items of a work program (live ones, after a restore): for the search index. */
    List<Long> eventsOfProgram(long programId) {
        return jdbc.sql("SELECT id FROM calendar_events WHERE work_program_id = :id AND deleted_at IS NULL")
                .param("id", programId)
                .query(Long.class)
                .list();
    }

    /**
     * The unit a unit or a person belongs to, when that unit is itself deleted: restoring the record first would put
     * it under a unit nobody sees.
     */
    Optional<Long> deletedOwnerUnit(String kind, long id) {
        String column = switch (kind) {
            case "unit" -> "parent_id";
            case "person" -> "unit_id";
            default -> null;
        };
        if (column == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT u.id FROM " + KINDS.get(kind).table() + " x JOIN org_units u ON u.id = x." + column
                        + " WHERE x.id = :id AND u.deleted_at IS NOT NULL")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    // the routes kept from before the one trash (GET /api/trash/tasks, /api/trash/documents)

    record DeletedTask(long id, String text, Long documentId, Instant deletedAt) {}

    List<DeletedTask> tasks(int limit) {
        return jdbc.sql("SELECT id, body, document_id, deleted_at FROM tasks WHERE deleted_at IS NOT NULL"
                        + " ORDER BY deleted_at DESC, id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new DeletedTask(
                        rs.getLong("id"),
                        rs.getString("body"),
                        Rows.longOrNull(rs, "document_id"),
                        Rows.instant(rs, "deleted_at")))
                .list();
    }

    record DeletedDocument(long id, String number, String title, String sourceName, Instant deletedAt) {}

    List<DeletedDocument> documents(int limit) {
        return jdbc.sql(
                        "SELECT id, doc_number, title, source_name, deleted_at FROM documents WHERE deleted_at IS NOT NULL"
                                + " ORDER BY deleted_at DESC, id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new DeletedDocument(
                        rs.getLong("id"),
                        rs.getString("doc_number"),
                        rs.getString("title"),
                        rs.getString("source_name"),
                        Rows.instant(rs, "deleted_at")))
                .list();
    }
}
