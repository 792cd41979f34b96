package vn.dondoc.app.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
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
            // uncorrelated: read once from the unit index (see Visible)
            sql.append(
                    " AND t.id IN (SELECT sp.task_id FROM task_parties sp WHERE sp.unit_id IN (:units) AND sp.role = 'LEAD')");
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
                .query((rs, n) ->
                        new Program(rs.getLong("id"), title(rs.getString("doc_number"), rs.getString("title"))))
                .list();
    }

    /**
     * A task's status, deadline and completion day as {@code status, deadline, completed_on}, folded to what
     * decides its bucket on the day (see {@link AsOf}): done by then on or before its deadline, or without one of
     * the two: (DONE, -, -), on time; done by then after its deadline: kept, the working-day calendar decides;
     * else open: (NEW, the last working day before the day when due on or before it — overdue —, else -).
     */
    private static String folded(AsOf day, Map<String, Object> params) {
        params.put("asOf", day.asOf());
        params.put("overdueThrough", day.overdueThrough());
        String doneByThen = "t.status = 'DONE' AND (t.completed_on IS NULL OR t.completed_on <= CAST(:asOf AS DATE))";
        String late = "t.deadline IS NOT NULL AND t.completed_on IS NOT NULL AND t.completed_on > t.deadline";
        String through = "CAST(:overdueThrough AS DATE)";
        return "CASE WHEN " + doneByThen + " THEN 'DONE' ELSE 'NEW' END AS status,"
                + " CASE WHEN " + doneByThen + " THEN CASE WHEN " + late + " THEN t.deadline END"
                + " WHEN t.deadline <= " + through + " THEN " + through + " END AS deadline,"
                + " CASE WHEN " + doneByThen + " AND " + late + " THEN t.completed_on END AS completed_on";
    }

    @Override
    public List<UnitGroup> unitGroups(Set<Long> unitIds, Long programId, DueRange due, AsOf asOf, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String unitFilter = "";
        if (unitIds != null) {
            unitFilter = " AND p.unit_id IN (:units)";
        }
        String where = scope(unitIds, programId, visible, params) + due(due, params);
        // a task counts once per lead unit (twice named as lead by the same unit: once)
        return jdbc.sql("SELECT x.unit_id, u.name AS unit_name, x.status, x.deadline, x.completed_on, x.n FROM"
                        + " (SELECT g.unit_id, g.status, g.deadline, g.completed_on, COUNT(DISTINCT g.id) AS n FROM"
                        + " (SELECT p.unit_id, t.id, " + folded(asOf, params) + " FROM tasks t"
                        + " LEFT JOIN task_parties p ON p.task_id = t.id AND p.role = 'LEAD'"
                        + " WHERE t.status <> 'CANCELLED'" + where + unitFilter + ") g"
                        + " GROUP BY g.unit_id, g.status, g.deadline, g.completed_on) x"
                        + " LEFT JOIN org_units u ON u.id = x.unit_id")
                .params(params)
                .query((rs, n) -> new UnitGroup(
                        Rows.longOrNull(rs, "unit_id"),
                        rs.getString("unit_name"),
                        TaskStatus.valueOf(rs.getString("status")),
                        Rows.date(rs, "deadline"),
                        Rows.date(rs, "completed_on"),
                        rs.getLong("n")))
                .list();
    }

    @Override
    public List<ProgramGroup> programGroups(
            Set<Long> unitIds, Long programId, DueRange due, AsOf asOf, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String where = scope(unitIds, programId, visible, params) + due(due, params);
        return jdbc.sql("SELECT x.document_id, d.doc_number, d.title, x.status, x.deadline, x.completed_on, x.n FROM"
                        + " (SELECT g.document_id, g.status, g.deadline, g.completed_on, COUNT(*) AS n FROM"
                        + " (SELECT t.document_id, " + folded(asOf, params) + " FROM tasks t"
                        + " WHERE t.status <> 'CANCELLED'" + where + ") g"
                        + " GROUP BY g.document_id, g.status, g.deadline, g.completed_on) x"
                        + " LEFT JOIN documents d ON d.id = x.document_id")
                .params(params)
                .query((rs, n) -> new ProgramGroup(
                        Rows.longOrNull(rs, "document_id"),
                        title(rs.getString("doc_number"), rs.getString("title")),
                        TaskStatus.valueOf(rs.getString("status")),
                        Rows.date(rs, "deadline"),
                        Rows.date(rs, "completed_on"),
                        rs.getLong("n")))
                .list();
    }

    private static String title(String number, String title) {
        String t = title == null ? "" : title.length() > 120 ? title.substring(0, 117) + "…" : title;
        if (number == null) {
            return t.isEmpty() ? null : t;
        }
        return t.isEmpty() ? number : number + " — " + t;
    }

    @Override
    public List<TaskLine> openTasksDueBy(
            LocalDate until, Set<Long> unitIds, Long programId, int limit, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        params.put("until", until);
        return taskLines(
                OPEN + " AND t.deadline <= :until" + scope(unitIds, programId, visible, params), params, limit);
    }

    @Override
    public List<TaskLine> openOn(LocalDate asOf, Set<Long> unitIds, Long programId, int limit, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        return taskLines(
                "(" + OPEN + " OR t.status = 'DONE' AND t.completed_on > :asOf) AND t.deadline <= :asOf"
                        + scope(unitIds, programId, visible, params),
                params,
                limit);
    }

    /** Tasks matching {@code where} with their lead units' names, earliest deadline first. */
    private List<TaskLine> taskLines(String where, Map<String, Object> params, int limit) {
        params.put("lim", limit);
        record Row(long id, String text, LocalDate deadline, int progress) {}
        List<Row> rows = jdbc.sql("SELECT t.id, t.body, t.deadline, t.progress FROM tasks t WHERE " + where
                        + " ORDER BY t.deadline, t.id LIMIT :lim")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"), rs.getString("body"), Rows.date(rs, "deadline"), rs.getInt("progress")))
                .list();
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
        return rows.stream()
                .map(r -> new TaskLine(r.id(), r.text(), leads.get(r.id()), r.deadline(), r.progress()))
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
            where.append(
                    " AND r.indicator_id IN (SELECT indicator_id FROM targets WHERE document_id = :program AND deleted_at IS NULL)");
            params.put("program", programId);
        }
        params.put("lim", limit);
        // the plan of each (indicator, period), computed once per pair rather than twice per result
        String plans = "(SELECT g.indicator_id, g.period_code, MAX(g.planned_value) AS planned FROM targets g"
                + " WHERE g.comparator IN ('GTE', 'EQ') AND g.deleted_at IS NULL GROUP BY g.indicator_id, g.period_code)";
        return jdbc.sql("SELECT * FROM (SELECT r.id, i.name, r.actual_value, r.measure_unit, r.period_label,"
                        + " r.document_id, pl.planned,"
                        + " COALESCE(r.percent_of_plan, 100.0 * r.actual_value / NULLIF(pl.planned, 0)) AS pct"
                        + " FROM results r JOIN indicators i ON i.id = r.indicator_id LEFT JOIN " + plans + " pl"
                        + " ON pl.indicator_id = r.indicator_id AND pl.period_code = r.period_code WHERE r.deleted_at IS NULL"
                        + where + ") x"
                        + " WHERE x.pct < 100 ORDER BY x.pct, x.id LIMIT :lim")
                .params(params)
                .query((rs, n) -> new BelowPlan(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getDouble("actual_value"),
                        Rows.doubleOrNull(rs, "planned"),
                        rs.getDouble("pct"),
                        rs.getString("measure_unit"),
                        rs.getString("period_label"),
                        Rows.longOrNull(rs, "document_id")))
                .list();
    }

    @Override
    public List<Event> events(LocalDate from, LocalDate to, Visibility visible) {
        Map<String, Object> params = new HashMap<>();
        String readable = Visible.events(visible, "calendar_events.id", params);
        return jdbc.sql("SELECT event_date, day_session, time_text, content, place FROM calendar_events"
                        + " WHERE event_date BETWEEN :from AND :to AND deleted_at IS NULL"
                        + (readable == null ? "" : " AND (" + readable + ")")
                        + " ORDER BY event_date, id LIMIT 200")
                .params(params)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Event(
                        Rows.date(rs, "event_date"),
                        rs.getString("day_session"),
                        rs.getString("time_text"),
                        rs.getString("content"),
                        rs.getString("place")))
                .list();
    }
}
