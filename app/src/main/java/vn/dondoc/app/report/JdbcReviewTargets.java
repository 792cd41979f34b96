package vn.dondoc.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;

/** The targets part of a review: results of the period's years, each with its indicator's plan for that year. */
@Repository
class JdbcReviewTargets {
    private final JdbcClient jdbc;

    JdbcReviewTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Results of the review's periods: of a year the review touches, or of a period within the review (its quarters,
     * its months); each with its indicator's plan for the same period. A result whose period is text only is listed
     * when that text is one of the years.
     */
    List<ReviewDraft.TargetLine> of(LocalDate from, LocalDate to, Long program) {
        List<String> years = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            years.add(String.valueOf(y));
        }
        String planned =
                "(SELECT MAX(g.planned_value) FROM targets g WHERE g.indicator_id = r.indicator_id AND g.deleted_at IS NULL"
                        + " AND g.comparator IN ('GTE', 'EQ') AND g.period_code = r.period_code)";
        String programFilter = program == null
                ? ""
                : " AND r.indicator_id IN (SELECT indicator_id FROM targets WHERE document_id = :program AND deleted_at IS NULL)";
        var q = jdbc.sql("SELECT i.name, r.actual_value, r.measure_unit, r.percent_of_plan, r.period_label, " + planned
                        + " AS planned FROM results r JOIN indicators i ON i.id = r.indicator_id"
                        + " WHERE (r.period_code IN (:years) OR r.period_start >= :from AND r.period_end <= :to) AND r.deleted_at IS NULL"
                        + programFilter + " ORDER BY r.period_start, i.name, r.id LIMIT 500")
                .param("years", years)
                .param("from", from)
                .param("to", to);
        if (program != null) {
            q = q.param("program", program);
        }
        return q.query((rs, n) -> {
                    Double plan = Rows.doubleOrNull(rs, "planned");
                    Double pct = Rows.doubleOrNull(rs, "percent_of_plan");
                    double actual = rs.getDouble("actual_value");
                    if (pct == null && plan != null && plan != 0) {
                        pct = 100 * actual / plan;
                    }
                    return new ReviewDraft.TargetLine(
                            rs.getString("name"),
                            plan,
                            actual,
                            rs.getString("measure_unit"),
                            pct,
                            rs.getString("period_label"));
                })
                .list();
    }
}
