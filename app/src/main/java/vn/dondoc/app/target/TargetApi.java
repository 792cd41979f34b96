package vn.dondoc.app.target;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Indicator;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.TargetService;
import vn.dondoc.domain.target.Targets;

/** REST: indicators, targets (planned values) and results (actual values). */
@RestController
@RequestMapping("/api")
public class TargetApi {
    private final Targets targets;
    private final TargetService service;

    private final Access access;
    private final OrgUnits units;

    TargetApi(Targets targets, TargetService service, Access access, OrgUnits units) {
        this.access = access;
        this.units = units;
        this.targets = targets;
        this.service = service;
    }

    public record TargetRequest(
            Long indicatorId,
            String indicator,
            Long documentId,
            String comparator,
            double plannedValue,
            Double plannedValueTo,
            String unit,
            String period,
            String scope) {}

    public record ResultRequest(
            Long indicatorId,
            String indicator,
            Long documentId,
            double actualValue,
            String unit,
            Double percentOfPlan,
            String period,
            String reportingUnit,
            Long reportingUnitId) {}

    @GetMapping("/indicators")
    public Page<Indicator> indicators(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return targets.listIndicators(q, PageRequest.of(page, size));
    }

    @GetMapping("/indicators/{id}")
    public Indicator indicator(@PathVariable long id) {
        return targets.findIndicator(id).orElseThrow(() -> new RecordNotFoundException("indicator", id));
    }

    @GetMapping("/targets")
    public Page<Target> listTargets(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return targets.listTargets(indicatorId, documentId, period, access.visibility(), PageRequest.of(page, size));
    }

    @GetMapping("/targets/{id}")
    public Target getTarget(@PathVariable long id) {
        return targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
    }

    @PostMapping("/targets")
    @ResponseStatus(HttpStatus.CREATED)
    public Target createTarget(@RequestBody TargetRequest r) {
        return RejectedException.unwrap(service.save(target(null, r)));
    }

    @PutMapping("/targets/{id}")
    public Target updateTarget(@PathVariable long id, @RequestBody TargetRequest r) {
        Target old = getTarget(id);
        Target t = target(id, r);
        return RejectedException.unwrap(service.save(new Target(
                id,
                t.indicatorId(),
                t.indicatorName(),
                t.documentId(),
                t.comparator(),
                t.plannedValue(),
                t.plannedValueTo(),
                t.unit(),
                t.period(),
                t.scope(),
                old.spanStart(),
                old.spanEnd())));
    }

    private static Target target(Long id, TargetRequest r) {
        return new Target(
                id,
                r.indicatorId() == null ? 0 : r.indicatorId(),
                r.indicator(),
                r.documentId(),
                r.comparator(),
                r.plannedValue(),
                r.plannedValueTo(),
                r.unit(),
                r.period(),
                r.scope(),
                null,
                null);
    }

    @DeleteMapping("/targets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteTarget(@PathVariable long id) {
        if (!service.deleteTarget(id)) {
            throw new RecordNotFoundException("target", id);
        }
    }

    @GetMapping("/results")
    public Page<Result> listResults(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return targets.listResults(indicatorId, documentId, period, access.visibility(), PageRequest.of(page, size));
    }

    @GetMapping("/results/{id}")
    public Result getResult(@PathVariable long id) {
        return targets.findResult(id).orElseThrow(() -> new RecordNotFoundException("result", id));
    }

    /**
     * An actual value for a unit: entered by those who may report for it (its staff, the clerk and leader of its
     * subtree); anyone else gets a 403 that names the unit. A unit given by name only is looked up in the org.
     */
    @PostMapping("/results")
    @ResponseStatus(HttpStatus.CREATED)
    public Result createResult(@RequestBody ResultRequest r) {
        Result result = result(null, r, null);
        access.requireReportFor(result.reportingUnitId(), result.reportingUnit());
        return RejectedException.unwrap(service.save(result));
    }

    @PutMapping("/results/{id}")
    public Result updateResult(@PathVariable long id, @RequestBody ResultRequest r) {
        Result old = getResult(id);
        Result result = result(id, r, old);
        if (!java.util.Objects.equals(old.reportingUnitId(), result.reportingUnitId())) {
            // moving a value to another unit is reporting for that unit
            access.requireReportFor(result.reportingUnitId(), result.reportingUnit());
        }
        return RejectedException.unwrap(service.save(result));
    }

    private Result result(Long id, ResultRequest r, Result old) {
        Long unitId = r.reportingUnitId();
        String unitName = r.reportingUnit();
        if (unitId != null) {
            unitName = units.find(unitId).map(OrgUnit::name).orElse(unitName);
        } else if (unitName != null && !unitName.isBlank()) {
            Optional<OrgUnit> named = units.findByNameOrAbbreviation(unitName.strip());
            unitId = named.map(OrgUnit::id).orElse(null);
        }
        return new Result(
                id,
                r.indicatorId() == null ? 0 : r.indicatorId(),
                r.indicator(),
                r.documentId(),
                r.actualValue(),
                r.unit(),
                r.percentOfPlan(),
                r.period(),
                unitName,
                unitId,
                old == null ? null : old.spanStart(),
                old == null ? null : old.spanEnd());
    }

    @DeleteMapping("/results/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteResult(@PathVariable long id) {
        if (!service.deleteResult(id)) {
            throw new RecordNotFoundException("result", id);
        }
    }
}
