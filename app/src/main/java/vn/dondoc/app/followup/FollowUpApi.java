package vn.dondoc.app.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.followup.CompletionProposal;
import vn.dondoc.domain.followup.Deadline;
import vn.dondoc.domain.followup.Extension;
import vn.dondoc.domain.followup.FollowUpService;
import vn.dondoc.domain.followup.FollowUps;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.domain.followup.TimelineEntry;
import vn.dondoc.domain.followup.Timeliness;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.domain.workday.WorkdayService;

/**
 * REST: a task's follow-up — its bucket on a day, the deadline in force (moved past days off), its timeline;
 * progress with "đề nghị hoàn thành", extensions, and the assigner's answers.
 */
@RestController
@RequestMapping("/api")
public class FollowUpApi {
    private final Tasks tasks;
    private final FollowUps followUps;
    private final FollowUpService service;
    private final WorkdayService workdays;
    private final Clock clock;

    FollowUpApi(Tasks tasks, FollowUps followUps, FollowUpService service, WorkdayService workdays, Clock clock) {
        this.tasks = tasks;
        this.followUps = followUps;
        this.service = service;
        this.workdays = workdays;
        this.clock = clock;
    }

    /** {@code bucket} null for a cancelled task; {@code dueOn}: the deadline moved to a working day. */
    public record FollowUpView(long taskId, LocalDate asOf, TaskBucket bucket, LocalDate deadline, LocalDate dueOn,
                               String statedDeadline, Deadline.Every recurrence, LocalDate completedOn,
                               List<TimelineEntry> timeline, List<Extension> extensions,
                               List<CompletionProposal> proposals) {
    }

    public record ProgressRequest(LocalDate reportedOn, Long unitId, int percent, String note, Boolean proposeCompletion) {
    }

    public record ExtensionRequest(Long unitId, LocalDate newDeadline, String reason) {
    }

    public record DecisionRequest(Boolean approve, String answer) {
    }

    public record DeadlineRequest(String text) {
    }

    @GetMapping("/tasks/{id}/followup")
    public FollowUpView followUp(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        Timeliness timeliness = new Timeliness(workdays.calendar());
        LocalDate completed = followUps.completedOn(id).orElse(null);
        var stated = followUps.statedDeadline(id);
        return new FollowUpView(id, day, timeliness.bucket(t.status(), t.deadline(), completed, day).orElse(null),
                t.deadline(), timeliness.dueOn(t.deadline()), stated.map(Deadline::text).orElse(null),
                stated.map(Deadline::every).orElse(null), completed, service.timeline(id), followUps.extensions(id),
                followUps.proposals(id));
    }

    @PostMapping("/tasks/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    public ProgressReport progress(@PathVariable long id, @RequestBody ProgressRequest r) {
        return RejectedException.unwrap(service.report(id, r.reportedOn(), r.unitId(), r.percent(), r.note(),
                Boolean.TRUE.equals(r.proposeCompletion())));
    }

    @PutMapping("/tasks/{id}/deadline")
    public Task stateDeadline(@PathVariable long id, @RequestBody DeadlineRequest r) {
        return RejectedException.unwrap(service.stateDeadline(id, r.text()));
    }

    @PostMapping("/tasks/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    public Extension requestExtension(@PathVariable long id, @RequestBody ExtensionRequest r) {
        return RejectedException.unwrap(service.requestExtension(id, r.unitId(), r.newDeadline(), r.reason()));
    }

    @PostMapping("/extensions/{id}/decision")
    public Extension decideExtension(@PathVariable long id, @RequestBody DecisionRequest r) {
        return RejectedException.unwrap(service.decideExtension(id, Boolean.TRUE.equals(r.approve()), r.answer()));
    }

    @PostMapping("/completions/{id}/decision")
    public CompletionProposal decideCompletion(@PathVariable long id, @RequestBody DecisionRequest r) {
        return RejectedException.unwrap(service.decideCompletion(id, Boolean.TRUE.equals(r.approve()), r.answer()));
    }
}
