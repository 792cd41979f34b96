package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dondoc.vntext.DocumentNumbers;
import vn.dondoc.vntext.VietnameseText;

/**
 * Stored lookup keys recomputed with the one implementation in vntext: name keys now put the tone in one
 * place ("Hoà" = "Hòa"), and number keys read a document number's parts ("42 CT TU" = "42-CT/TU"), so
 * references resolve as search finds them. Where a column must stay unique and two rows now share a key,
 * the later row keeps its old key (and says so in the log) rather than the migration failing.
 */
public class V4__Rekey_with_vntext extends BaseJavaMigration {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(V4__Rekey_with_vntext.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        rekey(c, "org_units", "name", "name_key", VietnameseText::key, false);
        rekey(c, "org_units", "abbreviation", "abbr_key", VietnameseText::key, false);
        rekey(c, "people", "name", "name_key", VietnameseText::key, false);
        rekey(c, "aliases", "alias_text", "alias_key", VietnameseText::key, true);
        rekey(c, "indicators", "name", "name_key", VietnameseText::key, true);
        rekey(c, "documents", "doc_number", "number_key", DocumentNumbers::key, false);
        rekey(c, "document_references", "cited_number", "cited_number_key", DocumentNumbers::key, false);
    }

    private static void rekey(
            Connection c, String table, String source, String keyColumn, Function<String, String> key, boolean unique)
            throws SQLException {
        Map<Long, String> keys = new LinkedHashMap<>();
        Map<Long, String> old = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT id, " + source + ", " + keyColumn + " FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                String text = rs.getString(2);
                String k = text == null ? null : key.apply(text);
                keys.put(rs.getLong(1), k == null || k.isEmpty() ? rs.getString(3) : k);
                old.put(rs.getLong(1), rs.getString(3));
            }
        }
        Set<String> taken = new HashSet<>();
        try (PreparedStatement update =
                c.prepareStatement("UPDATE " + table + " SET " + keyColumn + " = ? WHERE id = ?")) {
            if (unique) {
                // out of the way first, so no row meets another's old key half-way
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(
                            "UPDATE " + table + " SET " + keyColumn + " = CONCAT('~', CAST(id AS VARCHAR(20)))");
                }
            }
            int n = 0;
            for (var e : keys.entrySet()) {
                String k = e.getValue();
                if (unique && k != null && !taken.add(k)) {
                    String kept = k + "#" + e.getKey();
                    log.warn(
                            "{} #{}: '{}' is now the key of an earlier row too; stored as '{}' to review",
                            table,
                            e.getKey(),
                            k,
                            kept);
                    k = kept;
                }
                if (k != null && (unique || !k.equals(old.get(e.getKey())))) {
                    update.setString(1, k);
                    update.setLong(2, e.getKey());
                    update.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                update.executeBatch();
            }
        }
    }
}
