package vn.dondoc.app.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.dondoc.app.web.ListPage;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/** REST: tasks, their status and their progress reports (history). */
@RestController
@RequestMapping("/api/tasks")
public class TaskApi {
    private final Tasks tasks;
    private final TaskService service;
    private final Clock clock;
    private final Access access;

    TaskApi(Tasks tasks, TaskService service, Clock clock, Access access) {
        this.tasks = tasks;
        this.service = service;
        this.clock = clock;
        this.access = access;
    }

    public record TaskRequest(
            String text,
            String section,
            LocalDate startDate,
            LocalDate deadline,
            List<Long> leadUnitIds,
            List<Long> cooperatingUnitIds,
            Long documentId) {
        TaskDraft draft() {
            return new TaskDraft(text, section, startDate, deadline, leadUnitIds, cooperatingUnitIds, documentId);
        }
    }

    public record StatusRequest(TaskStatus status) {}

    public record ReportRequest(LocalDate reportedOn, Long unitId, int percent, String note) {}

    /** A task with the flag the UI needs: overdue today. */
    public record TaskView(Task task, boolean overdue) {}

    @GetMapping
    public ListPage<TaskView> list(
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) LocalDate deadlineBefore,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String after) {
        LocalDate today = LocalDate.now(clock);
        return ListPage.of(tasks.list(
                        new TaskFilter(
                                        status,
                                        unitId,
                                        documentId,
                                        deadlineBefore,
                                        Boolean.TRUE.equals(overdue) ? today : null,
                                        q)
                                .visibleTo(access.visibility()),
                        PageRequest.of(page, size, after))
                .map(t -> new TaskView(t, t.overdueOn(today))));
    }

    @GetMapping("/{id}")
    public TaskView get(@PathVariable long id) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        return new TaskView(t, t.overdueOn(LocalDate.now(clock)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Task create(@RequestBody TaskRequest r) {
        requireOver(Action.CREATE, r);
        return RejectedException.unwrap(service.create(r.draft()));
    }

    @PutMapping("/{id}")
    public Task update(@PathVariable long id, @RequestBody TaskRequest r) {
        requireOver(Action.UPDATE, r);
        return RejectedException.unwrap(service.update(id, r.draft()));
    }

    @PostMapping("/{id}/status")
    public Task changeStatus(@PathVariable long id, @RequestBody StatusRequest r) {
        if (r.status() == null) {
            throw new IllegalArgumentException("status");
        }
        return RejectedException.unwrap(service.changeStatus(id, r.status()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        if (!service.delete(id)) {
            throw new RecordNotFoundException("task", id);
        }
    }

    /** The units a task is given to must lie where the person may act (AccessRules checked the old ones). */
    private void requireOver(Action action, TaskRequest r) {
        if (r.leadUnitIds() != null && !r.leadUnitIds().isEmpty()
                || r.cooperatingUnitIds() != null && !r.cooperatingUnitIds().isEmpty()) {
            access.require(
                    action,
                    "task",
                    Access.taskScope(
                            r.leadUnitIds() == null ? null : new java.util.HashSet<>(r.leadUnitIds()),
                            r.cooperatingUnitIds() == null ? null : new java.util.HashSet<>(r.cooperatingUnitIds())));
        }
    }

    @GetMapping("/{id}/reports")
    public List<ProgressReport> reports(@PathVariable long id) {
        get(id);
        return tasks.reports(id);
    }

    @PostMapping("/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    public ProgressReport report(@PathVariable long id, @RequestBody ReportRequest r) {
        access.requireReportingFor(id, r.unitId());
        return RejectedException.unwrap(service.report(id, r.reportedOn(), r.unitId(), r.percent(), r.note()));
    }
}
