package vn.dondoc.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL on 127.0.0.1:5432 (database test, user postgres, trust auth), in a schema of its
 * own for this test run ({@code dondoc_it_<random>}), dropped when the JVM ends. Where no PostgreSQL is
 * reachable, {@link #assumeReachable()} skips the tests and says why.
 */
public final class PostgresConfig {
    static final String URL = System.getProperty("dondoc.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("dondoc.it.pg.user", "postgres");
    static final String SCHEMA =
            "dondoc_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static Boolean reachable;

    private PostgresConfig() {}

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    public static synchronized void assumeReachable() {
        if (reachable == null) {
            try (Connection c = connect()) {
                c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                reachable = true;
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresConfig::dropSchema));
            } catch (SQLException e) {
                reachable = false;
                System.err.println(
                        "PostgreSQL not reachable at " + URL + " (" + e.getMessage() + "): skipping PostgreSQL tests");
            }
        }
        Assumptions.assumeTrue(reachable, "PostgreSQL not reachable at " + URL + ": skipped");
    }

    private static void dropSchema() {
        try (Connection c = connect()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            System.err.println("could not drop test schema " + SCHEMA + ": " + e.getMessage());
        }
    }

    /** A schema of its own for a test that starts its own applications (dropped when the JVM ends); its name. */
    public static String freshSchema(String prefix) {
        assumeReachable();
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect()) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = connect()) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
            }
        }));
        return schema;
    }

    /** The JDBC URL and user of the test PostgreSQL, in a schema. */
    public static String url(String schema) {
        return URL + "?currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    public static void register(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        r.add("spring.datasource.username", () -> USER);
        r.add("spring.datasource.password", () -> "");
        r.add("spring.flyway.schemas", () -> SCHEMA);
        r.add("spring.flyway.default-schema", () -> SCHEMA);
        r.add("dondoc.search.index-dir", () -> "memory");
        // Spring keeps every test class's context open: small pools, or dozens of them exhaust max_connections
        r.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        r.add("spring.datasource.hikari.minimum-idle", () -> "0");
        r.add("dondoc.import.poll-ms", () -> "500");
    }
}
