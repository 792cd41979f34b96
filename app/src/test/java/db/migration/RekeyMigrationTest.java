package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database made before vntext gets its stored keys recomputed; two names that now meet stay unique. */
class RekeyMigrationTest {
    private static final String URL = "jdbc:h2:mem:rekey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void storedKeysAreRecomputedWithTheOneImplementation() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO documents (doc_number, number_key, source_name, content_hash, body, created_at)"
                            + " VALUES ('42-CT/TU', '42-CT/TU', 'ct.txt', 'h1', 'x', CURRENT_TIMESTAMP)");
            s.executeUpdate(
                    "INSERT INTO aliases (alias_text, alias_key, kind, target_id) VALUES ('Hoà Bình', 'hoà bình', 'UNIT', 1)");
            s.executeUpdate(
                    "INSERT INTO aliases (alias_text, alias_key, kind, target_id) VALUES ('Hòa Bình', 'hòa bình', 'UNIT', 2)");
        }
        Flyway.configure().dataSource(URL, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT number_key FROM documents")).isEqualTo("42|ct|tu");
            assertThat(one(s, "SELECT alias_key FROM aliases WHERE alias_text = 'Hoà Bình'"))
                    .isEqualTo("hòa bình");
            assertThat(one(s, "SELECT alias_key FROM aliases WHERE alias_text = 'Hòa Bình'"))
                    .startsWith("hòa bình#");
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
