package vn.dondoc.app.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

/**
 * The planner's statistics, refreshed after a bulk load ({@code dondoc generate}, {@code dondoc restore}): until
 * then PostgreSQL plans with the row counts of the empty tables (and with autovacuum off never learns better),
 * hashing whole tables where an index would read a few rows; H2 picks its indexes from the same kind of figures.
 */
public final class Statistics {
    private Statistics() {}

    /** Analyzes these tables, on PostgreSQL and H2 alike; committed or not, as the caller's transaction goes. */
    public static void refresh(Connection c, Collection<String> tables) throws SQLException {
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                st.execute((postgres ? "ANALYZE " : "ANALYZE TABLE ") + t);
            }
        }
    }
}
