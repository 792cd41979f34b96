package vn.dondoc.app.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/**
 * Keyset ("seek") paging and bounded counts for a list ordered by a nullable date, nulls last, then by id, both
 * ascending or both descending (the order of an index such as {@code tasks (deadline NULLS LAST, id)}).
 *
 * <p>A page after a cursor is read in at most two index ranges: the dated rows after the cursor's
 * {@code (date, id)}, then, when they run out, the undated ones. Neither reads the rows before the cursor, where
 * {@code OFFSET} reads and skips them all. The cursor is opaque to clients ({@code base64url("date|id")}).
 */
public final class Seek {
    private final String table;
    private final String key;
    private final boolean descending;

    /** A position in the list: the key and id of the last record of a page. */
    public record Cursor(LocalDate key, long id) {
        public String encode() {
            String raw = (key == null ? "" : key.toString()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a client sent back; a tampered or foreign one is refused (HTTP 400). */
        public static Cursor decode(String s) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                if (bar < 0) {
                    throw new IllegalArgumentException("after: not a cursor of this list");
                }
                String date = raw.substring(0, bar);
                return new Cursor(
                        date.isEmpty() ? null : LocalDate.parse(date), Long.parseLong(raw.substring(bar + 1)));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException("after: not a cursor of this list", e);
            }
        }
    }

    /** Runs one select: the condition to add to the list's WHERE (with its parameters) and the row limit. */
    @FunctionalInterface
    public interface Select<T> {
        List<T> rows(String condition, Map<String, Object> params, String orderAndLimit);
    }

    /**
     * @param table the list's table, as named in its FROM
     * @param key its nullable date column, sorted nulls last, then by {@code id}
     * @param descending whether both sort descending
     */
    public Seek(String table, String key, boolean descending) {
        this.table = table;
        this.key = key;
        this.descending = descending;
    }

    /** The list's ORDER BY, the one its index serves. */
    public String order() {
        String dir = descending ? " DESC" : "";
        return " ORDER BY " + key + dir + " NULLS LAST, id" + dir;
    }

    /**
     * How many rows match, counted up to {@link Page#COUNT_BOUND} + 1 only: a province's lists are not counted to
     * the last row for a line under the table. The count is exact when it is at most the bound.
     */
    public long boundedCount(JdbcClient jdbc, Where w) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + w.sql() + " LIMIT " + (Page.COUNT_BOUND + 1)
                        + ") bounded")
                .params(w.params())
                .query(Long.class)
                .single();
    }

    /**
     * One page: after the request's cursor when it has one, else by offset (page numbers keep working); the
     * page's {@code next} cursor is set when a record follows it.
     */
    public <T> Page<T> page(
            JdbcClient jdbc, Where w, PageRequest request, Select<T> select, Function<T, Cursor> cursorOf) {
        int want = request.size() + 1; // one more than the page tells whether a next page exists
        List<T> rows;
        if (request.after() == null) {
            rows = select.rows("1 = 1", Map.of(), order() + " LIMIT " + want + " OFFSET " + request.offset());
        } else {
            rows = after(Cursor.decode(request.after()), want, select);
        }
        String next = null;
        if (rows.size() > request.size()) {
            rows = rows.subList(0, request.size());
            next = cursorOf.apply(rows.get(rows.size() - 1)).encode();
        }
        long count = boundedCount(jdbc, w);
        boolean bound = count > Page.COUNT_BOUND;
        return new Page<>(
                List.copyOf(rows), request.page(), request.size(), bound ? Page.COUNT_BOUND : count, bound, next);
    }

    private <T> List<T> after(Cursor c, int want, Select<T> select) {
        String before = descending ? "<" : ">";
        List<T> out = new ArrayList<>();
        if (c.key() != null) {
            Map<String, Object> p = new HashMap<>();
            p.put("seekKey", c.key());
            p.put("seekId", c.id());
            // a range of the index on the key; rows of the cursor's own day are sorted out by id
            out.addAll(select.rows(
                    key + " " + before + "= :seekKey AND (" + key + " " + before + " :seekKey OR id " + before
                            + " :seekId)",
                    p,
                    order() + " LIMIT " + want));
            if (out.size() >= want) {
                return out;
            }
            out.addAll(select.rows(key + " IS NULL", Map.of(), order() + " LIMIT " + (want - out.size())));
        } else {
            out.addAll(select.rows(
                    key + " IS NULL AND id " + before + " :seekId",
                    Map.of("seekId", c.id()),
                    order() + " LIMIT " + want));
        }
        return out;
    }
}
