package vn.dondoc.domain.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.domain.workday.WorkingCalendar;

/**
 * Follow-up of a task: progress from the lead unit and the cooperating units, "đề nghị hoàn thành" approved by the
 * assigner, deadline extensions requested and decided, and the bucket the task is in on a given day.
 */
public final class FollowUpService {
    private final Tasks tasks;
    private final TaskService taskService;
    private final FollowUps followUps;
    private final Supplier<WorkingCalendar> calendar;
    private final Transactor tx;
    private final Clock clock;

    public FollowUpService(
            Tasks tasks,
            TaskService taskService,
            FollowUps followUps,
            Supplier<WorkingCalendar> calendar,
            Transactor tx,
            Clock clock) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.followUps = followUps;
        this.calendar = calendar;
        this.tx = tx;
        this.clock = clock;
    }

    /** The bucket of a task on {@code asOf}, on the calendar as announced now; empty for a cancelled task. */
    public Optional<TaskBucket> bucket(long taskId, LocalDate asOf) {
        Task t = task(taskId);
        return new Timeliness(calendar.get())
                .bucket(t.status(), t.deadline(), followUps.completedOn(taskId).orElse(null), asOf);
    }

    /**
     * A progress report. A cooperating unit's report is its part: kept in the history, it does not move the task's
     * own progress. The lead unit's report at 100 % closes the task that day, unless it proposes completion: then the
     * task waits, in progress, for the assigner's approval.
     */
    public Outcome<ProgressReport> report(
            long taskId, LocalDate day, Long unitId, int percent, String note, boolean proposeCompletion) {
        return tx.inTransaction(() -> {
            Task t = task(taskId);
            LocalDate on = day != null ? day : LocalDate.now(clock);
            boolean cooperating = unitId != null
                    && t.parties().stream()
                            .anyMatch(p -> unitId.equals(p.unitId()) && p.role() == PartyRole.COOPERATING)
                    && t.parties().stream().noneMatch(p -> unitId.equals(p.unitId()) && p.role() == PartyRole.LEAD);
            if (!cooperating && !proposeCompletion) {
                Outcome<ProgressReport> out = taskService.report(taskId, on, unitId, percent, note);
                if (out.isOk() && percent == 100) {
                    followUps.markCompleted(taskId, on);
                }
                return out;
            }
            List<Rejection> problems = new ArrayList<>();
            if (percent < 0 || percent > 100) {
                problems.add(Rejection.of("task.percentRange", "percent", percent));
            }
            if (!t.status().open()) {
                problems.add(Rejection.of("task.closed", "status", t.status()));
            }
            if (proposeCompletion && cooperating) {
                problems.add(Rejection.of("followup.proposalByLeadOnly", "proposeCompletion"));
            }
            if (proposeCompletion && pendingProposal(taskId).isPresent()) {
                problems.add(Rejection.of("followup.proposalPending", "proposeCompletion"));
            }
            TextLimits.field(note, TextLimits.NOTE, "note", problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            ProgressReport saved =
                    tasks.addReport(new ProgressReport(null, taskId, on, unitId, percent, Texts.clean(note)));
            if (proposeCompletion) {
                tasks.update(withStatus(t, TaskStatus.IN_PROGRESS, percent, t.deadline()));
                followUps.addProposal(
                        new CompletionProposal(null, taskId, saved.id(), on, unitId, Decision.PENDING, null, null));
            }
            return Outcome.ok(saved);
        });
    }

    /** The assigner's answer to "đề nghị hoàn thành": approved, the task is done from the day it was proposed. */
    public Outcome<CompletionProposal> decideCompletion(long proposalId, boolean approve, String answer) {
        return tx.inTransaction(() -> {
            CompletionProposal p = followUps
                    .findProposal(proposalId)
                    .orElseThrow(() -> new RecordNotFoundException("completionProposal", proposalId));
            if (p.decision() != Decision.PENDING) {
                return Outcome.rejected(Rejection.of("followup.alreadyDecided", "decision", p.decision()));
            }
            var badAnswer = TextLimits.problem(answer, TextLimits.NOTE, "answer");
            if (badAnswer.isPresent()) {
                return Outcome.rejected(badAnswer.get());
            }
            LocalDate today = LocalDate.now(clock);
            Decision d = approve ? Decision.APPROVED : Decision.REJECTED;
            if (approve) {
                Outcome<Task> done = taskService.changeStatus(p.taskId(), TaskStatus.DONE);
                if (done instanceof Outcome.Rejected<Task> r) {
                    return Outcome.rejected(r.reasons());
                }
                followUps.markCompleted(p.taskId(), p.proposedOn());
            }
            followUps.decideProposal(proposalId, d, today, Texts.clean(answer));
            return Outcome.ok(new CompletionProposal(
                    p.id(), p.taskId(), p.reportId(), p.proposedOn(), p.unitId(), d, today, Texts.clean(answer)));
        });
    }

    /** Asks for a later deadline; one request at a time, for an open task, later than the deadline in force. */
    public Outcome<Extension> requestExtension(long taskId, Long unitId, LocalDate newDeadline, String reason) {
        return tx.inTransaction(() -> {
            Task t = task(taskId);
            List<Rejection> problems = new ArrayList<>();
            if (!t.status().open()) {
                problems.add(Rejection.of("task.closed", "status", t.status()));
            }
            if (newDeadline == null) {
                problems.add(Rejection.of("followup.newDeadlineRequired", "newDeadline"));
            } else if (t.deadline() != null && !newDeadline.isAfter(t.deadline())) {
                problems.add(Rejection.of("followup.extensionNotLater", "newDeadline", newDeadline, t.deadline()));
            }
            if (Texts.clean(reason) == null) {
                problems.add(Rejection.of("followup.reasonRequired", "reason"));
            }
            TextLimits.field(reason, TextLimits.NOTE, "reason", problems);
            if (followUps.extensions(taskId).stream().anyMatch(e -> e.decision() == Decision.PENDING)) {
                problems.add(Rejection.of("followup.extensionPending", "newDeadline"));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            return Outcome.ok(followUps.addExtension(new Extension(
                    null,
                    taskId,
                    LocalDate.now(clock),
                    unitId,
                    t.deadline(),
                    newDeadline,
                    Texts.clean(reason),
                    Decision.PENDING,
                    null,
                    null)));
        });
    }

    /** The assigner's answer; approved, the new deadline is the one in force (the old stays in the history). */
    public Outcome<Extension> decideExtension(long extensionId, boolean approve, String answer) {
        return tx.inTransaction(() -> {
            Extension e = followUps
                    .findExtension(extensionId)
                    .orElseThrow(() -> new RecordNotFoundException("extension", extensionId));
            if (e.decision() != Decision.PENDING) {
                return Outcome.rejected(Rejection.of("followup.alreadyDecided", "decision", e.decision()));
            }
            var badAnswer = TextLimits.problem(answer, TextLimits.NOTE, "answer");
            if (badAnswer.isPresent()) {
                return Outcome.rejected(badAnswer.get());
            }
            LocalDate today = LocalDate.now(clock);
            Decision d = approve ? Decision.APPROVED : Decision.REJECTED;
            if (approve) {
                Task t = task(e.taskId());
                tasks.update(withStatus(t, t.status(), t.progress(), e.newDeadline()));
            }
            followUps.decideExtension(extensionId, d, today, Texts.clean(answer));
            return Outcome.ok(new Extension(
                    e.id(),
                    e.taskId(),
                    e.requestedOn(),
                    e.unitId(),
                    e.oldDeadline(),
                    e.newDeadline(),
                    e.reason(),
                    d,
                    today,
                    Texts.clean(answer)));
        });
    }

    /** Sets a deadline as written: "Quý II/2025" is due 30/6/2025; a recurring duty is due at its current period's end. */
    public Outcome<Task> stateDeadline(long taskId, String text) {
        var tooLong = TextLimits.problem(text == null ? null : text.strip(), TextLimits.DEADLINE_TEXT, "deadline");
        if (tooLong.isPresent()) {
            return Outcome.rejected(tooLong.get());
        }
        return tx.inTransaction(() -> {
            Task t = task(taskId);
            LocalDate from = t.startDate() != null ? t.startDate() : LocalDate.now(clock);
            Optional<Deadline> d = Deadline.parse(text, from);
            if (d.isEmpty()) {
                return Outcome.rejected(Rejection.of("followup.deadlineUnreadable", "deadline", String.valueOf(text)));
            }
            LocalDate due = d.get().recurring()
                    ? d.get().dueFor(LocalDate.now(clock))
                    : d.get().due();
            Task updated = withStatus(t, t.status(), t.progress(), due);
            tasks.update(updated);
            followUps.stateDeadline(taskId, d.get());
            return Outcome.ok(updated);
        });
    }

    /** Everything that happened to a task, oldest first. */
    public List<TimelineEntry> timeline(long taskId) {
        task(taskId);
        List<TimelineEntry> out = new ArrayList<>();
        for (ProgressReport r : tasks.reports(taskId)) {
            out.add(new TimelineEntry(
                    r.reportedOn(), TimelineEntry.Kind.REPORT, r.unitId(), r.percent(), null, r.note(), null, r.id()));
        }
        for (CompletionProposal p : followUps.proposals(taskId)) {
            out.add(new TimelineEntry(
                    p.proposedOn(),
                    TimelineEntry.Kind.COMPLETION_PROPOSED,
                    p.unitId(),
                    null,
                    null,
                    null,
                    Decision.PENDING,
                    null));
            if (p.decision() != Decision.PENDING) {
                out.add(new TimelineEntry(
                        p.decidedOn(),
                        TimelineEntry.Kind.COMPLETION_DECIDED,
                        null,
                        null,
                        null,
                        p.answer(),
                        p.decision(),
                        null));
            }
        }
        for (Extension e : followUps.extensions(taskId)) {
            out.add(new TimelineEntry(
                    e.requestedOn(),
                    TimelineEntry.Kind.EXTENSION_REQUESTED,
                    e.unitId(),
                    null,
                    e.newDeadline(),
                    e.reason(),
                    Decision.PENDING,
                    null));
            if (e.decision() != Decision.PENDING) {
                out.add(new TimelineEntry(
                        e.decidedOn(),
                        TimelineEntry.Kind.EXTENSION_DECIDED,
                        null,
                        null,
                        e.newDeadline(),
                        e.answer(),
                        e.decision(),
                        null));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::day, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private Optional<CompletionProposal> pendingProposal(long taskId) {
        return followUps.proposals(taskId).stream()
                .filter(p -> p.decision() == Decision.PENDING)
                .findFirst();
    }

    private Task task(long id) {
        return tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
    }

    private static Task withStatus(Task t, TaskStatus status, int progress, LocalDate deadline) {
        List<TaskParty> parties = t.parties();
        return new Task(
                t.id(),
                t.documentId(),
                t.text(),
                t.section(),
                t.startDate(),
                deadline,
                status,
                progress,
                parties,
                t.spanStart(),
                t.spanEnd());
    }
}
