package vn.dondoc.domain.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.domain.access.AccessPolicy;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

/** An indicator rolled up the org tree for a period, with plan and percent of plan per unit; criteria per unit. */
public final class RollUpService {
    private final IndicatorRules rules;
    private final Targets targets;
    private final OrgUnits units;
    private final AccessPolicy policy;

    public RollUpService(IndicatorRules rules, Targets targets, OrgUnits units, AccessPolicy policy) {
        this.rules = rules;
        this.targets = targets;
        this.units = units;
        this.policy = policy;
    }

    /** {@code planned} from a target whose scope names the unit (or, for the root, a target with no scope). */
    public record Line(
            long unitId, String unitName, double value, boolean reported, Double planned, Double percentOfPlan) {}

    public IndicatorRule ruleOf(long indicatorId) {
        targets.findIndicator(indicatorId).orElseThrow(() -> new RecordNotFoundException("indicator", indicatorId));
        return rules.rule(indicatorId).orElse(IndicatorRule.defaultFor(indicatorId));
    }

    /** Whether {@code actor} may change the indicator's rule and add criteria on it ({@link AccessPolicy}). */
    public boolean mayChangeRule(Actor actor, long indicatorId) {
        return policy.mayChangeIndicatorRule(actor, rules.unitsUsing(indicatorId));
    }

    public Outcome<IndicatorRule> saveRule(IndicatorRule r, Actor actor) {
        targets.findIndicator(r.indicatorId())
                .orElseThrow(() -> new RecordNotFoundException("indicator", r.indicatorId()));
        if (!mayChangeRule(actor, r.indicatorId())) {
            return Outcome.rejected(Rejection.of("rollup.ruleForbidden", "indicatorId", r.indicatorId()));
        }
        List<Rejection> problems = new ArrayList<>();
        if (r.direction() == null || r.aggregation() == null) {
            problems.add(Rejection.of("rollup.ruleIncomplete", "aggregation"));
        } else if (r.aggregation() == IndicatorRule.Aggregation.RATE
                && (r.numeratorId() == null || r.denominatorId() == null)) {
            problems.add(Rejection.of("rollup.rateNeedsParts", "numeratorId"));
        } else if (r.aggregation() == IndicatorRule.Aggregation.WEIGHTED_AVERAGE && r.weightIndicatorId() == null) {
            problems.add(Rejection.of("rollup.weightNeeded", "weightIndicatorId"));
        }
        for (Long part : new Long[] {r.numeratorId(), r.denominatorId(), r.weightIndicatorId()}) {
            if (part != null && targets.findIndicator(part).isEmpty()) {
                problems.add(Rejection.of("target.indicatorUnknown", "indicatorId", part));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        rules.saveRule(r);
        return Outcome.ok(r);
    }

    /**
     * The indicator rolled up under {@code rootUnitId}. Whoever may read the root's records reads its whole subtree
     * (a person's visibility is a union of subtrees), so the API only checks the root ({@link Visibility#seesUnit}).
     */
    public List<Line> rollUp(long indicatorId, String period, long rootUnitId) {
        IndicatorRule rule = ruleOf(indicatorId);
        units.find(rootUnitId).orElseThrow(() -> new RecordNotFoundException("unit", rootUnitId));
        Map<Long, Long> parentOf = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (OrgUnit u : units.all()) {
            parentOf.put(u.id(), u.parentId());
            names.put(u.id(), u.name());
        }
        boolean rate = rule.aggregation() == IndicatorRule.Aggregation.RATE;
        boolean weighted = rule.aggregation() == IndicatorRule.Aggregation.WEIGHTED_AVERAGE;
        Map<Long, RollUp.Value> values = new RollUp(parentOf)
                .of(
                        rootUnitId,
                        rule,
                        rules.values(indicatorId, period),
                        rate ? rules.values(rule.numeratorId(), period) : Map.of(),
                        rate ? rules.values(rule.denominatorId(), period) : Map.of(),
                        weighted ? rules.values(rule.weightIndicatorId(), period) : Map.of());
        Map<String, Double> plans = rules.plans(indicatorId, period);
        List<Line> out = new ArrayList<>();
        for (RollUp.Value v : values.values()) {
            Double plan = plans.get(Texts.key(names.get(v.unitId())));
            if (plan == null && v.unitId() == rootUnitId) {
                plan = plans.get("");
            }
            out.add(new Line(
                    v.unitId(),
                    names.get(v.unitId()),
                    v.value(),
                    v.reported(),
                    plan,
                    plan == null ? null : rule.percentOfPlan(v.value(), plan)));
        }
        return out;
    }

    public Outcome<Criterion> addCriterion(Criterion c, Actor actor) {
        if (targets.findIndicator(c.indicatorId()).isPresent() && !mayChangeRule(actor, c.indicatorId())) {
            return Outcome.rejected(Rejection.of("rollup.ruleForbidden", "indicatorId", c.indicatorId()));
        }
        List<Rejection> problems = new ArrayList<>();
        if (Texts.clean(c.name()) == null) {
            problems.add(Rejection.of("rollup.criterionNameRequired", "name"));
        }
        TextLimits.field(Texts.clean(c.name()), TextLimits.CRITERION_NAME, "name", problems);
        TextLimits.field(Texts.clean(c.level()), TextLimits.CRITERION_LEVEL, "level", problems);
        if (!"GTE".equals(c.comparator()) && !"LTE".equals(c.comparator())) {
            problems.add(Rejection.of("target.comparator", "comparator", String.valueOf(c.comparator())));
        }
        if (targets.findIndicator(c.indicatorId()).isEmpty()) {
            problems.add(Rejection.of("target.indicatorUnknown", "indicatorId", c.indicatorId()));
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        return Outcome.ok(rules.addCriterion(new Criterion(
                null, Texts.clean(c.name()), c.indicatorId(), c.comparator(), c.threshold(), Texts.clean(c.level()))));
    }

    /** Every criterion for every unit of {@code kind} (e.g. "COMMUNE"; null: every unit), from the year's values. */
    public List<CriteriaEvaluation.Line> evaluate(String year, String kind) {
        return evaluate(year, kind, Visibility.EVERYTHING);
    }

    /**
     * The same for one person: only the units whose records they read (their grants' subtrees), so a restricted
     * person never sees another unit's figures (issue 9).
     */
    public List<CriteriaEvaluation.Line> evaluate(String year, String kind, Visibility visible) {
        List<Criterion> criteria = rules.criteria();
        List<Long> unitIds = units.all().stream()
                .filter(u -> kind == null || kind.equalsIgnoreCase(u.kind()))
                .filter(u -> visible.seesUnit(u.id()))
                .map(OrgUnit::id)
                .toList();
        Map<Long, Map<Long, Double>> values = new HashMap<>();
        for (Criterion c : criteria) {
            values.computeIfAbsent(c.indicatorId(), id -> rules.values(id, year));
        }
        return CriteriaEvaluation.evaluate(criteria, unitIds, values);
    }
}
