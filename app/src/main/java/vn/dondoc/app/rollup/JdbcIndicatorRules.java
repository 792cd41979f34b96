package vn.dondoc.app.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.target.Criterion;
import vn.dondoc.domain.target.IndicatorRule;
import vn.dondoc.domain.target.IndicatorRules;

@Repository
class JdbcIndicatorRules implements IndicatorRules {
    private final JdbcClient jdbc;

    JdbcIndicatorRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IndicatorRule> rule(long indicatorId) {
        return jdbc.sql("SELECT * FROM indicator_rules WHERE indicator_id = :id")
                .param("id", indicatorId)
                .query((rs, n) -> new IndicatorRule(
                        rs.getLong("indicator_id"),
                        IndicatorRule.Direction.valueOf(rs.getString("direction")),
                        IndicatorRule.Aggregation.valueOf(rs.getString("aggregation")),
                        Rows.longOrNull(rs, "numerator_id"),
                        Rows.longOrNull(rs, "denominator_id"),
                        Rows.longOrNull(rs, "weight_indicator_id")))
                .optional();
    }

    @Override
    public void saveRule(IndicatorRule r) {
        jdbc.sql("DELETE FROM indicator_rules WHERE indicator_id = :id")
                .param("id", r.indicatorId())
                .update();
        jdbc.sql("INSERT INTO indicator_rules (indicator_id, direction, aggregation, numerator_id, denominator_id,"
                        + " weight_indicator_id) VALUES (:id, :dir, :agg, :num, :den, :w)")
                .param("id", r.indicatorId())
                .param("dir", r.direction().name())
                .param("agg", r.aggregation().name())
                .param("num", r.numeratorId())
                .param("den", r.denominatorId())
                .param("w", r.weightIndicatorId())
                .update();
    }

    @Override
    public List<Criterion> criteria() {
        return jdbc.sql("SELECT * FROM criteria ORDER BY id")
                .query((rs, n) -> new Criterion(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("indicator_id"),
                        rs.getString("comparator"),
                        rs.getDouble("threshold"),
                        rs.getString("level_name")))
                .list();
    }

    @Override
    public java.util.Set<Long> unitsUsing(long indicatorId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT d.issuer_unit_id FROM targets t JOIN documents d ON d.id ="
                        + " t.document_id WHERE t.indicator_id = :i AND d.issuer_unit_id IS NOT NULL"
                        + " UNION SELECT reporting_unit_id FROM results WHERE indicator_id = :i"
                        + " AND reporting_unit_id IS NOT NULL")
                .param("i", indicatorId)
                .query(Long.class)
                .list());
    }

    @Override
    public Criterion addCriterion(Criterion c) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO criteria (name, indicator_id, comparator, threshold, level_name)"
                        + " VALUES (:name, :ind, :cmp, :t, :level)")
                .param("name", c.name())
                .param("ind", c.indicatorId())
                .param("cmp", c.comparator())
                .param("t", c.threshold())
                .param("level", c.level())
                .update(keys, "id");
        return new Criterion(
                keys.getKey().longValue(), c.name(), c.indicatorId(), c.comparator(), c.threshold(), c.level());
    }

    @Override
    public Map<Long, Double> values(long indicatorId, String period) {
        Map<Long, Double> out = new HashMap<>();
        jdbc.sql("SELECT reporting_unit_id, actual_value FROM results WHERE indicator_id = :i AND period_code = :p"
                        + " AND deleted_at IS NULL"
                        + " AND reporting_unit_id IS NOT NULL ORDER BY id")
                .param("i", indicatorId)
                .param("p", vn.dondoc.domain.target.Period.codeOf(period))
                .query(rs -> {
                    out.put(rs.getLong("reporting_unit_id"), rs.getDouble("actual_value"));
                });
        return out;
    }

    @Override
    public Map<String, Double> plans(long indicatorId, String period) {
        Map<String, Double> out = new HashMap<>();
        jdbc.sql(
                        "SELECT scope, planned_value FROM targets WHERE indicator_id = :i AND period_code = :p AND deleted_at IS NULL"
                                + " ORDER BY id")
                .param("i", indicatorId)
                .param("p", vn.dondoc.domain.target.Period.codeOf(period))
                .query(rs -> {
                    String scope = rs.getString("scope");
                    String key = scope == null || Texts.key(scope).equals("toàn tỉnh") ? "" : Texts.key(scope);
                    out.put(key, rs.getDouble("planned_value"));
                });
        return out;
    }
}
