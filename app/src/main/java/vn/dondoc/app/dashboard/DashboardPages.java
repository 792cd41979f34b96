package vn.dondoc.app.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.domain.org.OrgUnits;

/** The dashboards: the leader's (everything), a unit's (its subtree), a program's (one document's tasks). */
@HtmlPages
class DashboardPages {
    private final DashboardService dashboards;
    private final DashboardFigures figures;
    private final OrgUnits units;
    private final Clock clock;
    private final DashboardScope scope;

    DashboardPages(
            DashboardService dashboards, DashboardFigures figures, OrgUnits units, Clock clock, DashboardScope scope) {
        this.scope = scope;
        this.dashboards = dashboards;
        this.figures = figures;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long program,
            @RequestParam(required = false) LocalDate asOf,
            Model model) {
        Long unitId = scope.unitFor(unit != null && units.find(unit).isPresent() ? unit : null);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        model.addAttribute("d", dashboards.build(day, unitId, program, scope.visibility()));
        model.addAttribute("buckets", TaskBucket.values());
        model.addAttribute("units", units.all());
        model.addAttribute("programs", figures.programs(scope.visibility()));
        model.addAttribute("unit", unitId);
        model.addAttribute("program", program);
        model.addAttribute(
                "unitName",
                unitId == null ? null : units.find(unitId).orElseThrow().name());
        return "dashboard/dashboard";
    }
}
