package vn.dondoc.domain.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: indicators' rules, criteria thresholds, and reported values per unit for a period. */
public interface IndicatorRules {
    Optional<IndicatorRule> rule(long indicatorId);

    void saveRule(IndicatorRule rule);

    List<Criterion> criteria();

    Criterion addCriterion(Criterion criterion);

    /**
     * The units whose records use the indicator: the issuing units of the documents that set its targets, and the
     * units that report its results. Empty when none does (the agency's indicator).
     */
    java.util.Set<Long> unitsUsing(long indicatorId);

    /** The indicator's reported values for a period, per reporting unit (the latest report of a unit wins). */
    Map<Long, Double> values(long indicatorId, String period);

    /** The planned value for a period and a scope written as the unit's name (null scope: the whole province). */
    Map<String, Double> plans(long indicatorId, String period);
}
