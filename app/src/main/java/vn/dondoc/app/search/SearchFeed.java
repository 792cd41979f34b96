package vn.dondoc.app.search;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchDoc;

/**
 * What the index holds, read from the database: documents and the records taken from them, each as
 * the text a user would search (a task with its units, status, deadline and document number; an agenda
 * item with its units, chairs, place and day; a target or result with value, unit, scope and period)
 * and the filters (type, issuer and year of the document; status; units named on the record).
 */
final class SearchFeed {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** The source document's metadata, joined to every record. */
    private static final String DOC_COLUMNS =
            ", d.doc_number AS d_number, d.doc_type AS d_type, d.issuer AS d_issuer," + " d.issued_on AS d_issued_on";
    /** A deleted record is kept in its table (an administrator may restore it) but not in the index. */
    private static final String LIVE = " WHERE deleted_at IS NULL";

    private static final String DOC_JOIN = " LEFT JOIN documents d ON d.id = x.document_id";

    /** How one kind is read: its table, the select of its rows (alias x) and a page size for rebuilding. */
    private record Source(RecordKind kind, String table, String select, int pageSize) {}

    private static final Map<RecordKind, Source> SOURCES = new EnumMap<>(Map.of(
            RecordKind.DOCUMENT,
                    new Source(
                            RecordKind.DOCUMENT,
                            "documents",
                            "SELECT x.id, x.doc_number, x.doc_type, x.title, x.issuer, x.issued_on, t.body FROM documents x"
                                    + " LEFT JOIN document_texts t ON t.document_id = x.id",
                            20),
            RecordKind.TASK,
                    new Source(RecordKind.TASK, "tasks", "SELECT x.*" + DOC_COLUMNS + " FROM tasks x" + DOC_JOIN, 500),
            RecordKind.EVENT,
                    new Source(
                            RecordKind.EVENT,
                            "calendar_events",
                            "SELECT x.*" + DOC_COLUMNS + " FROM calendar_events x" + DOC_JOIN,
                            500),
            RecordKind.TARGET,
                    new Source(
                            RecordKind.TARGET,
                            "targets",
                            "SELECT x.*, i.name AS indicator" + DOC_COLUMNS
                                    + " FROM targets x JOIN indicators i ON i.id = x.indicator_id" + DOC_JOIN,
                            500),
            RecordKind.RESULT,
                    new Source(
                            RecordKind.RESULT,
                            "results",
                            "SELECT x.*, i.name AS indicator, u.name AS unit_name"
                                    + DOC_COLUMNS + " FROM results x JOIN indicators i ON i.id = x.indicator_id"
                                    + " LEFT JOIN org_units u ON u.id = x.reporting_unit_id" + DOC_JOIN,
                            500)));

    private final JdbcClient jdbc;
    private final Messages messages;

    SearchFeed(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Index id of an item: "task:7". */
    static String key(RecordKind kind, long id) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    /** The items of these ids that still exist. */
    List<SearchDoc> load(RecordKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Source s = SOURCES.get(kind);
        List<Long> all = List.copyOf(ids);
        if (all.size() <= s.pageSize()) {
            return read(
                    s,
                    jdbc.sql(s.select() + " WHERE x.id IN (:ids) AND x.deleted_at IS NULL")
                            .param("ids", all));
        }
        // a document's 20,000 tasks: pages of the size a rebuild reads, not one statement with 20,000 parameters
        List<SearchDoc> out = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += s.pageSize()) {
            out.addAll(load(kind, all.subList(from, Math.min(all.size(), from + s.pageSize()))));
        }
        return out;
    }

    /** Every item of every kind, read a page at a time (the archive never sits in memory at once). */
    Iterable<SearchDoc> all() {
        return () -> Arrays.stream(RecordKind.values())
                .flatMap(k -> {
                    Iterable<SearchDoc> pages = () -> pagesOf(SOURCES.get(k));
                    return java.util.stream.StreamSupport.stream(pages.spliterator(), false);
                })
                .iterator();
    }

    private Iterator<SearchDoc> pagesOf(Source s) {
        return new Iterator<>() {
            private long after = 0;
            private Iterator<SearchDoc> page = List.<SearchDoc>of().iterator();
            private boolean last = false;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<Long> ids = jdbc.sql("SELECT id FROM " + s.table() + " WHERE id > :after ORDER BY id LIMIT :n")
                            .param("after", after)
                            .param("n", s.pageSize())
                            .query(Long.class)
                            .list();
                    last = ids.size() < s.pageSize();
                    if (!ids.isEmpty()) {
                        after = ids.get(ids.size() - 1);
                        page = load(s.kind(), ids).iterator();
                    }
                }
                return page.hasNext();
            }

            @Override
            public SearchDoc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    long count(RecordKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM " + SOURCES.get(kind).table() + LIVE)
                .query(Long.class)
                .single();
    }

    /** The ids of the records of one kind that the index should hold. */
    Set<Long> ids(RecordKind kind) {
        return new java.util.HashSet<>(
                jdbc.sql("SELECT id FROM " + SOURCES.get(kind).table() + LIVE)
                        .query(Long.class)
                        .list());
    }

    /** Ids of the records taken from a document, kind by kind. */
    Map<RecordKind, List<Long>> recordsOf(long documentId) {
        Map<RecordKind, List<Long>> out = new EnumMap<>(RecordKind.class);
        for (Source s : SOURCES.values()) {
            if (s.kind() != RecordKind.DOCUMENT) {
                out.put(
                        s.kind(),
                        jdbc.sql("SELECT id FROM " + s.table() + " WHERE document_id = :d")
                                .param("d", documentId)
                                .query(Long.class)
                                .list());
            }
        }
        return out;
    }

    private List<SearchDoc> read(Source s, JdbcClient.StatementSpec query) {
        List<Row> rows = query.query((rs, n) -> new Row(rs, s.kind())).list();
        Map<Long, List<String[]>> parties = switch (s.kind()) {
            case TASK -> parties("task_parties", "task_id", rows);
            case EVENT -> parties("calendar_event_parties", "event_id", rows);
            default -> Map.of();
        };
        Map<Long, Set<Long>> documentReaders = documentReaders(
                switch (s.kind()) {
                    case DOCUMENT -> rows.stream().map(r -> r.id).toList();
                    case TARGET, RESULT ->
                        rows.stream()
                                .map(r -> r.longValue("document_id"))
                                .filter(java.util.Objects::nonNull)
                                .toList();
                    default -> List.<Long>of();
                });
        List<SearchDoc> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String[]> ps = parties.getOrDefault(r.id, List.of());
            out.add(
                    switch (s.kind()) {
                        case DOCUMENT ->
                            r.document().readers(documentReaders.get(r.id)).build();
                        case TASK -> task(r, ps);
                        case EVENT -> event(r, ps);
                        case TARGET ->
                            target(r).readers(withDocument(r, documentReaders)).build();
                        case RESULT ->
                            result(r)
                                    .readers(
                                            r.longValue("reporting_unit_id") != null
                                                    ? Set.of(r.longValue("reporting_unit_id"))
                                                    : withDocument(r, documentReaders))
                                    .build();
                    });
        }
        return out;
    }

    /*
     * Who reads what (SearchDoc.readers, filtered in the engine): the rule of app/jdbc/Visible and AccessPolicy, as
     * unit ids; no unit means the agency's own record. A task: the units its parties resolved to. A document: its
     * issuer unit and the units its live tasks name (none when the issuer is outside the tree: the agency's). An
     * agenda item: the agency's. A target: as its document (the agency's without one). A result: its reporting
     * unit, else as its document.
     */

    /** Readers of documents (empty set: the agency's), for documents and the records read with them. */
    private Map<Long, Set<Long>> documentReaders(Collection<Long> documentIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        if (documentIds.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
        jdbc.sql("SELECT id, issuer_unit_id FROM documents WHERE id IN (:ids) AND issuer_unit_id IS NOT NULL")
                .param("ids", ids)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("id"), k -> new LinkedHashSet<>())
                            .add(rs.getLong("issuer_unit_id"));
                });
        if (!out.isEmpty()) {
            jdbc.sql("SELECT DISTINCT t.document_id, p.unit_id FROM tasks t JOIN task_parties p ON p.task_id = t.id"
                            + " WHERE t.document_id IN (:ids) AND t.deleted_at IS NULL AND p.unit_id IS NOT NULL")
                    .param("ids", List.copyOf(out.keySet()))
                    .query(rs -> {
                        out.get(rs.getLong("document_id")).add(rs.getLong("unit_id"));
                    });
        }
        return out;
    }

    private static Set<Long> withDocument(Row r, Map<Long, Set<Long>> documentReaders) {
        Long document = r.longValue("document_id");
        return document == null ? Set.of() : documentReaders.getOrDefault(document, Set.of());
    }

    /**
     * The items whose readers follow these tasks' units: the tasks' documents, and the targets and results read
     * with those documents (results without a reporting unit). Re-indexed with the tasks, so a restricted search
     * agrees with the lists the moment a task names another unit.
     */
    Map<RecordKind, List<Long>> readWithDocumentsOf(Collection<Long> taskIds) {
        Map<RecordKind, List<Long>> out = new EnumMap<>(RecordKind.class);
        List<Long> tasks = List.copyOf(taskIds);
        Set<Long> documents = new LinkedHashSet<>();
        for (int from = 0; from < tasks.size(); from += 500) {
            documents.addAll(jdbc.sql(
                            "SELECT DISTINCT document_id FROM tasks WHERE id IN (:ids) AND document_id IS NOT NULL")
                    .param("ids", tasks.subList(from, Math.min(tasks.size(), from + 500)))
                    .query(Long.class)
                    .list());
        }
        if (documents.isEmpty()) {
            return out;
        }
        out.put(RecordKind.DOCUMENT, List.copyOf(documents));
        List<Long> docs = List.copyOf(documents);
        out.put(RecordKind.TARGET, new ArrayList<>());
        out.put(RecordKind.RESULT, new ArrayList<>());
        for (int from = 0; from < docs.size(); from += 500) {
            List<Long> chunk = docs.subList(from, Math.min(docs.size(), from + 500));
            out.get(RecordKind.TARGET)
                    .addAll(jdbc.sql("SELECT id FROM targets WHERE document_id IN (:ids)")
                            .param("ids", chunk)
                            .query(Long.class)
                            .list());
            out.get(RecordKind.RESULT)
                    .addAll(jdbc.sql("SELECT id FROM results WHERE document_id IN (:ids) AND reporting_unit_id IS NULL")
                            .param("ids", chunk)
                            .query(Long.class)
                            .list());
        }
        return out;
    }

    /** Names on the records: role, name as written, name of the unit it resolved to (may be null). */
    private Map<Long, List<String[]>> parties(String table, String owner, List<Row> rows) {
        Map<Long, List<String[]>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT p." + owner + " AS owner, p.role, p.raw_name, u.name AS unit_name, p.unit_id FROM " + table
                        + " p" + " LEFT JOIN org_units u ON u.id = p.unit_id WHERE p." + owner
                        + " IN (:ids) ORDER BY p.id")
                .param("ids", rows.stream().map(r -> r.id).toList())
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("owner"), k -> new ArrayList<>())
                            .add(new String[] {
                                rs.getString("role"),
                                rs.getString("raw_name"),
                                rs.getString("unit_name"),
                                rs.getString("unit_id")
                            });
                });
        return out;
    }

    private SearchDoc task(Row r, List<String[]> parties) {
        List<String> lead = names(parties, "LEAD");
        List<String> cooperating = names(parties, "COOPERATING");
        String status = r.text("status");
        Set<String> units = new LinkedHashSet<>(lead);
        units.addAll(cooperating);
        return r.record()
                .title(r.text("body"))
                .body(lines(
                        r.text("section"),
                        labelled("task.lead", String.join(", ", lead)),
                        labelled("task.cooperating", String.join(", ", cooperating)),
                        labelled("task.status", messages.get("task.status." + status)),
                        labelled("task.deadline", day(r.date("deadline"))),
                        r.source()))
                .status(status)
                .units(List.copyOf(units))
                .date(r.date("deadline") != null ? r.date("deadline") : r.date("start_date"))
                .readers(parties.stream()
                        .filter(p -> p[3] != null)
                        .map(p -> Long.valueOf(p[3]))
                        .toList())
                .build();
    }

    private SearchDoc event(Row r, List<String[]> parties) {
        Set<String> units = new LinkedHashSet<>(split(r.text("preparing_units")));
        units.addAll(names(parties, "PREPARING"));
        String session = r.text("day_session");
        String when = String.join(
                " ",
                java.util.stream.Stream.of(
                                day(r.date("event_date")),
                                session == null ? null : messages.get("session." + session),
                                r.text("time_text"))
                        .filter(x -> x != null && !x.isBlank())
                        .toList());
        return r.record()
                .title(r.text("content"))
                .body(lines(
                        labelled("event.preparing", r.text("preparing_units")),
                        labelled("event.chairs", r.text("chairs")),
                        labelled("event.place", r.text("place")),
                        labelled("event.date", when),
                        r.source()))
                .units(List.copyOf(units))
                .date(r.date("event_date"))
                .build();
    }

    private SearchDoc.Builder target(Row r) {
        String value = number(r.number("planned_value"))
                + (r.number("planned_value_to") == null ? "" : " - " + number(r.number("planned_value_to")));
        String comparator = messages.has("search.comparator." + r.text("comparator"))
                ? messages.get("search.comparator." + r.text("comparator")) + " "
                : "";
        return r.record()
                .title(r.text("indicator") + ": " + comparator + value + unit(r.text("measure_unit")))
                .body(lines(
                        labelled("target.scope", r.text("scope")),
                        labelled("target.period", r.text("period_label")),
                        r.source()))
                .year(r.year());
    }

    private SearchDoc.Builder result(Row r) {
        Double percent = r.number("percent_of_plan");
        Set<String> units = new LinkedHashSet<>();
        java.util.stream.Stream.of(r.text("reporting_unit"), r.text("unit_name"))
                .filter(x -> x != null)
                .forEach(units::add);
        return r.record()
                .title(r.text("indicator") + ": " + number(r.number("actual_value")) + unit(r.text("measure_unit")))
                .body(lines(
                        labelled("result.percent", percent == null ? null : number(percent) + "%"),
                        labelled("result.reportingUnit", r.text("reporting_unit")),
                        labelled("target.period", r.text("period_label")),
                        r.source()))
                .units(List.copyOf(units))
                .year(r.year());
    }

    private String labelled(String labelKey, String value) {
        return value == null || value.isBlank() ? null : messages.get(labelKey) + ": " + value;
    }

    private static String lines(String... parts) {
        return String.join(
                "\n",
                Arrays.stream(parts).filter(x -> x != null && !x.isBlank()).toList());
    }

    private static List<String> names(List<String[]> parties, String role) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] p : parties) {
            if (p[0].equals(role)) {
                out.add(p[2] != null ? p[2] : p[1]);
                out.add(p[1]);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> split(String names) {
        return names == null
                ? List.of()
                : Arrays.stream(names.split(";"))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    private static String day(LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    private static String number(Double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String unit(String u) {
        return u == null || u.isBlank() ? "" : " " + u;
    }

    /** One row, read at once (the result set moves on), with what every kind needs. */
    private final class Row {
        final long id;
        final RecordKind kind;
        final Map<String, Object> values = new HashMap<>();

        Row(ResultSet rs, RecordKind kind) throws SQLException {
            this.id = rs.getLong("id");
            this.kind = kind;
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String col = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                values.put(
                        col,
                        switch (meta.getColumnType(i)) {
                            case Types.DATE -> Rows.date(rs, col);
                            case Types.BIGINT,
                                    Types.INTEGER,
                                    Types.SMALLINT,
                                    Types.DOUBLE,
                                    Types.REAL,
                                    Types.FLOAT,
                                    Types.DECIMAL,
                                    Types.NUMERIC -> rs.getObject(i);
                            default -> rs.getString(i); // TEXT is a CLOB on H2: read it as a string
                        });
            }
        }

        String text(String col) {
            Object v = values.get(col);
            return v == null ? null : v.toString();
        }

        LocalDate date(String col) {
            return (LocalDate) values.get(col);
        }

        Double number(String col) {
            Object v = values.get(col);
            return v == null ? null : ((Number) v).doubleValue();
        }

        Long longValue(String col) {
            Object v = values.get(col);
            return v == null ? null : ((Number) v).longValue();
        }

        SearchDoc.Builder document() {
            return SearchDoc.builder(key(RecordKind.DOCUMENT, id), Kind.DOCUMENT)
                    .title(text("title"))
                    .body(text("body"))
                    .docNumber(text("doc_number"))
                    .typeCode(text("doc_type"))
                    .issuer(text("issuer"))
                    .date(date("issued_on"));
        }

        /** A record: filtered by the type, issuer and year of its document, linked to it. */
        SearchDoc.Builder record() {
            Object doc = values.get("document_id");
            LocalDate issued = date("d_issued_on");
            return SearchDoc.builder(key(kind, id), Kind.valueOf(kind.name()))
                    .parent(doc == null ? null : key(RecordKind.DOCUMENT, ((Number) doc).longValue()))
                    .typeCode(text("d_type"))
                    .issuer(text("d_issuer"))
                    .year(issued == null ? null : issued.getYear());
        }

        /** "Văn bản: 42-CT/TU": the number is searchable on the record, ranked below the document itself. */
        String source() {
            return labelled("task.document", text("d_number"));
        }

        /** Year of the document, else the first year in the period ("2021-2025" → 2021). */
        Integer year() {
            LocalDate issued = date("d_issued_on");
            if (issued != null) {
                return issued.getYear();
            }
            Matcher m = YEAR.matcher(text("period_label") == null ? "" : text("period_label"));
            return m.find() ? Integer.valueOf(m.group()) : null;
        }
    }
}
