package vn.dondoc.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each criterion evaluated for each unit (commune) from its value of the criterion's indicator in one year. */
public final class CriteriaEvaluation {

    /** {@code value} null: the unit reported nothing that year, so it does not (yet) meet the criterion. */
    public record Line(long unitId, long criterionId, String criterion, String level, Double value, boolean met) {}

    private CriteriaEvaluation() {}

    /** {@code valuesByIndicator}: indicator id → unit id → value for the year. */
    public static List<Line> evaluate(
            List<Criterion> criteria, List<Long> unitIds, Map<Long, Map<Long, Double>> valuesByIndicator) {
        List<Line> out = new ArrayList<>();
        for (long unit : unitIds) {
            for (Criterion c : criteria) {
                Double v = valuesByIndicator
                        .getOrDefault(c.indicatorId(), Map.of())
                        .get(unit);
                out.add(new Line(unit, c.id(), c.name(), c.level(), v, v != null && c.metBy(v)));
            }
        }
        return out;
    }
}
