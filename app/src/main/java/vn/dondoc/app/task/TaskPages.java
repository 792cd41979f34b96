package vn.dondoc.app.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.Params;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/** The task list with its filters, and a task's page with its status and progress reports. */
@HtmlPages
class TaskPages {
    private final Tasks tasks;
    private final TaskService taskService;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;

    private final Access access;

    TaskPages(Tasks tasks, TaskService taskService, OrgUnits units, Messages messages, Clock clock, Access access) {
        this.access = access;
        this.tasks = tasks;
        this.taskService = taskService;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String tasks(
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        Page<Task> p = tasks.list(
                new TaskFilter(status, unitId, null, null, overdue ? today : null, null).visibleTo(access.visibility()),
                new PageRequest(Math.max(0, page), 50, after));
        model.addAttribute("page", p);
        model.addAttribute("pages", Params.pageCount(p));
        model.addAttribute("today", today);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("units", units.all());
        model.addAttribute("unitId", unitId);
        return "task/tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        model.addAttribute("t", t);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reports", tasks.reports(id));
        model.addAttribute("next", t.status().next());
        model.addAttribute("units", units.all());
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "task/task";
    }

    @PostMapping("/tasks/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam TaskStatus status, Model model) {
        var out = taskService.changeStatus(id, status);
        if (out instanceof Outcome.Rejected<Task> r) {
            model.addAttribute("problems", messages.rejections(r.reasons()));
            return task(id, model);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/reports")
    String report(
            @PathVariable long id,
            @RequestParam int percent,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String note,
            Model model) {
        access.requireReportingFor(id, unitId);
        var out = taskService.report(id, null, unitId, percent, note);
        if (out instanceof Outcome.Rejected<?> r) {
            model.addAttribute("problems", messages.rejections(r.reasons()));
            return task(id, model);
        }
        return "redirect:/tasks/" + id;
    }
}
