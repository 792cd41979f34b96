package vn.dondoc.app.overview;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * The home page: what needs attention today (overdue tasks, this week's calendar, the last imports)
 * rather than a redirect to a list.
 */
@HtmlPages
class OverviewPages {
    private static final PageRequest FIRST_FEW = new PageRequest(0, 8);
    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    private final Documents documents;
    private final Tasks tasks;
    private final Calendars calendars;
    private final ImportJobs jobs;
    private final Clock clock;

    private final Access access;

    OverviewPages(Documents documents, Tasks tasks, Calendars calendars, ImportJobs jobs, Clock clock, Access access) {
        this.access = access;
        this.documents = documents;
        this.tasks = tasks;
        this.calendars = calendars;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        var visible = access.visibility();
        var overdue = tasks.list(new TaskFilter(null, null, null, null, today, null).visibleTo(visible), FIRST_FEW);
        var week = calendars.listEvents(monday, sunday, null, null, visible, new PageRequest(0, 50));
        model.addAttribute("today", today);
        model.addAttribute("weekFrom", monday);
        model.addAttribute("weekTo", sunday);
        // a province's lists are counted up to a bound: "more than 10,000" rather than every row read
        var documentCount = documents.list(new DocumentFilter(null, null, null, null, null, visible), COUNT_ONLY);
        model.addAttribute("documentCount", documentCount.total());
        model.addAttribute("documentCountMore", documentCount.totalIsBound());
        var opened = tasks.list(new TaskFilter(TaskStatus.NEW, null, null, null, null, null, visible), COUNT_ONLY);
        var started =
                tasks.list(new TaskFilter(TaskStatus.IN_PROGRESS, null, null, null, null, null, visible), COUNT_ONLY);
        model.addAttribute("openCount", opened.total() + started.total());
        model.addAttribute("openCountMore", opened.totalIsBound() || started.totalIsBound());
        model.addAttribute("overdue", overdue);
        model.addAttribute("week", week);
        model.addAttribute(
                "batches", jobs.batches(new PageRequest(0, 5), visible).items());
        return "overview/home";
    }
}
