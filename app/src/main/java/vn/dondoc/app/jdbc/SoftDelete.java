package vn.dondoc.app.jdbc;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is hard-deleted through the UI or the API (issue 9 item 4): a deleted row is marked with the moment, hidden
 * from every read, and an administrator restores it from the trash. Rows deleted with it share that moment, so the
 * restore brings back exactly those.
 */
public final class SoftDelete {
    private SoftDelete() {}

    /** Marks {@code table}'s row {@code id} deleted now; false when it is missing or already deleted. */
    public static boolean mark(JdbcClient jdbc, String table, long id) {
        return markWhere(jdbc, table, "id = :id", id, Rows.now()) > 0;
    }

    /** Marks the live rows of {@code table} meeting {@code condition} (on {@code :id}) deleted at {@code now}. */
    public static int markWhere(JdbcClient jdbc, String table, String condition, long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE " + table + " SET deleted_at = :now WHERE " + condition + " AND deleted_at IS NULL")
                .param("now", now)
                .param("id", id)
                .update();
    }
}
