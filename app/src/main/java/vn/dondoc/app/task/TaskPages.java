package vn.dondoc.app.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskParty;
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
        model.addAttribute("readableDocuments", readableDocuments(p.items()));
        model.addAttribute("mayCreate", access.policy().allowsSomewhere(Access.currentActor(), Action.CREATE));
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
        // what the page offers is what the person may do: no button that answers 403
        var scope = access.task(id);
        model.addAttribute("mayChangeStatus", access.allows(Action.CHANGE_STATUS, scope));
        model.addAttribute("mayReport", access.allows(Action.POST_PROGRESS, scope));
        model.addAttribute("mayEdit", access.allows(Action.UPDATE, scope));
        model.addAttribute("readableDocuments", readableDocuments(List.of(t)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "task/task";
    }

    /** A new task, typed in (for a document when {@code documentId} is given): text, dates, lead and cooperating units. */
    @GetMapping("/tasks/new")
    String newTask(@RequestParam(required = false) Long documentId, Model model) {
        // checked here, not as a rule: a rule other than READ would log the visit as a change
        access.requireSomewhere(Action.CREATE, "task");
        return form(model, null, new TaskDraft("", null, null, null, List.of(), List.of(), documentId), List.of());
    }

    /** A task's text, dates and units changed by hand. */
    @GetMapping("/tasks/{id}/edit")
    String editTask(@PathVariable long id, Model model) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        access.require(Action.UPDATE, "task", access.task(id));
        return form(
                model,
                id,
                new TaskDraft(
                        t.text(),
                        t.section(),
                        t.startDate(),
                        t.deadline(),
                        ids(t.lead()),
                        ids(t.cooperating()),
                        t.documentId()),
                List.of());
    }

    /** Saves the form: a new task when there is no id; refused, the form again with the reasons and what was typed. */
    @PostMapping("/tasks/save")
    String saveTask(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) LocalDate startDate,
            @RequestParam(required = false) LocalDate deadline,
            @RequestParam(required = false) List<Long> lead,
            @RequestParam(required = false) List<Long> cooperating,
            @RequestParam(required = false) Long documentId,
            Model model) {
        Task old = id == null ? null : tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        TaskDraft draft = new TaskDraft(
                text, old == null ? null : old.section(), startDate, deadline, lead, cooperating, documentId);
        if (old != null) {
            access.require(Action.UPDATE, "task", access.task(id));
        }
        if (!draft.leadUnitIds().isEmpty() || !draft.cooperatingUnitIds().isEmpty()) {
            // the units chosen must be ones the person may give tasks to (the API's rule)
            access.require(
                    old == null ? Action.CREATE : Action.UPDATE,
                    "task",
                    Access.taskScope(Set.copyOf(draft.leadUnitIds()), Set.copyOf(draft.cooperatingUnitIds())));
        }
        Outcome<Task> out = old == null ? taskService.create(draft) : taskService.update(id, draft);
        if (out instanceof Outcome.Rejected<Task> r) {
            return form(model, id, draft, messages.rejections(r.reasons()));
        }
        return "redirect:/tasks/" + ((Outcome.Ok<Task>) out).value().id();
    }

    private String form(Model model, Long id, TaskDraft draft, List<String> problems) {
        model.addAttribute("id", id);
        model.addAttribute("form", draft);
        model.addAttribute("units", units.all());
        model.addAttribute("problems", problems);
        return "task/form";
    }

    private static List<Long> ids(List<TaskParty> parties) {
        return parties.stream().map(TaskParty::unitId).filter(Objects::nonNull).toList();
    }

    /** The documents of these tasks the person may open: the others are named, not linked (a link would answer 403). */
    private Set<Long> readableDocuments(List<Task> shown) {
        return shown.stream()
                .map(Task::documentId)
                .filter(Objects::nonNull)
                .distinct()
                .filter(d -> access.allows(Action.READ, access.document(d)))
                .collect(Collectors.toSet());
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
