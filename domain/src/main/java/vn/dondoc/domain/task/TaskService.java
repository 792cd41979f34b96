package vn.dondoc.domain.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/** Use cases of tasks: the rules (dates, units, status transitions, progress) live here; search follows every change. */
public final class TaskService {
    /** More units than any province has: a request naming more is refused, not stored. */
    public static final int MAX_PARTIES = 500;
    /** The years a task's dates may fall in: four-digit years, as every date field offers. */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 9999;
    private final Tasks tasks;
    private final OrgUnits units;
    private final Search search;
    private final Transactor tx;
    private final Clock clock;

    public TaskService(Tasks tasks, OrgUnits units, Search search, Transactor tx, Clock clock) {
        this.tasks = tasks;
        this.units = units;
        this.search = search;
        this.tx = tx;
        this.clock = clock;
    }

    public Outcome<Task> create(TaskDraft draft) {
        return tx.inTransaction(() -> {
            List<Rejection> problems = new ArrayList<>();
            List<TaskParty> parties = check(draft, problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            LocalDate start = draft.startDate() != null ? draft.startDate() : LocalDate.now(clock);
            Task saved = tasks.insert(new Task(
                    null,
                    draft.documentId(),
                    Texts.clean(draft.text()),
                    Texts.clean(draft.section()),
                    start,
                    draft.deadline(),
                    TaskStatus.NEW,
                    0,
                    parties,
                    null,
                    null));
            search.changed(RecordKind.TASK, saved.id());
            return Outcome.ok(saved);
        });
    }

    public Outcome<Task> update(long id, TaskDraft draft) {
        return tx.inTransaction(() -> {
            Task old = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
            List<Rejection> problems = new ArrayList<>();
            List<TaskParty> parties = check(draft, problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            Task updated = new Task(
                    id,
                    old.documentId(),
                    Texts.clean(draft.text()),
                    Texts.clean(draft.section()),
                    draft.startDate() != null ? draft.startDate() : old.startDate(),
                    draft.deadline(),
                    old.status(),
                    old.progress(),
                    parties.isEmpty() ? old.parties() : parties,
                    old.spanStart(),
                    old.spanEnd());
            tasks.update(updated);
            if (unitsOf(updated).equals(unitsOf(old))) {
                search.changedAlone(RecordKind.TASK, id); // the same units read its document: only the task
            } else {
                search.changed(RecordKind.TASK, id);
            }
            return Outcome.ok(updated);
        });
    }

    public Outcome<Task> changeStatus(long id, TaskStatus target) {
        return tx.inTransaction(() -> {
            Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
            if (t.status() == target) {
                return Outcome.ok(t);
            }
            if (!t.status().canMoveTo(target)) {
                return Outcome.rejected(Rejection.of("task.statusTransition", "status", t.status(), target));
            }
            int progress = target == TaskStatus.DONE ? 100 : t.progress();
            Task updated = new Task(
                    t.id(),
                    t.documentId(),
                    t.text(),
                    t.section(),
                    t.startDate(),
                    t.deadline(),
                    target,
                    progress,
                    t.parties(),
                    t.spanStart(),
                    t.spanEnd());
            save(updated);
            return Outcome.ok(updated);
        });
    }

    /** A progress report: kept in the history; moves a NEW task to IN_PROGRESS and 100% to DONE. */
    public Outcome<ProgressReport> report(long taskId, LocalDate day, Long unitId, int percent, String note) {
        return tx.inTransaction(() -> {
            Task t = tasks.find(taskId).orElseThrow(() -> new RecordNotFoundException("task", taskId));
            List<Rejection> problems = new ArrayList<>();
            if (percent < 0 || percent > 100) {
                problems.add(Rejection.of("task.percentRange", "percent", percent));
            }
            if (!t.status().open()) {
                problems.add(Rejection.of("task.closed", "status", t.status()));
            }
            if (unitId != null && units.find(unitId).isEmpty()) {
                problems.add(Rejection.of("unit.unknown", "unitId", unitId));
            }
            TextLimits.field(note, TextLimits.NOTE, "note", problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            LocalDate on = day != null ? day : LocalDate.now(clock);
            ProgressReport saved =
                    tasks.addReport(new ProgressReport(null, taskId, on, unitId, percent, Texts.clean(note)));
            TaskStatus status = percent == 100 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
            save(new Task(
                    t.id(),
                    t.documentId(),
                    t.text(),
                    t.section(),
                    t.startDate(),
                    t.deadline(),
                    status,
                    percent,
                    t.parties(),
                    t.spanStart(),
                    t.spanEnd()));
            return Outcome.ok(saved);
        });
    }

    public boolean delete(long id) {
        return tx.inTransaction(() -> {
            // the index hears of a deletion only when there was one (a 404 changes nothing)
            boolean deleted = tasks.delete(id);
            if (deleted) {
                search.changed(RecordKind.TASK, id);
            }
            return deleted;
        });
    }

    /** A change of status or progress: what the index holds about the task's document stays the same. */
    private void save(Task changed) {
        tasks.update(changed);
        search.changedAlone(RecordKind.TASK, changed.id());
    }

    private static java.util.Set<Long> unitsOf(Task t) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        t.parties().forEach(p -> out.add(p.unitId()));
        return out;
    }

    private List<TaskParty> check(TaskDraft draft, List<Rejection> problems) {
        if (Texts.clean(draft.text()) == null) {
            problems.add(Rejection.of("task.textRequired", "text"));
        }
        TextLimits.field(draft.text(), TextLimits.TASK_TEXT, "text", problems);
        TextLimits.field(Texts.clean(draft.section()), TextLimits.TASK_SECTION, "section", problems);
        for (var date : java.util.Arrays.asList(draft.startDate(), draft.deadline())) {
            // year 999999999 is valid JSON and a valid LocalDate, and breaks every calendar computed from it
            if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
                problems.add(Rejection.of(
                        "task.dateOutOfRange",
                        date == draft.deadline() ? "deadline" : "startDate",
                        date,
                        String.valueOf(MIN_YEAR),
                        String.valueOf(MAX_YEAR)));
            }
        }
        if (draft.startDate() != null
                && draft.deadline() != null
                && draft.deadline().isBefore(draft.startDate())) {
            problems.add(Rejection.of("task.deadlineBeforeStart", "deadline", draft.deadline(), draft.startDate()));
        }
        List<TaskParty> parties = new ArrayList<>();
        int named = draft.leadUnitIds().size() + draft.cooperatingUnitIds().size();
        if (named > MAX_PARTIES) {
            // a province has a few hundred units; thousands of ids are an attack or a bug, not a task
            problems.add(Rejection.of("task.tooManyUnits", "leadUnitIds", MAX_PARTIES, named));
            return parties;
        }
        addParties(PartyRole.LEAD, draft.leadUnitIds(), parties, problems);
        addParties(PartyRole.COOPERATING, draft.cooperatingUnitIds(), parties, problems);
        return parties;
    }

    private void addParties(PartyRole role, List<Long> ids, List<TaskParty> into, List<Rejection> problems) {
        for (Long unitId : ids) {
            Optional<OrgUnit> u = unitId == null ? Optional.empty() : units.find(unitId);
            if (u.isEmpty()) {
                problems.add(Rejection.of(
                        "unit.unknown", role == PartyRole.LEAD ? "leadUnitIds" : "cooperatingUnitIds", unitId));
            } else {
                into.add(new TaskParty(
                        role, u.get().name(), u.get().id(), u.get().name()));
            }
        }
    }
}
