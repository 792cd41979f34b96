package vn.dondoc.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.Search;

/** A unit's actual value measured against its target: "giải quyết việc làm 9.997 người, đạt 41,65% kế hoạch". */
class TargetServiceTest {
    private final Memory store = new Memory();
    private final TargetService service = new TargetService(
            store,
            (Search) Proxy.newProxyInstance(
                    Search.class.getClassLoader(), new Class<?>[] {Search.class}, (p, m, a) -> null),
            Transactor.direct());

    private Target target(String comparator, double planned, String period, String scope) {
        return service.save(new Target(
                        null,
                        0,
                        "giải quyết việc làm",
                        null,
                        comparator,
                        planned,
                        null,
                        "người",
                        period,
                        scope,
                        null,
                        null))
                .orElseThrow();
    }

    private Result report(Long id, double actual, Double percent, String period, String unit) {
        return service.save(new Result(
                        id, 0, "giải quyết việc làm", null, actual, "người", percent, period, unit, null, null, null))
                .orElseThrow();
    }

    @Test
    void aValueWithoutAStatedPercentGetsItFromTheTargetOfItsUnitAndPeriod() {
        target("GTE", 24000, "2025", "Toàn tỉnh");
        target("GTE", 5000, "2025", "Phòng Lao động - Việc làm");
        target("GTE", 20000, "2024", null);
        assertThat(report(null, 9997, null, "2025", null).percentOfPlan()).isEqualTo(41.65);
        assertThat(report(null, 2500, null, "2025", "Phòng Lao động - Việc làm").percentOfPlan())
                .isEqualTo(50.0);
        assertThat(report(null, 100, null, "2025", "Thanh tra Sở").percentOfPlan())
                .isNull();
        assertThat(report(null, 100, null, null, null).percentOfPlan()).isNull();
    }

    @Test
    void aStatedPercentStandsUntilTheValueChangesUnderIt() {
        target("GTE", 24000, "2025", null);
        Result stated = report(null, 9997, 41.7, "2025", null);
        assertThat(stated.percentOfPlan()).isEqualTo(41.7);
        Result sameValue = report(stated.id(), 9997, 41.7, "2025", null);
        assertThat(sameValue.percentOfPlan()).isEqualTo(41.7);
        Result newValue = report(stated.id(), 12000, 41.7, "2025", null);
        assertThat(newValue.percentOfPlan()).isEqualTo(50.0);
    }

    @Test
    void aCeilingOrAZeroPlanGivesNoPercent() {
        target("LTE", 3, "2025", "Phòng Kế hoạch - Tài chính");
        target("GTE", 0, "2025", "Thanh tra Sở");
        assertThat(report(null, 2.5, null, "2025", "Phòng Kế hoạch - Tài chính").percentOfPlan())
                .isNull();
        assertThat(report(null, 4, null, "2025", "Thanh tra Sở").percentOfPlan())
                .isNull();
    }

    /** Indicators, targets and results in maps. */
    static final class Memory implements Targets {
        private final Map<String, Indicator> indicators = new LinkedHashMap<>();
        private final Map<Long, Target> targets = new LinkedHashMap<>();
        private final Map<Long, Result> results = new LinkedHashMap<>();
        private long next = 1;

        @Override
        public Indicator indicator(String name, String unit) {
            return indicators.computeIfAbsent(Texts.key(name), k -> new Indicator(next++, Texts.clean(name), unit));
        }

        @Override
        public Optional<Indicator> findIndicator(long id) {
            return indicators.values().stream().filter(i -> i.id() == id).findFirst();
        }

        @Override
        public Page<Indicator> listIndicators(String nameContains, PageRequest page) {
            return new Page<>(List.copyOf(indicators.values()), 0, page.size(), indicators.size());
        }

        @Override
        public Target insertTarget(Target t) {
            Target saved = new Target(
                    next++,
                    t.indicatorId(),
                    t.indicatorName(),
                    t.documentId(),
                    t.comparator(),
                    t.plannedValue(),
                    t.plannedValueTo(),
                    t.unit(),
                    t.period(),
                    t.scope(),
                    t.spanStart(),
                    t.spanEnd());
            targets.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<Target> findTarget(long id) {
            return Optional.ofNullable(targets.get(id));
        }

        @Override
        public Page<Target> listTargets(
                Long indicatorId,
                Long documentId,
                String period,
                vn.dondoc.domain.access.Visibility visible,
                PageRequest page) {
            List<Target> out = new ArrayList<>();
            for (Target t : targets.values()) {
                if ((indicatorId == null || t.indicatorId() == indicatorId)
                        && (period == null || period.equals(t.period()))) {
                    out.add(t);
                }
            }
            return new Page<>(out, 0, page.size(), out.size());
        }

        @Override
        public void updateTarget(Target t) {
            targets.put(t.id(), t);
        }

        @Override
        public boolean deleteTarget(long id) {
            return targets.remove(id) != null;
        }

        @Override
        public Result insertResult(Result r) {
            Result saved = new Result(
                    next++,
                    r.indicatorId(),
                    r.indicatorName(),
                    r.documentId(),
                    r.actualValue(),
                    r.unit(),
                    r.percentOfPlan(),
                    r.period(),
                    r.reportingUnit(),
                    r.reportingUnitId(),
                    r.spanStart(),
                    r.spanEnd());
            results.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Optional<Result> findResult(long id) {
            return Optional.ofNullable(results.get(id));
        }

        @Override
        public Page<Result> listResults(
                Long indicatorId,
                Long documentId,
                String period,
                vn.dondoc.domain.access.Visibility visible,
                PageRequest page) {
            return new Page<>(List.copyOf(results.values()), 0, page.size(), results.size());
        }

        @Override
        public void updateResult(Result r) {
            results.put(r.id(), r);
        }

        @Override
        public boolean deleteResult(long id) {
            return results.remove(id) != null;
        }
    }
}
