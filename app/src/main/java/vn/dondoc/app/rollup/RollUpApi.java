package vn.dondoc.app.rollup;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
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
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.CriteriaEvaluation;
import vn.dondoc.domain.target.Criterion;
import vn.dondoc.domain.target.IndicatorRule;
import vn.dondoc.domain.target.IndicatorRules;
import vn.dondoc.domain.target.RollUpService;
import vn.dondoc.domain.target.Targets;

/**
 * REST: an indicator's rule (direction, aggregation, numerator and denominator, weight), its values rolled up the
 * org tree for a period with plan and percent of plan, and criteria thresholds evaluated per unit and year.
 */
@RestController
@RequestMapping("/api")
public class RollUpApi {
    private final RollUpService service;
    private final IndicatorRules rules;
    private final Access access;
    private final Targets targets;

    RollUpApi(RollUpService service, IndicatorRules rules, Access access, Targets targets) {
        this.service = service;
        this.rules = rules;
        this.access = access;
        this.targets = targets;
    }

    @Configuration(proxyBeanMethods = false)
    static class RollUpConfig {
        @Bean
        RollUpService rollUpService(IndicatorRules rules, Targets targets, OrgUnits units, Access access) {
            return new RollUpService(rules, targets, units, access.policy());
        }
    }

    public record RuleRequest(
            IndicatorRule.Direction direction,
            IndicatorRule.Aggregation aggregation,
            Long numeratorId,
            Long denominatorId,
            Long weightIndicatorId) {}

    public record CriterionRequest(String name, long indicatorId, String comparator, double threshold, String level) {}

    @GetMapping("/indicators/{id}/rule")
    public IndicatorRule rule(@PathVariable long id) {
        return service.ruleOf(id);
    }

    @PutMapping("/indicators/{id}/rule")
    public IndicatorRule saveRule(@PathVariable long id, @RequestBody RuleRequest r) {
        service.ruleOf(id); // 404 for an unknown indicator, before who may change it
        access.requireIndicatorRule(service.mayChangeRule(Access.currentActor(), id));
        return RejectedException.unwrap(service.saveRule(
                new IndicatorRule(
                        id, r.direction(), r.aggregation(), r.numeratorId(), r.denominatorId(), r.weightIndicatorId()),
                Access.currentActor()));
    }

    @GetMapping("/indicators/{id}/rollup")
    public List<RollUpService.Line> rollUp(
            @PathVariable long id, @RequestParam String period, @RequestParam long root) {
        // figures of a unit are read like its records: the root's subtree must be the person's (or everything)
        access.requireSeen("unit", access.visibility().seesUnit(root));
        return service.rollUp(id, period, root);
    }

    @GetMapping("/criteria")
    public List<Criterion> criteria() {
        return rules.criteria();
    }

    @PostMapping("/criteria")
    @ResponseStatus(HttpStatus.CREATED)
    public Criterion addCriterion(@RequestBody CriterionRequest r) {
        if (targets.findIndicator(r.indicatorId()).isPresent()) {
            access.requireIndicatorRule(service.mayChangeRule(Access.currentActor(), r.indicatorId()));
        }
        return RejectedException.unwrap(service.addCriterion(
                new Criterion(null, r.name(), r.indicatorId(), r.comparator(), r.threshold(), r.level()),
                Access.currentActor()));
    }

    @GetMapping("/criteria/evaluation")
    public List<CriteriaEvaluation.Line> evaluate(
            @RequestParam String year, @RequestParam(required = false) String kind) {
        return service.evaluate(year, kind, access.visibility());
    }
}
