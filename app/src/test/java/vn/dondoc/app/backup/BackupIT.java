package vn.dondoc.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;

/** On the real PostgreSQL: a backup of a live database restored into an empty schema gives every row back. */
@SpringBootTest
class BackupIT {
    private static final String URL = System.getProperty("dondoc.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String TARGET =
            "dondoc_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Autowired
    Backups backups;

    @Autowired
    DataSource source;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    vn.dondoc.domain.document.DocumentService documentService;

    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }

    @AfterAll
    static void dropTarget() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + TARGET + " CASCADE");
        }
    }

    @Test
    void aLiveDatabaseRestoredIntoAnEmptySchemaHoldsEveryRow() throws Exception {
        TestDatabase.clear(jdbc);
        demo.load();
        // a deleted document (kept, with its records, for an administrator to restore) goes with the backup too
        documentService.delete(
                jdbc.sql("SELECT MIN(id) FROM documents").query(Long.class).single());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        Backups.Summary written = backups.write(zip);
        assertThat(written.rows().get("documents")).isEqualTo(5);

        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + TARGET);
        }
        DriverManagerDataSource target = new DriverManagerDataSource(URL + "?currentSchema=" + TARGET, "postgres", "");
        Flyway.configure()
                .dataSource(target)
                .schemas(TARGET)
                .defaultSchema(TARGET)
                .load()
                .migrate();
        Backups.Summary restored = new Backups(target).restore(new ByteArrayInputStream(zip.toByteArray()));

        assertThat(restored.rows()).isEqualTo(written.rows());
        JdbcClient copy = JdbcClient.create(target);
        for (String table : written.rows().keySet()) {
            if (table.startsWith("search_changes")) {
                continue; // the search index's change log is not a record: the restore moves its horizon past it
            }
            assertThat(fingerprint(copy, table)).as(table).isEqualTo(fingerprint(jdbc, table));
        }
        assertThat(copy.sql("SELECT COUNT(*) FROM documents WHERE deleted_at IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isOne();
        // every instance on the restored database rebuilds its index: its place in the log is behind the horizon
        long logged = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_changes")
                .query(Long.class)
                .single();
        assertThat(copy.sql("SELECT through_id FROM search_changes_pruned")
                        .query(Long.class)
                        .single())
                .isGreaterThan(logged);
        assertThat(copy.sql("SELECT COUNT(*) FROM search_changes")
                        .query(Long.class)
                        .single())
                .isZero();
        // the identity counters go on after the restored ids
        long next = copy.sql("INSERT INTO people (name, name_key) VALUES ('Người mới', 'người mới') RETURNING id")
                .query(Long.class)
                .single();
        assertThat(next)
                .isGreaterThan(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM people")
                        .query(Long.class)
                        .single());

        assertThatThrownBy(() -> new Backups(target).restore(new ByteArrayInputStream(zip.toByteArray())))
                .isInstanceOf(Backups.RefusedException.class)
                .hasMessageContaining("chưa trống");
    }

    /** Rows and an order-independent digest of their text, computed by PostgreSQL itself. */
    private static Map<String, Object> fingerprint(JdbcClient db, String table) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("rows", db.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        f.put(
                "digest",
                db.sql("SELECT COALESCE(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM " + table
                                + " t")
                        .query(String.class)
                        .single());
        return f;
    }
}
