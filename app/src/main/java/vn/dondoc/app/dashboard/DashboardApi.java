package vn.dondoc.app.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.org.OrgUnits;

/**
 * REST: the dashboard's figures as JSON — bucket counts in all, per unit and per program, completion rates,
 * overdue and soon-due tasks, results below plan, the week. {@code unit}: that unit's subtree; {@code program}:
 * the tasks of one document; {@code asOf}: the day of the view (today by default). Someone granted one unit
 * sees that unit's subtree unless they ask for another they may read.
 */
@RestController
public class DashboardApi {
    private final DashboardService dashboards;
    private final OrgUnits units;
    private final Clock clock;
    private final DashboardScope scope;

    DashboardApi(DashboardService dashboards, OrgUnits units, Clock clock, DashboardScope scope) {
        this.scope = scope;
        this.dashboards = dashboards;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/api/dashboard")
    public Dashboard dashboard(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long program,
            @RequestParam(required = false) LocalDate asOf) {
        if (unit != null && units.find(unit).isEmpty()) {
            throw new RecordNotFoundException("unit", unit);
        }
        return dashboards.build(
                asOf != null ? asOf : LocalDate.now(clock), scope.unitFor(unit), program, scope.visibility());
    }
}
