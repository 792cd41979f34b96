package vn.dondoc.app.publicdashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.dashboard.PublicDashboardSetting;
import vn.dondoc.domain.followup.TaskBucket;

/**
 * The public dashboard (issue 11, item 6): the agency's aggregate figures for everyone, no sign-in, read-only, when
 * an administrator has turned it on ({@code /quan-tri/cong-khai}); while off, its address answers as an unknown one.
 */
@HtmlPages
class PublicDashboardPages {
    static final String PATH = "/cong-khai/tong-quan";
    private final PublicDashboardSetting setting;
    private final DashboardService dashboards;
    private final Messages messages;
    private final Clock clock;

    PublicDashboardPages(PublicDashboardSetting setting, DashboardService dashboards, Messages messages, Clock clock) {
        this.setting = setting;
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ModelAndView dashboard(HttpServletRequest request) {
        if (!setting.enabled()) {
            // the same page as any address nothing answers: nothing says a dashboard is behind it
            ModelAndView mv = new ModelAndView("notfound");
            mv.addObject("title", messages.get("problem.notFound.title"));
            mv.addObject("detail", messages.get("page.unknown", request.getRequestURI()));
            mv.setStatus(HttpStatus.NOT_FOUND);
            return mv;
        }
        ModelAndView mv = new ModelAndView("publicdashboard/dashboard");
        mv.addObject("f", PublicFigures.of(dashboards.build(LocalDate.now(clock), null, null)));
        mv.addObject("buckets", TaskBucket.values());
        return mv;
    }

    /** The administrator's switch; the change is written to the audit trail (AccessRules: ADMINISTER). */
    @GetMapping("/quan-tri/cong-khai")
    String settings(Model model) {
        model.addAttribute("enabled", setting.enabled());
        model.addAttribute("path", PATH);
        return "publicdashboard/settings";
    }

    @PostMapping("/quan-tri/cong-khai")
    String change(@RequestParam boolean enabled) {
        setting.enable(enabled);
        return "redirect:/quan-tri/cong-khai";
    }
}
