package vn.dondoc.app.dashboard;

import java.util.HashMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.task.TaskStatus;

/** Dashboard figures straight from SQL: GROUP BY in the database, one query per list. */
@Repository
class JdbcDashboardFigures implements DashboardFigures {
    private static final String OPEN = "t.status IN ('NEW', 'IN_PROGRESS')";
    private final JdbcClient jdbc;

    JdbcDashboardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope as SQL on tasks {@code t}: led by a unit of the set, from the program. */
    private static String scope(Set<Long> unitIds, Long programId, Visibility visible, Map<String, Object> params) {
        // a deleted task (kept for an administrator to restore) counts nowhere
        StringBuilder sql = new StringBuilder(" AND t.deleted_at IS NULL");
        String readable = Visible.tasks(visible, "t.id", params);
        if (readable != null) {
            sql.append(" AND (").append(readable).append(")");
        }
        if (unitIds != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM task_parties sp WHERE sp.task_id = t.id AND sp.role = 'LEAD'"
                    + " AND sp.unit_id IN (:units))");
            params.put("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds));
        }
        if (programId != null) {
            sql.append(" AND t.document_id = :program");
            params.put("program", programId);
        }
        return sql.toString();
    }

    private static String due(DueRange due, Map<String, Object> params) {
        if (due == null) {
            return "";
        }
        params.put("dueFrom", due.from());
        params.put("dueTo", due.to());
        return " AND t.deadline BETWEEN :dueFrom AND :dueTo";
    }

    @Override
    public List<Program> programs(Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String readable = Visible.documents(visible, "d.id", "d.issuer_unit_id", params);
        return jdbc.sql("SELECT d.id, d.doc_number, d.title FROM documents d"
                        + " WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.deleted_at IS NULL)"
                        + (readable == null ? "" : " AND (" + readable + ")")
                        + " ORDER BY d.id DESC LIMIT 500")
                .params(params)
                .query((rs, n) -> new Program(rs.getLong("id"), title(rs.getString("doc_number"), rs.getString("title"))))
                .list();
    }

    @Override
    public List<UnitGroup> unitGroups(Set<Long> unitIds, Long programId, DueRange due, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String unitFilter = "";
        if (unitIds != null) {
            unitFilter = " AND p.unit_id IN (:units)";
        }
        String where = scope(unitIds, programId, visible, params) + due(due, params);
        return jdbc.sql("SELECT p.unit_id, u.name AS unit_name, t.status, t.deadline, t.completed_on, COUNT(DISTINCT t.id) AS n"
                        + " FROM tasks t LEFT JOIN task_parties p ON p.task_id = t.id AND p.role = 'LEAD'"
                        + " LEFT JOIN org_units u ON u.id = p.unit_id WHERE 1 = 1" + where + unitFilter
                        + " GROUP BY p.unit_id, u.name, t.status, t.deadline, t.completed_on")
                .params(params)
                .query((rs, n) -> new UnitGroup(Rows.longOrNull(rs, "unit_id"), rs.getString("unit_name"),
                        TaskStatus.valueOf(rs.getString("status")), Rows.date(rs, "deadline"),
                        Rows.date(rs, "completed_on"), rs.getLong("n"))).list();
    }

    @Override
    public List<ProgramGroup> programGroups(Set<Long> unitIds, Long programId, DueRange due, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(unitIds, programId, visible, params) + due(due, params);
        return jdbc.sql("SELECT t.document_id, d.doc_number, d.title, t.status, t.deadline, t.completed_on, COUNT(*) AS n"
                        + " FROM tasks t LEFT JOIN documents d ON d.id = t.document_id WHERE 1 = 1" + where
                        + " GROUP BY t.document_id, d.doc_number, d.title, t.status, t.deadline, t.completed_on")
                .params(params)
                .query((rs, n) -> new ProgramGroup(Rows.longOrNull(rs, "document_id"),
                        title(rs.getString("doc_number"), rs.getString("title")),
                        TaskStatus.valueOf(rs.getString("status")), Rows.date(rs, "deadline"),
                        Rows.date(rs, "completed_on"), rs.getLong("n"))).list();
    }

    private static String title(String number, String title) {
        String t = title == null ? "" : title.length() > 120 ? title.substring(0, 117) + "…" : title;
        if (number == null) {
            return t.isEmpty() ? null : t;
        }
        return t.isEmpty() ? number : number + " — " + t;
    }

    @Override
    public List<TaskLine> openTasksDueBy(LocalDate until, Set<Long> unitIds, Long programId, int limit,
                                         Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(unitIds, programId, visible, params);
        params.put("until", until);
        params.put("lim", limit);
        record Row(long id, String text, LocalDate deadline, int progress) {
        }
        List<Row> rows = jdbc.sql("SELECT t.id, t.body, t.deadline, t.progress FROM tasks t WHERE " + OPEN
                        + " AND t.deadline <= :until" + where + " ORDER BY t.deadline, t.id LIMIT :lim")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("body"), Rows.date(rs, "deadline"),
                        rs.getInt("progress"))).list();
        Map<Long, String> leads = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT p.task_id, COALESCE(u.name, p.raw_name) AS name FROM task_parties p"
                            + " LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.role = 'LEAD' AND p.task_id IN (:ids)"
                            + " ORDER BY p.id")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .query(rs -> {
                        leads.merge(rs.getLong("task_id"), rs.getString("name"), (a, b) -> a + ", " + b);
                    });
        }
        return rows.stream().map(r -> new TaskLine(r.id(), r.text(), leads.get(r.id()), r.deadline(), r.progress()))
                .toList();
    }

    @Override
    public List<BelowPlan> belowPlan(Set<Long> unitIds, Long programId, int limit, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        String readable = Visible.results(visible, "r.reporting_unit_id", "r.document_id", params);
        if (readable != null) {
            where.append(" AND (").append(readable).append(")");
        }
        if (unitIds != null) {
            where.append(" AND r.reporting_unit_id IN (:units)");
            params.put("units", unitIds.isEmpty() ? List.of(-1L) : List.copyOf(unitIds));
        }
        if (programId != null) {
            where.append(" AND r.indicator_id IN (SELECT indicator_id FROM targets WHERE document_id = :program AND deleted_at IS NULL)");
            params.put("program", programId);
        }
        params.put("lim", limit);
        String planned = "(SELECT MAX(g.planned_value) FROM targets g WHERE g.indicator_id = r.indicator_id AND g.deleted_at IS NULL"
                + " AND g.comparator IN ('GTE', 'EQ') AND g.period_label = r.period_label)";
        return jdbc.sql("SELECT * FROM (SELECT r.id, i.name, r.actual_value, r.measure_unit, r.period_label,"
                        + " r.document_id, " + planned + " AS planned,"
                        + " COALESCE(r.percent_of_plan, 100.0 * r.actual_value / NULLIF(" + planned + ", 0)) AS pct"
                        + " FROM results r JOIN indicators i ON i.id = r.indicator_id WHERE r.deleted_at IS NULL" + where + ") x"
                        + " WHERE x.pct < 100 ORDER BY x.pct, x.id LIMIT :lim")
                .params(params)
                .query((rs, n) -> new BelowPlan(rs.getLong("id"), rs.getString("name"), rs.getDouble("actual_value"),
                        Rows.doubleOrNull(rs, "planned"), rs.getDouble("pct"), rs.getString("measure_unit"),
                        rs.getString("period_label"), Rows.longOrNull(rs, "document_id"))).list();
    }

    @Override
    public List<Event> events(LocalDate from, LocalDate to, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String readable = Visible.events(visible, "calendar_events.id", params);
        return jdbc.sql("SELECT event_date, day_session, time_text, content, place FROM calendar_events"
                        + " WHERE event_date BETWEEN :from AND :to AND deleted_at IS NULL" + (readable == null ? "" : " AND (" + readable + ")")
                        + " ORDER BY event_date, id LIMIT 200")
                .params(params).param("from", from).param("to", to)
                .query((rs, n) -> new Event(Rows.date(rs, "event_date"), rs.getString("day_session"),
                        rs.getString("time_text"), rs.getString("content"), rs.getString("place"))).list();
    }
}
