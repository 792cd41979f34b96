package vn.dondoc.app.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.dondoc.domain.search.RecordKind;

/**
 * The change log in the database that every instance's index follows ({@code search_changes}): a row per item
 * whose indexed form may have changed, appended in the transaction of the change, so it exists exactly when
 * the change committed. Ids grow, but a transaction that took a lower id may commit after one with a higher
 * id: the follower ({@link FollowCursor}) keeps such holes open for a while instead of skipping them.
 *
 * <p>Bulk loads that write rows without the services ({@code dondoc generate}, {@code dondoc restore}) log no
 * row per item: they move the log's horizon past everything instead ({@link #everythingChanged}), and every
 * instance that follows the log rebuilds its index.
 */
public final class SearchChanges {
    /**
     * One item of the index: a document or a record taken from it. {@code alone}: only its own entry changed, not
     * what is read with it (a task's status: its document's readers are the same); logged as op ALONE.
     */
    record Item(RecordKind kind, long id, boolean alone) {
        Item(RecordKind kind, long id) {
            this(kind, id, false);
        }
    }

    /** One row of the log. */
    record Change(long id, Item item) {}

    static final String CHANGED = "CHANGED";
    static final String ALONE = "ALONE";
    private static final String INSERT =
            "INSERT INTO search_changes (record_kind, record_id, op, changed_at) VALUES (?, ?, ?, ?)";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SearchChanges(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The items a change stands for: a document stands for itself and for every record taken from it, read now
     * (while a document being deleted still has them), so that every instance learns which records went with it.
     */
    static Set<Item> itemsOf(SearchFeed feed, RecordKind kind, Collection<Long> ids) {
        Set<Item> items = new LinkedHashSet<>();
        for (long id : ids) {
            items.add(new Item(kind, id));
            if (kind == RecordKind.DOCUMENT) {
                feed.recordsOf(id).forEach((k, recordIds) -> recordIds.forEach(r -> items.add(new Item(k, r))));
            }
        }
        return items;
    }

    /** Appends the items in the caller's transaction (or on their own when there is none); their log ids. */
    List<Long> append(Collection<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Item> rows = List.copyOf(items);
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(
                c -> c.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws java.sql.SQLException {
                        ps.setString(1, rows.get(i).kind().name());
                        ps.setLong(2, rows.get(i).id());
                        ps.setString(3, rows.get(i).alone() ? ALONE : CHANGED);
                        ps.setTimestamp(4, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Long> ids = new ArrayList<>(rows.size());
        for (Map<String, Object> k : keys.getKeyList()) {
            Object id =
                    k.containsKey("id") ? k.get("id") : k.values().iterator().next();
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** Rows after {@code high} (at most {@code limit}), in id order. */
    List<Change> after(long high, int limit) {
        return jdbc.sql(
                        "SELECT id, record_kind, record_id, op FROM search_changes WHERE id > :high ORDER BY id LIMIT :n")
                .param("high", high)
                .param("n", limit)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** The rows of these ids that exist by now (holes that a late commit has filled). */
    List<Change> among(Collection<Long> ids) {
        List<Change> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            out.addAll(jdbc.sql(
                            "SELECT id, record_kind, record_id, op FROM search_changes WHERE id IN (:ids) ORDER BY id")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) -> change(rs))
                    .list());
        }
        return out;
    }

    /** Ids present in (low, high]: to tell the holes below the newest row when starting from it. */
    List<Long> idsBetween(long low, long high) {
        return jdbc.sql("SELECT id FROM search_changes WHERE id > :low AND id <= :high ORDER BY id")
                .param("low", low)
                .param("high", high)
                .query(Long.class)
                .list();
    }

    /** The newest id (or the horizon, when every row was pruned); 0 when nothing was ever logged. */
    long last() {
        Long max = jdbc.sql("SELECT MAX(id) FROM search_changes")
                .query(Long.class)
                .optional()
                .orElse(null);
        return Math.max(max == null ? 0 : max, prunedThrough());
    }

    /** Every id up to this one may have been pruned: an index older than this must be rebuilt. */
    long prunedThrough() {
        return jdbc.sql("SELECT through_id FROM search_changes_pruned WHERE singleton = 1")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /**
     * Deletes the rows older than {@code keep} and moves the horizon past them; how many went. Instances that
     * were stopped longer than that rebuild their index when they start.
     */
    int prune(Duration keep) {
        Long through = jdbc.sql("SELECT MAX(id) FROM search_changes WHERE changed_at < :limit")
                .param("limit", Timestamp.from(Instant.now().minus(keep)))
                .query(Long.class)
                .optional()
                .orElse(null);
        if (through == null) {
            return 0;
        }
        jdbc.sql("UPDATE search_changes_pruned SET through_id = :t WHERE singleton = 1 AND through_id < :t")
                .param("t", through)
                .update();
        return jdbc.sql("DELETE FROM search_changes WHERE id <= :t")
                .param("t", through)
                .update();
    }

    /**
     * For a bulk load that wrote records past the log: appends one row and moves the horizon (the pruned
     * through id) to it, in the caller's transaction, so that every instance's place in the log falls behind
     * the horizon and it rebuilds its index, at its next poll when it runs, when it starts otherwise. The ids
     * that follow are all higher. Returns the new horizon.
     */
    public static long everythingChanged(Connection c) throws SQLException {
        long horizon;
        try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
            ps.setString(1, RecordKind.DOCUMENT.name());
            ps.setLong(2, 0); // no such document: a follower that read the row would only delete nothing
            ps.setString(3, CHANGED);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                horizon = keys.getLong(1);
            }
        }
        try (PreparedStatement up =
                        c.prepareStatement("UPDATE search_changes_pruned SET through_id = ? WHERE singleton = 1");
                PreparedStatement del = c.prepareStatement("DELETE FROM search_changes WHERE id <= ?")) {
            up.setLong(1, horizon);
            up.executeUpdate();
            del.setLong(1, horizon);
            del.executeUpdate();
        }
        return horizon;
    }

    /** The highest id the log ever gave, read on a connection: what a follower may have seen. */
    public static long last(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT GREATEST(COALESCE((SELECT MAX(id)"
                                + " FROM search_changes), 0), COALESCE((SELECT MAX(through_id) FROM search_changes_pruned), 0))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Change change(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Change(
                rs.getLong("id"),
                new Item(
                        RecordKind.valueOf(rs.getString("record_kind")),
                        rs.getLong("record_id"),
                        ALONE.equals(rs.getString("op"))));
    }
}
