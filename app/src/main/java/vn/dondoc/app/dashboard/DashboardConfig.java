package vn.dondoc.app.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.workday.WorkdayService;

@Configuration(proxyBeanMethods = false)
class DashboardConfig {
    @Bean
    DashboardService dashboardService(DashboardFigures figures, OrgUnits units, WorkdayService workdays) {
        return new DashboardService(figures, units, workdays::calendar);
    }
}
