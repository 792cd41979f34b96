package vn.dondoc.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/**
 * Rules of targets and results: a known comparator, a range that is a range, a named indicator; an actual value
 * without a stated percent of plan gets it from its target; search follows.
 */
public final class TargetService {
    private static final String WHOLE_PROVINCE = "toàn tỉnh";
    private static final Set<String> COMPARATORS = Set.of("GTE", "LTE", "EQ", "RANGE");
    private final Targets targets;
    private final Search search;
    private final Transactor tx;

    public TargetService(Targets targets, Search search, Transactor tx) {
        this.targets = targets;
        this.search = search;
        this.tx = tx;
    }

    /** Validates and stores (id null) or updates a target; the indicator is found or created by name. */
    public Outcome<Target> save(Target t) {
        List<Rejection> problems = new ArrayList<>();
        if (Texts.clean(t.indicatorName()) == null && t.indicatorId() <= 0) {
            problems.add(Rejection.of("target.indicatorRequired", "indicatorName"));
        }
        if (t.comparator() == null || !COMPARATORS.contains(t.comparator())) {
            problems.add(Rejection.of("target.comparator", "comparator", String.valueOf(t.comparator())));
        } else if (t.comparator().equals("RANGE")
                && (t.plannedValueTo() == null || t.plannedValueTo() < t.plannedValue())) {
            problems.add(Rejection.of("target.range", "plannedValueTo", t.plannedValue(), t.plannedValueTo()));
        }
        TextLimits.field(Texts.clean(t.indicatorName()), TextLimits.INDICATOR_NAME, "indicatorName", problems);
        TextLimits.field(t.unit(), TextLimits.MEASURE_UNIT, "unit", problems);
        TextLimits.field(Texts.clean(t.period()), TextLimits.PERIOD, "period", problems);
        TextLimits.field(Texts.clean(t.scope()), TextLimits.SCOPE, "scope", problems);
        if (!problems.isEmpty()) {
            return Outcome.rejected(problems);
        }
        return tx.inTransaction(() -> {
            Indicator ind = Texts.clean(t.indicatorName()) != null
                    ? targets.indicator(t.indicatorName(), t.unit())
                    : targets.findIndicator(t.indicatorId()).orElse(null);
            if (ind == null) {
                return Outcome.rejected(Rejection.of("target.indicatorUnknown", "indicatorId", t.indicatorId()));
            }
            Target withInd = new Target(
                    t.id(),
                    ind.id(),
                    ind.name(),
                    t.documentId(),
                    t.comparator(),
                    t.plannedValue(),
                    t.plannedValueTo(),
                    t.unit(),
                    Period.normalize(t.period()),
                    Texts.clean(t.scope()),
                    t.spanStart(),
                    t.spanEnd());
            Target saved = withInd;
            if (t.id() == null) {
                saved = targets.insertTarget(withInd);
            } else {
                targets.updateTarget(withInd);
            }
            search.changed(RecordKind.TARGET, saved.id());
            return Outcome.ok(saved);
        });
    }

    public Outcome<Result> save(Result r) {
        if (Texts.clean(r.indicatorName()) == null && r.indicatorId() <= 0) {
            return Outcome.rejected(Rejection.of("target.indicatorRequired", "indicatorName"));
        }
        if (r.percentOfPlan() != null && r.percentOfPlan() < 0) {
            return Outcome.rejected(Rejection.of("result.percentNegative", "percentOfPlan", r.percentOfPlan()));
        }
        List<Rejection> tooLong = new ArrayList<>();
        TextLimits.field(Texts.clean(r.indicatorName()), TextLimits.INDICATOR_NAME, "indicatorName", tooLong);
        TextLimits.field(r.unit(), TextLimits.MEASURE_UNIT, "unit", tooLong);
        TextLimits.field(Texts.clean(r.period()), TextLimits.PERIOD, "period", tooLong);
        TextLimits.field(Texts.clean(r.reportingUnit()), TextLimits.SCOPE, "reportingUnit", tooLong);
        if (!tooLong.isEmpty()) {
            return Outcome.rejected(tooLong);
        }
        return tx.inTransaction(() -> {
            Indicator ind = Texts.clean(r.indicatorName()) != null
                    ? targets.indicator(r.indicatorName(), r.unit())
                    : targets.findIndicator(r.indicatorId()).orElse(null);
            if (ind == null) {
                return Outcome.rejected(Rejection.of("target.indicatorUnknown", "indicatorId", r.indicatorId()));
            }
            Result old = r.id() == null ? null : targets.findResult(r.id()).orElse(null);
            // a new value sent with the old percent (a form, a spreadsheet row): the percent is computed again
            boolean stale = old != null
                    && old.actualValue() != r.actualValue()
                    && java.util.Objects.equals(old.percentOfPlan(), r.percentOfPlan());
            Double percent = r.percentOfPlan() != null && !stale
                    ? r.percentOfPlan()
                    : planFor(ind.id(), r.period(), r.reportingUnit())
                            .map(t -> percentOf(r.actualValue(), t))
                            .orElse(null);
            Result withInd = new Result(
                    r.id(),
                    ind.id(),
                    ind.name(),
                    r.documentId(),
                    r.actualValue(),
                    r.unit(),
                    percent,
                    Period.normalize(r.period()),
                    Texts.clean(r.reportingUnit()),
                    r.reportingUnitId(),
                    r.spanStart(),
                    r.spanEnd());
            Result saved = withInd;
            if (r.id() == null) {
                saved = targets.insertResult(withInd);
            } else {
                targets.updateResult(withInd);
            }
            search.changed(RecordKind.RESULT, saved.id());
            return Outcome.ok(saved);
        });
    }

    /**
     * The target an actual value is measured against: same indicator and period (the same {@link Period#code()},
     * however each was written), and a scope that names the
     * reporting unit (none, or "toàn tỉnh", for a value of the whole agency). The last one entered wins.
     */
    public Optional<Target> planFor(long indicatorId, String period, String reportingUnit) {
        String p = Period.normalize(period);
        if (p == null) {
            return Optional.empty();
        }
        String unitKey = Texts.clean(reportingUnit) == null ? "" : Texts.key(reportingUnit);
        Target found = null;
        for (Target t : targets.listTargets(indicatorId, null, p, new PageRequest(0, PageRequest.MAX_SIZE))
                .items()) {
            String scope =
                    Texts.clean(t.scope()) == null || Texts.key(t.scope()).equals(WHOLE_PROVINCE)
                            ? ""
                            : Texts.key(t.scope());
            if (scope.equals(unitKey)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** "đạt 41,65% kế hoạch": for a plan to reach (≥, =) of more than zero; none for a ceiling or a range. */
    static Double percentOf(double actual, Target plan) {
        if (!("GTE".equals(plan.comparator()) || "EQ".equals(plan.comparator())) || plan.plannedValue() <= 0) {
            return null;
        }
        return Math.round(actual / plan.plannedValue() * 10000) / 100.0;
    }

    public boolean deleteTarget(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.TARGET, id);
            return targets.deleteTarget(id);
        });
    }

    public boolean deleteResult(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.RESULT, id);
            return targets.deleteResult(id);
        });
    }
}
