package vn.dondoc.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dondoc.app.jdbc.Statistics;
import vn.dondoc.app.search.SearchChanges;

/**
 * A consistent snapshot of the whole database (records, original files, accounts, audit trail) as one
 * zip, and its restore into an empty database of the same schema version, on H2 and PostgreSQL alike.
 * The snapshot is read in one repeatable-read transaction, so it can be taken while the server runs; each
 * table is a JSON-lines file (a header with the column names and types, then one array per row), readable
 * without dondoc. The search index is not copied: it is rebuilt from the restored records.
 */
@Component
public class Backups {
    static final String FORMAT = "dondoc.backup/1";
    private static final String HISTORY = "flyway_schema_history";
    /** Which instance runs a scheduled job right now: the running cluster's state, not a record to keep. */
    private static final String CLUSTER_LOCKS = "shedlock";
    /** The search index's change log: continued past a restore, never rewound (see {@link SearchChanges}). */
    private static final String SEARCH_CHANGES = "search_changes";
    /** Tables only people and imports fill: a database with rows in one of them is in use, not new. */
    private static final List<String> RECORD_TABLES = List.of(
            "documents", "tasks", "org_units", "people", "import_files", "calendar_events", "targets", "results");

    private final DataSource dataSource;
    private final ObjectMapper json = JsonMapper.builder().build();

    public Backups(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What a backup or restore did: rows per table and the schema version. */
    public record Summary(String schemaVersion, Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Refusals a person can act on ("the database is not empty", "made by another schema version"). */
    public static final class RefusedException extends RuntimeException {
        public RefusedException(String message) {
            super(message);
        }
    }

    public Summary write(OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                Summary s = write(c, out);
                c.commit();
                return s;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("backup: " + e.getMessage(), e);
        }
    }

    private Summary write(Connection c, OutputStream out) throws SQLException, IOException {
        String version = schemaVersion(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("schemaVersion", version);
        manifest.put("createdAt", Instant.now().toString());
        zip.putNextEntry(new ZipEntry("manifest.json")); // first, so a restore can refuse before reading rows
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        // tables in the order they can be restored: each after the tables it points to
        for (String table : tables(c)) {
            zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            long n = 0;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData md = rs.getMetaData();
                ObjectNode header = json.createObjectNode();
                ArrayNode columns = header.putArray("columns");
                ArrayNode types = header.putArray("types");
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
                    types.add(md.getColumnType(i));
                }
                w.write(json.writeValueAsString(header));
                w.write('\n');
                while (rs.next()) {
                    ArrayNode row = json.createArrayNode();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        add(row, rs, i, md.getColumnType(i));
                    }
                    w.write(json.writeValueAsString(row));
                    w.write('\n');
                    n++;
                }
            }
            w.flush();
            zip.closeEntry();
            counts.put(table, n);
        }
        zip.putNextEntry(new ZipEntry("rows.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(counts));
        zip.closeEntry();
        zip.finish();
        return new Summary(version, counts);
    }

    private static void add(ArrayNode row, ResultSet rs, int i, int type) throws SQLException {
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] b = rs.getBytes(i);
                if (b == null) {
                    row.addNull();
                } else {
                    row.add(Base64.getEncoder().encodeToString(b));
                }
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(v);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean v = rs.getBoolean(i);
                if (rs.wasNull()) {
                    row.addNull();
                } else {
                    row.add(v);
                }
            }
            case Types.DATE -> {
                LocalDate d = rs.getObject(i, LocalDate.class);
                if (d == null) {
                    row.addNull();
                } else {
                    row.add(d.toString());
                }
            }
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                if (t == null) {
                    row.addNull();
                } else {
                    row.add(t.toString());
                }
            }
            default -> {
                String s = rs.getString(i);
                if (s == null) {
                    row.addNull();
                } else {
                    row.add(s);
                }
            }
        }
    }

    /**
     * Restores a snapshot into this database, which must be empty and at the snapshot's schema version.
     * The zip is read as a stream, table by table in the order it was written, so its size is not bounded
     * by memory; all of it goes in one transaction, so a failure leaves the database empty.
     */
    public Summary restore(InputStream in) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Summary s = restore(c, new ZipInputStream(in, StandardCharsets.UTF_8));
                c.commit();
                Statistics.refresh(c, s.rows().keySet()); // the planner saw the tables empty
                c.commit();
                return s;
            } catch (SQLException | IOException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        } catch (SQLException e) {
            throw new IOException("restore: " + e.getMessage(), e);
        }
    }

    private Summary restore(Connection c, ZipInputStream zip) throws SQLException, IOException {
        ZipEntry first = zip.getNextEntry();
        JsonNode manifest = first != null && first.getName().equals("manifest.json")
                ? json.readTree(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                : null;
        if (manifest == null || !FORMAT.equals(manifest.path("format").asString())) {
            throw new RefusedException("Tệp này không phải bản sao lưu của dondoc (thiếu manifest " + FORMAT + ").");
        }
        String version = manifest.path("schemaVersion").asString();
        String here = schemaVersion(c);
        if (!here.equals(version)) {
            throw new RefusedException(
                    "Bản sao lưu thuộc lược đồ phiên bản " + version + ", cơ sở dữ liệu này ở phiên bản " + here
                            + ": hãy khôi phục bằng đúng phiên bản dondoc đã tạo ra nó.");
        }
        List<String> order = tables(c);
        for (String table : RECORD_TABLES) {
            if (!order.contains(table)) {
                continue;
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new RefusedException("Cơ sở dữ liệu chưa trống (bảng " + table + " có " + rs.getLong(1)
                            + " dòng): chỉ khôi phục vào một thư mục dữ liệu hoặc cơ sở dữ liệu mới.");
                }
            }
        }
        // the highest id of the search change log an instance on this database may have seen: the restored log's ids
        // may be lower, and the horizon set after the restore must pass both
        long logSeen = order.contains(SEARCH_CHANGES) ? SearchChanges.last(c) : 0;
        // what a new database holds besides (rooms, admin on first start ...) came with the backup too
        for (int i = order.size() - 1; i >= 0; i--) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM " + order.get(i));
            }
        }
        Map<String, Set<String>> selfRefs = selfReferences(c, order);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (!name.startsWith("tables/") || !name.endsWith(".jsonl")) {
                continue;
            }
            String table = name.substring(7, name.length() - 6);
            if (!order.contains(table)) {
                throw new RefusedException("Bản sao lưu có bảng " + table + " mà cơ sở dữ liệu này không có.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
            counts.put(table, insert(c, table, r, selfRefs.getOrDefault(table, Set.of())));
            resetIdentity(c, table, 0);
        }
        if (order.contains(SEARCH_CHANGES)) {
            // the restored records are in no instance's index: every instance following the log rebuilds its own
            resetIdentity(c, SEARCH_CHANGES, logSeen);
            SearchChanges.everythingChanged(c);
        }
        return new Summary(version, counts);
    }

    private long insert(Connection c, String table, BufferedReader lines, Set<String> selfRefs)
            throws SQLException, IOException {
        String headerLine = lines.readLine();
        if (headerLine == null) {
            return 0;
        }
        JsonNode header = json.readTree(headerLine);
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        header.path("columns").forEach(n -> columns.add(n.asString()));
        header.path("types").forEach(n -> types.add(n.asInt()));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        // a column pointing into its own table (a unit's parent) is filled once every row is in
        List<Object[]> later = new ArrayList<>();
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                for (int i = 0; i < columns.size(); i++) {
                    JsonNode v = row.get(i);
                    if (selfRefs.contains(columns.get(i)) && v != null && !v.isNull()) {
                        later.add(new Object[] {
                            columns.get(i),
                            v.asLong(),
                            row.get(columns.indexOf("id")).asLong()
                        });
                        ps.setObject(i + 1, null);
                    } else {
                        set(ps, i + 1, v, types.get(i));
                    }
                }
                ps.addBatch();
                if (++n % 500 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        for (Object[] ref : later) {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE " + table + " SET " + ref[0] + " = ? WHERE id = ?")) {
                ps.setLong(1, (Long) ref[1]);
                ps.setLong(2, (Long) ref[2]);
                ps.executeUpdate();
            }
        }
        return n;
    }

    private static void set(PreparedStatement ps, int i, JsonNode v, int type) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                ps.setBytes(i, Base64.getDecoder().decode(v.asString()));
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> ps.setLong(i, v.asLong());
            case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i, v.asBoolean());
            case Types.DATE -> ps.setObject(i, LocalDate.parse(v.asString()));
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> ps.setObject(i, OffsetDateTime.parse(v.asString()));
            case Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(i, new BigDecimal(v.asString()));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> ps.setDouble(i, Double.parseDouble(v.asString()));
            default -> ps.setString(i, v.asString());
        }
    }

    /** The table's identity continues past its highest id and past {@code atLeast}. */
    private static void resetIdentity(Connection c, String table, long atLeast) throws SQLException {
        if (!hasColumn(c, table, "id")) {
            return;
        }
        long max;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            max = Math.max(rs.getLong(1), atLeast);
        }
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement st = c.createStatement()) {
            if (postgres) {
                st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + Math.max(max, 1) + ", "
                        + (max > 0) + ")");
            } else {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
            }
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, schema(c), table, column)) {
            return rs.next();
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM " + HISTORY
                        + " WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank DESC")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    private static String schema(Connection c) throws SQLException {
        String s = c.getSchema();
        return s == null ? null : s;
    }

    /** The application's tables, each after the tables it points to, so rows can go in one table at a time. */
    static List<String> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema(c), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!t.equals(HISTORY) && !t.equals(CLUSTER_LOCKS)) {
                    names.add(t);
                }
            }
        }
        names.sort(String::compareTo);
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (String t : names) {
            Set<String> deps = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema(c), t)) {
                while (rs.next()) {
                    String pk = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!pk.equals(t) && names.contains(pk)) {
                        deps.add(pk);
                    }
                }
            }
            dependsOn.put(t, deps);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String t : names) {
            visit(t, dependsOn, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(
            String t, Map<String, Set<String>> dependsOn, Set<String> done, Set<String> path, List<String> ordered) {
        if (done.contains(t) || !path.add(t)) {
            return; // done, or a cycle between tables (none in this schema): take the order as it comes
        }
        for (String d : dependsOn.getOrDefault(t, Set.of())) {
            visit(d, dependsOn, done, path, ordered);
        }
        done.add(t);
        ordered.add(t);
    }

    private static Map<String, Set<String>> selfReferences(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        for (String t : tables) {
            try (ResultSet rs = c.getMetaData().getImportedKeys(null, schema(c), t)) {
                while (rs.next()) {
                    if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(t)) {
                        out.computeIfAbsent(t, k -> new LinkedHashSet<>())
                                .add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }
}
