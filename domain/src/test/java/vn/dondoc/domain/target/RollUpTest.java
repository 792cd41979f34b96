package vn.dondoc.domain.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.target.IndicatorRule.Aggregation;
import vn.dondoc.domain.target.IndicatorRule.Direction;

class RollUpTest {
    private static final long PROVINCE = 1;
    private static final long DISTRICT_A = 10;
    private static final long DISTRICT_B = 20;
    private final RollUp rollUp = new RollUp(tree());

    private static Map<Long, Long> tree() {
        Map<Long, Long> parent = new HashMap<>();
        parent.put(PROVINCE, null);
        parent.put(DISTRICT_A, PROVINCE);
        parent.put(DISTRICT_B, PROVINCE);
        parent.put(11L, DISTRICT_A);
        parent.put(12L, DISTRICT_A);
        parent.put(21L, DISTRICT_B);
        parent.put(22L, DISTRICT_B);
        return parent;
    }

    private static IndicatorRule rule(Aggregation a) {
        return new IndicatorRule(7, Direction.HIGHER_IS_BETTER, a, null, null, null);
    }

    private double at(Map<Long, RollUp.Value> values, long unit) {
        return values.get(unit).value();
    }

    @Test
    void sumsAddUpAndAUnitsOwnFigureStands() {
        Map<Long, Double> reported = Map.of(11L, 5.0, 12L, 7.0, 21L, 3.0, 22L, 1.0);
        Map<Long, RollUp.Value> v = rollUp.of(PROVINCE, rule(Aggregation.SUM), reported, Map.of(), Map.of(), Map.of());
        assertThat(at(v, DISTRICT_A)).isEqualTo(12);
        assertThat(at(v, DISTRICT_B)).isEqualTo(4);
        assertThat(at(v, PROVINCE)).isEqualTo(16);
        assertThat(v.get(PROVINCE).reported()).isFalse();

        Map<Long, Double> withDistrict = new HashMap<>(reported);
        withDistrict.put(DISTRICT_B, 10.0);
        Map<Long, RollUp.Value> w =
                rollUp.of(PROVINCE, rule(Aggregation.SUM), withDistrict, Map.of(), Map.of(), Map.of());
        assertThat(w.get(DISTRICT_B).reported()).isTrue();
        assertThat(at(w, PROVINCE)).isEqualTo(22);
        assertThat(rollUp.of(DISTRICT_A, rule(Aggregation.SUM), reported, Map.of(), Map.of(), Map.of()))
                .hasSize(3);
    }

    @Test
    void averagesAverageTheChildren() {
        Map<Long, Double> reported = Map.of(11L, 70.0, 12L, 80.0, 21L, 60.0, 22L, 90.0);
        Map<Long, RollUp.Value> v =
                rollUp.of(PROVINCE, rule(Aggregation.AVERAGE), reported, Map.of(), Map.of(), Map.of());
        assertThat(at(v, DISTRICT_A)).isEqualTo(75);
        assertThat(at(v, PROVINCE)).isEqualTo(75);
    }

    @Test
    void weightedAveragesWeighByTheWeightIndicatorAllTheWayUp() {
        Map<Long, Double> reported = Map.of(11L, 70.0, 12L, 80.0, 21L, 60.0, 22L, 90.0);
        Map<Long, Double> population = Map.of(11L, 100.0, 12L, 300.0, 21L, 200.0, 22L, 200.0);
        Map<Long, RollUp.Value> v =
                rollUp.of(PROVINCE, rule(Aggregation.WEIGHTED_AVERAGE), reported, Map.of(), Map.of(), population);
        assertThat(at(v, DISTRICT_A)).isEqualTo(77.5);
        assertThat(at(v, DISTRICT_B)).isEqualTo(75);
        assertThat(at(v, PROVINCE)).isCloseTo(76.25, within(1e-9));
    }

    @Test
    void ratesAddNumeratorsAndDenominatorsNotPercents() {
        Map<Long, Double> trained = Map.of(11L, 70.0, 12L, 150.0, 21L, 50.0, 22L, 90.0);
        Map<Long, Double> labour = Map.of(11L, 100.0, 12L, 200.0, 21L, 100.0, 22L, 100.0);
        Map<Long, RollUp.Value> v = rollUp.of(PROVINCE, rule(Aggregation.RATE), Map.of(), trained, labour, Map.of());
        assertThat(at(v, 11)).isEqualTo(70);
        assertThat(at(v, DISTRICT_A)).isCloseTo(73.333, within(1e-3));
        assertThat(at(v, DISTRICT_B)).isEqualTo(70);
        assertThat(at(v, PROVINCE)).isEqualTo(72);
    }

    @Test
    void percentOfPlanFollowsTheDirection() {
        assertThat(rule(Aggregation.SUM).percentOfPlan(9997, 24000)).isCloseTo(41.65, within(0.01));
        IndicatorRule poverty = new IndicatorRule(8, Direction.LOWER_IS_BETTER, Aggregation.RATE, 1L, 2L, null);
        assertThat(poverty.percentOfPlan(2.5, 3)).isCloseTo(120, within(1e-9));
        assertThat(poverty.percentOfPlan(0, 3)).isNull();
    }

    @Test
    void criteriaAreEvaluatedPerCommuneFromData() {
        long trainedRate = 7;
        List<Criterion> criteria = List.of(
                new Criterion(1L, "Lao động qua đào tạo", trainedRate, "GTE", 70, "Nông thôn mới"),
                new Criterion(2L, "Lao động qua đào tạo", trainedRate, "GTE", 75, "Nông thôn mới nâng cao"),
                new Criterion(3L, "Tỷ lệ hộ nghèo", 9, "LTE", 2, "Nông thôn mới"));
        Map<Long, Map<Long, Double>> values =
                Map.of(trainedRate, Map.of(11L, 70.0, 12L, 75.0, 21L, 50.0), 9L, Map.of(11L, 2.0, 12L, 2.5));
        List<CriteriaEvaluation.Line> lines =
                CriteriaEvaluation.evaluate(criteria, List.of(11L, 12L, 21L, 22L), values);
        assertThat(lines).hasSize(12);
        assertThat(lines)
                .filteredOn(l -> l.met())
                .extracting(l -> l.unitId() + ":" + l.criterionId())
                .containsExactlyInAnyOrder("11:1", "11:3", "12:1", "12:2");
        assertThat(lines).filteredOn(l -> l.unitId() == 22).allMatch(l -> l.value() == null && !l.met());
    }
}
