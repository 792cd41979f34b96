package vn.dondoc.domain.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator's values up the org tree by its rule. A unit's own reported value stands; a unit without one gets
 * the aggregate of its children (computed bottom-up). Pure: the tree and the values are given.
 */
public final class RollUp {

    /** A unit's value; {@code reported}: stated by the unit itself, not computed from those under it. */
    public record Value(long unitId, double value, boolean reported) {}

    private final Map<Long, List<Long>> children = new HashMap<>();

    /** {@code parentOf}: each unit's parent (null for a root). */
    public RollUp(Map<Long, Long> parentOf) {
        parentOf.forEach((unit, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        });
    }

    /**
     * Values of every unit under (and including) {@code root} that has one, reported or computed.
     * {@code values}: the indicator's reported values per unit; {@code numerators}/{@code denominators}: for a RATE;
     * {@code weights}: for a WEIGHTED_AVERAGE. Maps not needed by the rule may be empty.
     */
    public Map<Long, Value> of(
            long root,
            IndicatorRule rule,
            Map<Long, Double> values,
            Map<Long, Double> numerators,
            Map<Long, Double> denominators,
            Map<Long, Double> weights) {
        Map<Long, Value> out = new LinkedHashMap<>();
        Map<Long, double[]> ratioParts = new HashMap<>();
        Map<Long, Double> weightOf = new HashMap<>(weights);
        visit(root, rule, values, numerators, denominators, weightOf, ratioParts, out);
        return out;
    }

    private void visit(
            long unit,
            IndicatorRule rule,
            Map<Long, Double> values,
            Map<Long, Double> nums,
            Map<Long, Double> dens,
            Map<Long, Double> weights,
            Map<Long, double[]> ratioParts,
            Map<Long, Value> out) {
        List<Long> kids = children.getOrDefault(unit, List.of());
        for (Long k : kids) {
            visit(k, rule, values, nums, dens, weights, ratioParts, out);
        }
        if (rule.aggregation() == IndicatorRule.Aggregation.RATE) {
            double[] parts = nums.containsKey(unit) && dens.containsKey(unit)
                    ? new double[] {nums.get(unit), dens.get(unit)}
                    : sumParts(kids, ratioParts);
            if (parts != null) {
                ratioParts.put(unit, parts);
            }
            if (values.containsKey(unit)) {
                out.put(unit, new Value(unit, values.get(unit), true));
            } else if (parts != null && parts[1] != 0) {
                out.put(unit, new Value(unit, 100 * parts[0] / parts[1], false));
            }
            return;
        }
        if (values.containsKey(unit)) {
            out.put(unit, new Value(unit, values.get(unit), true));
            return;
        }
        List<Value> known = kids.stream().filter(out::containsKey).map(out::get).toList();
        if (known.isEmpty()) {
            return;
        }
        double v = switch (rule.aggregation()) {
            case SUM -> known.stream().mapToDouble(Value::value).sum();
            case AVERAGE -> known.stream().mapToDouble(Value::value).average().orElse(0);
            case WEIGHTED_AVERAGE -> weighted(known, weights);
            case RATE -> throw new IllegalStateException("handled above");
        };
        if (!Double.isNaN(v)) {
            out.put(unit, new Value(unit, v, false));
            if (rule.aggregation() == IndicatorRule.Aggregation.WEIGHTED_AVERAGE && !weights.containsKey(unit)) {
                // a computed unit weighs, one level up, what its weighted children weigh together
                weights.put(
                        unit,
                        known.stream()
                                .filter(x -> weights.containsKey(x.unitId()))
                                .mapToDouble(x -> weights.get(x.unitId()))
                                .sum());
            }
        }
    }

    private static double[] sumParts(List<Long> kids, Map<Long, double[]> ratioParts) {
        double num = 0;
        double den = 0;
        boolean any = false;
        for (Long k : kids) {
            double[] p = ratioParts.get(k);
            if (p != null) {
                num += p[0];
                den += p[1];
                any = true;
            }
        }
        return any ? new double[] {num, den} : null;
    }

    private static double weighted(List<Value> known, Map<Long, Double> weights) {
        double sum = 0;
        double weight = 0;
        for (Value v : known) {
            Double w = weights.get(v.unitId());
            if (w != null && w > 0) {
                sum += v.value() * w;
                weight += w;
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }
}
