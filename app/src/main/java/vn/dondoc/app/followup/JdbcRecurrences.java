package vn.dondoc.app.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.followup.Deadline;
import vn.dondoc.domain.followup.Recurrences;

/** Series of recurring tasks: {@code tasks.series_id} (the first task) and {@code instance_due} (the period's end). */
@Repository
class JdbcRecurrences implements Recurrences {
    private final JdbcClient jdbc;

    JdbcRecurrences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Series> running() {
        record Root(long id, String text, String every) {}
        List<Root> roots = jdbc.sql("SELECT id, deadline_text, recurrence FROM tasks WHERE recurrence IS NOT NULL"
                        + " AND series_id IS NULL AND deleted_at IS NULL AND status <> 'CANCELLED' ORDER BY id")
                .query((rs, n) -> new Root(rs.getLong("id"), rs.getString("deadline_text"), rs.getString("recurrence")))
                .list();
        if (roots.isEmpty()) {
            return List.of();
        }
        // the latest instance of each series, deleted ones included: an instance deleted on purpose is not made again
        Map<Long, long[]> latest = new HashMap<>();
        Map<Long, LocalDate> latestDue = new HashMap<>();
        jdbc.sql("SELECT id, COALESCE(series_id, id) AS root_id, COALESCE(instance_due, deadline) AS due FROM tasks"
                        + " WHERE id IN (:roots) OR series_id IN (:roots)")
                .param("roots", roots.stream().map(Root::id).toList())
                .query(rs -> {
                    long root = rs.getLong("root_id");
                    LocalDate due = Rows.date(rs, "due");
                    LocalDate known = latestDue.get(root);
                    if (due != null && (known == null || due.isAfter(known))) {
                        latestDue.put(root, due);
                        latest.put(root, new long[] {rs.getLong("id")});
                    }
                });
        List<Series> out = new ArrayList<>();
        for (Root r : roots) {
            if (latest.containsKey(r.id())) {
                out.add(new Series(
                        r.id(),
                        latest.get(r.id())[0],
                        latestDue.get(r.id()),
                        new Deadline(r.text(), latestDue.get(r.id()), Deadline.Every.valueOf(r.every()))));
            }
        }
        return out;
    }

    @Override
    public boolean hasInstance(long rootId, LocalDate due) {
        return jdbc.sql("SELECT COUNT(*) FROM tasks WHERE (id = :root OR series_id = :root) AND instance_due = :due")
                        .param("root", rootId)
                        .param("due", due)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void markInstance(long taskId, long rootId, LocalDate due, Deadline deadline) {
        jdbc.sql("UPDATE tasks SET series_id = :root, instance_due = :due, deadline_text = :text, recurrence = :every"
                        + " WHERE id = :id")
                .param("root", rootId)
                .param("due", due)
                .param("text", deadline.text())
                .param("every", deadline.every().name())
                .param("id", taskId)
                .update();
    }
}
