package vn.dondoc.app;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table between tests (children before parents), so each test starts from nothing. */
public final class TestDatabase {
    private static final String[] TABLES = {
        "audit_events",
        "access_tokens",
        "user_grants",
        "users",
        "progress_reports",
        "task_parties",
        "tasks",
        "calendar_event_parties",
        "calendar_events",
        "calendar_series_exceptions",
        "calendar_series",
        "work_programs",
        "calendar_published_events",
        "calendar_publications",
        "calendar_conflict_acceptances",
        "calendar_feeds",
        "results",
        "targets",
        "indicators",
        "document_references",
        "document_texts",
        "documents",
        "import_files",
        "import_batches",
        "aliases",
        "people",
        "day_announcements"
    };

    private TestDatabase() {}

    public static void clear(JdbcClient jdbc) {
        for (String t : TABLES) {
            jdbc.sql("DELETE FROM " + t).update();
        }
        jdbc.sql("UPDATE org_units SET parent_id = NULL, successor_id = NULL").update();
        jdbc.sql("DELETE FROM org_units").update();
    }

    /**
     * Every row of every record table (not the audit trail, which grows by design) as text, in id order: equal
     * before and after to prove that a round trip gave every row back unchanged. Columns named in {@code ignored}
     * (e.g. "version", raised by every change) are left out.
     */
    public static java.util.Map<String, java.util.List<String>> rows(JdbcClient jdbc, String... ignored) {
        java.util.Set<String> skip = java.util.Set.of(ignored);
        java.util.Map<String, java.util.List<String>> m = new java.util.TreeMap<>();
        for (String t : TABLES) {
            if (!t.equals("audit_events")) {
                m.put(
                        t,
                        jdbc.sql("SELECT * FROM " + t + " ORDER BY 1").query().listOfRows().stream()
                                .map(r -> text(r, skip))
                                .toList());
            }
        }
        return m;
    }

    private static String text(java.util.Map<String, Object> row, java.util.Set<String> skip) {
        java.util.StringJoiner out = new java.util.StringJoiner(", ", "{", "}");
        row.forEach((k, v) -> {
            String name = k.toLowerCase(java.util.Locale.ROOT);
            if (!skip.contains(name)) {
                out.add(name + "=" + (v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v)));
            }
        });
        return out.toString();
    }

    /** Rows per table, to prove that something changed nothing. */
    public static java.util.Map<String, Long> counts(JdbcClient jdbc) {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        for (String t : TABLES) {
            m.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single());
        }
        m.put(
                "org_units",
                jdbc.sql("SELECT COUNT(*) FROM org_units").query(Long.class).single());
        return m;
    }
}
