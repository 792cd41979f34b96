package vn.dondoc.app.publicdashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.followup.TaskBucket;

/**
 * What the public dashboard may show, and nothing else: counts per bucket in all and per lead unit, completion
 * rates, and the indicators below plan. No task's text, no person, no document, no record id: a template given
 * this cannot leak what the leader's dashboard holds.
 */
record PublicFigures(
        LocalDate asOf,
        Map<TaskBucket, Long> totals,
        Dashboard.Rate completion,
        List<UnitLine> units,
        List<BelowPlan> belowPlan) {

    /** A lead unit's counts; {@code unit} null for tasks without one. {@code shares}: percent of the row per bucket. */
    record UnitLine(
            String unit, Map<TaskBucket, Long> buckets, Map<TaskBucket, Double> shares, Dashboard.Rate completion) {}

    record BelowPlan(
            String indicator, double actual, Double planned, double percentOfPlan, String unit, String period) {}

    static PublicFigures of(Dashboard d) {
        List<UnitLine> units = d.units().stream()
                .map(r -> new UnitLine(r.name(), r.buckets(), shares(r.buckets()), r.completion()))
                .toList();
        List<BelowPlan> below = d.belowPlan().stream()
                .map(b ->
                        new BelowPlan(b.indicator(), b.actual(), b.planned(), b.percentOfPlan(), b.unit(), b.period()))
                .toList();
        return new PublicFigures(d.asOf(), d.totals(), d.completion(), units, below);
    }

    private static Map<TaskBucket, Double> shares(Map<TaskBucket, Long> buckets) {
        long all = buckets.values().stream().mapToLong(Long::longValue).sum();
        java.util.EnumMap<TaskBucket, Double> out = new java.util.EnumMap<>(TaskBucket.class);
        for (TaskBucket b : TaskBucket.values()) {
            out.put(b, all == 0 ? 0.0 : 100.0 * buckets.getOrDefault(b, 0L) / all);
        }
        return out;
    }
}
