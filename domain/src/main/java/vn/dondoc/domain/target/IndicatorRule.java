package vn.dondoc.domain.target;

/**
 * How an indicator is judged and added up the org tree: {@code direction} (higher or lower is better) and
 * {@code aggregation}; a RATE is 100 × Σ numerator / Σ denominator (two other indicators), a WEIGHTED_AVERAGE
 * weighs each unit's value by its value of {@code weightIndicatorId} (population, labour force).
 */
public record IndicatorRule(
        long indicatorId,
        Direction direction,
        Aggregation aggregation,
        Long numeratorId,
        Long denominatorId,
        Long weightIndicatorId) {

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    public enum Aggregation {
        SUM,
        AVERAGE,
        WEIGHTED_AVERAGE,
        RATE
    }

    /** An indicator nobody described: counted things, summed, more is better. */
    public static IndicatorRule defaultFor(long indicatorId) {
        return new IndicatorRule(indicatorId, Direction.HIGHER_IS_BETTER, Aggregation.SUM, null, null, null);
    }

    /**
     * Percent of plan: actual / plan for "higher is better"; plan / actual when lower is better (a poverty rate
     * of 2,5 % against a plan of 3 % is 120 % of plan). Null when it cannot be computed.
     */
    public Double percentOfPlan(double actual, double planned) {
        if (direction == Direction.LOWER_IS_BETTER) {
            return actual <= 0 ? null : 100 * planned / actual;
        }
        return planned == 0 ? null : 100 * actual / planned;
    }
}
