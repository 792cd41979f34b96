package vn.dondoc.app.target;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.SoftDelete;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.target.Indicator;
import vn.dondoc.domain.target.Period;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;

@Repository
class JdbcTargets implements Targets {
    private final JdbcClient jdbc;

    JdbcTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Indicator mapIndicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("name"), rs.getString("measure_unit"));
    }

    static Target mapTarget(ResultSet rs, int n) throws SQLException {
        return new Target(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("indicator_name"),
                Rows.longOrNull(rs, "document_id"),
                rs.getString("comparator"),
                rs.getDouble("planned_value"),
                Rows.doubleOrNull(rs, "planned_value_to"),
                rs.getString("measure_unit"),
                rs.getString("period_label"),
                rs.getString("scope"),
                Rows.intOrNull(rs, "span_start"),
                Rows.intOrNull(rs, "span_end"));
    }

    static Result mapResult(ResultSet rs, int n) throws SQLException {
        return new Result(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getString("indicator_name"),
                Rows.longOrNull(rs, "document_id"),
                rs.getDouble("actual_value"),
                rs.getString("measure_unit"),
                Rows.doubleOrNull(rs, "percent_of_plan"),
                rs.getString("period_label"),
                rs.getString("reporting_unit"),
                Rows.longOrNull(rs, "reporting_unit_id"),
                Rows.intOrNull(rs, "span_start"),
                Rows.intOrNull(rs, "span_end"));
    }

    @Override
    public Indicator indicator(String name, String unit) {
        String clean = Texts.clean(name);
        String key = Texts.key(clean);
        Optional<Indicator> found = jdbc.sql("SELECT * FROM indicators WHERE name_key = :k")
                .param("k", key)
                .query(JdbcTargets::mapIndicator)
                .optional();
        if (found.isPresent()) {
            return found.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO indicators (name, name_key, measure_unit) VALUES (:n, :k, :u)")
                .param("n", clean)
                .param("k", key)
                .param("u", unit)
                .update(keys, "id");
        return new Indicator(keys.getKey().longValue(), clean, unit);
    }

    @Override
    public Optional<Indicator> findIndicator(long id) {
        return jdbc.sql("SELECT * FROM indicators WHERE id = :id")
                .param("id", id)
                .query(JdbcTargets::mapIndicator)
                .optional();
    }

    @Override
    public Page<Indicator> listIndicators(String nameContains, PageRequest page) {
        Where w = new Where().and("name_key LIKE :q", "q", Where.contains(nameContains));
        long total = jdbc.sql("SELECT COUNT(*) FROM indicators" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<Indicator> items = jdbc.sql("SELECT * FROM indicators" + w.sql() + " ORDER BY name LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcTargets::mapIndicator)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static final String TARGET_SELECT =
            "SELECT t.*, i.name AS indicator_name FROM targets t JOIN indicators i ON i.id = t.indicator_id";
    private static final String RESULT_SELECT =
            "SELECT r.*, i.name AS indicator_name FROM results r JOIN indicators i ON i.id = r.indicator_id";

    @Override
    public Target insertTarget(Target t) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO targets (indicator_id, document_id, comparator, planned_value, planned_value_to, measure_unit, "
                                + PeriodColumns.INSERT_COLUMNS
                                + ", scope, span_start, span_end) VALUES (:ind, :doc, :cmp, :v, :vto, :unit, "
                                + PeriodColumns.INSERT_VALUES + ", :scope, :s, :e)")
                .param("ind", t.indicatorId())
                .param("doc", t.documentId())
                .param("cmp", t.comparator())
                .param("v", t.plannedValue())
                .param("vto", t.plannedValueTo())
                .param("unit", t.unit())
                .params(PeriodColumns.of(t.period()).params())
                .param("scope", t.scope())
                .param("s", t.spanStart())
                .param("e", t.spanEnd())
                .update(keys, "id");
        return findTarget(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<Target> findTarget(long id) {
        return jdbc.sql(TARGET_SELECT + " WHERE t.id = :id AND t.deleted_at IS NULL")
                .param("id", id)
                .query(JdbcTargets::mapTarget)
                .optional();
    }

    @Override
    public Page<Target> listTargets(
            Long indicatorId, Long documentId, String period, Visibility visible, PageRequest page) {
        Where w = new Where()
                .and("t.deleted_at IS NULL")
                .and("t.indicator_id = :ind", "ind", indicatorId)
                .and("t.document_id = :doc", "doc", documentId)
                .and("t.period_code = :period", "period", Period.codeOf(period));
        Visible.and(w, Visible.withDocument(visible, "t.document_id", w.params()));
        long total = jdbc.sql("SELECT COUNT(*) FROM targets t" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<Target> items = jdbc.sql(TARGET_SELECT + w.sql() + " ORDER BY t.id LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcTargets::mapTarget)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public void updateTarget(Target t) {
        jdbc.sql("UPDATE targets SET indicator_id = :ind, document_id = :doc, comparator = :cmp, planned_value = :v,"
                        + " planned_value_to = :vto, measure_unit = :unit, " + PeriodColumns.NAMED
                        + ", scope = :scope WHERE id = :id")
                .param("ind", t.indicatorId())
                .param("doc", t.documentId())
                .param("cmp", t.comparator())
                .param("v", t.plannedValue())
                .param("vto", t.plannedValueTo())
                .param("unit", t.unit())
                .params(PeriodColumns.of(t.period()).params())
                .param("scope", t.scope())
                .param("id", t.id())
                .update();
    }

    @Override
    public boolean deleteTarget(long id) {
        // soft delete: kept until an administrator restores it (issue 9.4); every read skips it
        return SoftDelete.mark(jdbc, "targets", id);
    }

    @Override
    public Result insertResult(Result r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO results (indicator_id, document_id, actual_value, measure_unit, percent_of_plan, "
                        + PeriodColumns.INSERT_COLUMNS + ", reporting_unit, reporting_unit_id, span_start, span_end)"
                        + " VALUES (:ind, :doc, :v, :unit, :pct, " + PeriodColumns.INSERT_VALUES
                        + ", :ru, :ruid, :s, :e)")
                .param("ind", r.indicatorId())
                .param("doc", r.documentId())
                .param("v", r.actualValue())
                .param("unit", r.unit())
                .param("pct", r.percentOfPlan())
                .params(PeriodColumns.of(r.period()).params())
                .param("ru", r.reportingUnit())
                .param("ruid", r.reportingUnitId())
                .param("s", r.spanStart())
                .param("e", r.spanEnd())
                .update(keys, "id");
        return findResult(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<Result> findResult(long id) {
        return jdbc.sql(RESULT_SELECT + " WHERE r.id = :id AND r.deleted_at IS NULL")
                .param("id", id)
                .query(JdbcTargets::mapResult)
                .optional();
    }

    @Override
    public Page<Result> listResults(
            Long indicatorId, Long documentId, String period, Visibility visible, PageRequest page) {
        Where w = new Where()
                .and("r.deleted_at IS NULL")
                .and("r.indicator_id = :ind", "ind", indicatorId)
                .and("r.document_id = :doc", "doc", documentId)
                .and("r.period_code = :period", "period", Period.codeOf(period));
        Visible.and(w, Visible.results(visible, "r.reporting_unit_id", "r.document_id", w.params()));
        long total = jdbc.sql("SELECT COUNT(*) FROM results r" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<Result> items = jdbc.sql(RESULT_SELECT + w.sql() + " ORDER BY r.id LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcTargets::mapResult)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public void updateResult(Result r) {
        jdbc.sql("UPDATE results SET indicator_id = :ind, document_id = :doc, actual_value = :v, measure_unit = :unit,"
                        + " percent_of_plan = :pct, " + PeriodColumns.NAMED
                        + ", reporting_unit = :ru, reporting_unit_id = :ruid"
                        + " WHERE id = :id")
                .param("ind", r.indicatorId())
                .param("doc", r.documentId())
                .param("v", r.actualValue())
                .param("unit", r.unit())
                .param("pct", r.percentOfPlan())
                .params(PeriodColumns.of(r.period()).params())
                .param("ru", r.reportingUnit())
                .param("ruid", r.reportingUnitId())
                .param("id", r.id())
                .update();
    }

    @Override
    public boolean deleteResult(long id) {
        return SoftDelete.mark(jdbc, "results", id);
    }
}
