package vn.dondoc.app.task;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Seek;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

@Repository
class JdbcTasks implements Tasks {
    /** The list's order, served by the index tasks_deadline_order (V40). */
    private static final Seek ORDER = new Seek("tasks", "deadline", false);

    private static final int BATCH = 1000;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcTasks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Task map(ResultSet rs, List<TaskParty> parties) throws SQLException {
        return new Task(
                rs.getLong("id"),
                Rows.longOrNull(rs, "document_id"),
                rs.getString("body"),
                rs.getString("section"),
                Rows.date(rs, "start_date"),
                Rows.date(rs, "deadline"),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                parties,
                Rows.intOrNull(rs, "span_start"),
                Rows.intOrNull(rs, "span_end"));
    }

    private Map<Long, List<TaskParty>> parties(List<Long> taskIds) {
        Map<Long, List<TaskParty>> out = new HashMap<>();
        if (taskIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT p.task_id, p.role, p.raw_name, p.unit_id, u.name AS unit_name FROM task_parties p"
                        + " LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.task_id IN (:ids) ORDER BY p.id")
                .param("ids", taskIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                            .add(new TaskParty(
                                    PartyRole.valueOf(rs.getString("role")),
                                    rs.getString("raw_name"),
                                    Rows.longOrNull(rs, "unit_id"),
                                    rs.getString("unit_name")));
                });
        return out;
    }

    private List<Task> withParties(String sql, Map<String, Object> params) {
        record Row(long id, Task task) {}
        List<Row> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), map(rs, List.of())))
                .list();
        Map<Long, List<TaskParty>> ps = parties(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> {
                    Task t = r.task();
                    return new Task(
                            t.id(),
                            t.documentId(),
                            t.text(),
                            t.section(),
                            t.startDate(),
                            t.deadline(),
                            t.status(),
                            t.progress(),
                            ps.getOrDefault(r.id(), List.of()),
                            t.spanStart(),
                            t.spanEnd());
                })
                .toList();
    }

    @Override
    public Optional<Task> find(long id) {
        return withParties("SELECT * FROM tasks WHERE id = :id AND deleted_at IS NULL", Map.of("id", id)).stream()
                .findFirst();
    }

    @Override
    public Page<Task> list(TaskFilter f, PageRequest page) {
        // a deleted task is kept (an administrator can restore it) but no longer listed
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and(
                        "status = :status",
                        "status",
                        f.status() == null ? null : f.status().name())
                .and("id IN (SELECT task_id FROM task_parties WHERE unit_id = :unit)", "unit", f.unitId())
                .and("document_id = :doc", "doc", f.documentId())
                .and("deadline < :before", "before", f.deadlineBefore())
                .and("LOWER(body) LIKE :q", "q", Where.contains(f.textContains()));
        if (f.overdueOn() != null) {
            w.and("deadline < :overdue AND status IN ('NEW', 'IN_PROGRESS')").param("overdue", f.overdueOn());
        }
        // what the person asking may read: the same predicate for the count and the page, so they agree
        Visible.and(w, Visible.tasks(f.visible(), "tasks.id", w.params()));
        return ORDER.page(
                jdbc,
                w,
                page,
                (condition, more, orderAndLimit) -> {
                    Map<String, Object> params = new HashMap<>(w.params());
                    params.putAll(more);
                    return withParties("SELECT * FROM tasks" + w.sql() + " AND " + condition + orderAndLimit, params);
                },
                t -> new Seek.Cursor(t.deadline(), t.id()));
    }

    @Override
    public Task insert(Task t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO tasks (document_id, body, section, start_date, deadline, status, progress, span_start, span_end)"
                                + " VALUES (:doc, :body, :section, :start, :deadline, :status, :progress, :s, :e)")
                .param("doc", t.documentId())
                .param("body", t.text())
                .param("section", t.section())
                .param("start", t.startDate())
                .param("deadline", t.deadline())
                .param("status", t.status().name())
                .param("progress", t.progress())
                .param("s", t.spanStart())
                .param("e", t.spanEnd())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeParties(id, t.parties());
        return find(id).orElseThrow();
    }

    /** JDBC batches of a thousand rows: a plan with 20,000 tasks is a few dozen round trips, not 100,000. */
    @Override
    public List<Task> insertAll(List<Task> tasks) {
        List<Task> out = new ArrayList<>(tasks.size());
        for (int from = 0; from < tasks.size(); from += BATCH) {
            List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + BATCH));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            template.batchUpdate(
                    con -> con.prepareStatement(
                            "INSERT INTO tasks (document_id, body, section, start_date,"
                                    + " deadline, status, progress, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"}),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            Task t = chunk.get(i);
                            ps.setObject(1, t.documentId(), Types.BIGINT);
                            ps.setString(2, t.text());
                            ps.setString(3, t.section());
                            ps.setObject(4, t.startDate(), Types.DATE);
                            ps.setObject(5, t.deadline(), Types.DATE);
                            ps.setString(6, t.status().name());
                            ps.setInt(7, t.progress());
                            ps.setObject(8, t.spanStart(), Types.INTEGER);
                            ps.setObject(9, t.spanEnd(), Types.INTEGER);
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    },
                    keys);
            List<Object[]> parties = new ArrayList<>();
            List<Map<String, Object>> ids = keys.getKeyList();
            for (int i = 0; i < chunk.size(); i++) {
                Task t = chunk.get(i);
                long id = ((Number) ids.get(i).values().iterator().next()).longValue();
                for (TaskParty p : t.parties()) {
                    parties.add(new Object[] {
                        id,
                        p.role().name(),
                        p.rawName() == null ? String.valueOf(p.unitName()) : p.rawName(),
                        p.unitId()
                    });
                }
                out.add(new Task(
                        id,
                        t.documentId(),
                        t.text(),
                        t.section(),
                        t.startDate(),
                        t.deadline(),
                        t.status(),
                        t.progress(),
                        t.parties(),
                        t.spanStart(),
                        t.spanEnd()));
            }
            template.batchUpdate(
                    "INSERT INTO task_parties (task_id, role, raw_name, unit_id) VALUES (?, ?, ?, ?)",
                    parties,
                    new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
        }
        return out;
    }

    private void writeParties(long taskId, List<TaskParty> parties) {
        jdbc.sql("DELETE FROM task_parties WHERE task_id = :id")
                .param("id", taskId)
                .update();
        for (TaskParty p : parties) {
            jdbc.sql("INSERT INTO task_parties (task_id, role, raw_name, unit_id) VALUES (:t, :role, :raw, :unit)")
                    .param("t", taskId)
                    .param("role", p.role().name())
                    .param("raw", p.rawName() == null ? String.valueOf(p.unitName()) : p.rawName())
                    .param("unit", p.unitId())
                    .update();
        }
    }

    @Override
    public void update(Task t) {
        jdbc.sql("UPDATE tasks SET body = :body, section = :section, start_date = :start, deadline = :deadline,"
                        + " status = :status, progress = :progress WHERE id = :id")
                .param("body", t.text())
                .param("section", t.section())
                .param("start", t.startDate())
                .param("deadline", t.deadline())
                .param("status", t.status().name())
                .param("progress", t.progress())
                .param("id", t.id())
                .update();
        writeParties(t.id(), t.parties());
    }

    @Override
    public boolean delete(long id) {
        // soft delete: the row stays, with when it was deleted, until an administrator restores it
        return jdbc.sql("UPDATE tasks SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
                        .param("now", Rows.now())
                        .param("id", id)
                        .update()
                > 0;
    }

    @Override
    public ProgressReport addReport(ProgressReport r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO progress_reports (task_id, reported_on, unit_id, percent, note) VALUES (:t, :on, :u, :p, :note)")
                .param("t", r.taskId())
                .param("on", r.reportedOn())
                .param("u", r.unitId())
                .param("p", r.percent())
                .param("note", r.note())
                .update(keys, "id");
        return new ProgressReport(
                keys.getKey().longValue(), r.taskId(), r.reportedOn(), r.unitId(), r.percent(), r.note());
    }

    @Override
    public List<ProgressReport> reports(long taskId) {
        return jdbc.sql("SELECT * FROM progress_reports WHERE task_id = :t ORDER BY reported_on, id")
                .param("t", taskId)
                .query((rs, n) -> new ProgressReport(
                        rs.getLong("id"),
                        rs.getLong("task_id"),
                        Rows.date(rs, "reported_on"),
                        Rows.longOrNull(rs, "unit_id"),
                        rs.getInt("percent"),
                        rs.getString("note")))
                .list();
    }

    @Override
    public List<Long> idsOfUnit(long unitId) {
        return jdbc.sql("SELECT DISTINCT task_id FROM task_parties WHERE unit_id = :unit ORDER BY task_id")
                .param("unit", unitId)
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> reassignOpenTasks(long fromUnitId, long toUnitId) {
        List<Long> moved = jdbc.sql("SELECT DISTINCT p.task_id FROM task_parties p JOIN tasks t ON t.id = p.task_id"
                        + " WHERE p.unit_id = :from AND t.status IN ('NEW', 'IN_PROGRESS') ORDER BY p.task_id")
                .param("from", fromUnitId)
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE task_parties SET unit_id = :to WHERE unit_id = :from"
                        + " AND task_id IN (SELECT id FROM tasks WHERE status IN ('NEW', 'IN_PROGRESS'))")
                .param("to", toUnitId)
                .param("from", fromUnitId)
                .update();
        return moved;
    }
}
