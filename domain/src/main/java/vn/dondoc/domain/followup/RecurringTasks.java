package vn.dondoc.domain.followup;

import java.time.Clock;
import java.time.LocalDate;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * A recurring duty has one task per period. When a period rolls over, the next instance is created: the latest
 * instance's text, program and units, due at the end of the new period, starting the day after the last one ended.
 * Periods missed (the server was off) are created too, one task each. Running it again the same day creates
 * nothing: an instance is made once per series and period. The instances before stay as they are, so one
 * left undone is overdue in its own period.
 */
public final class RecurringTasks {
    private final Recurrences recurrences;
    private final Tasks tasks;
    private final Search search;
    private final Transactor tx;
    private final Clock clock;

    public RecurringTasks(Recurrences recurrences, Tasks tasks, Search search, Transactor tx, Clock clock) {
        this.recurrences = recurrences;
        this.tasks = tasks;
        this.search = search;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates the instances due by now; how many were created. */
    public int rollOver() {
        return rollOver(LocalDate.now(clock));
    }

    /** Creates, for each running series, the instances of the periods after its latest one up to the one of {@code today}. */
    public int rollOver(LocalDate today) {
        int created = 0;
        for (Recurrences.Series s : recurrences.running()) {
            created += tx.inTransaction(() -> rollOver(s, today));
        }
        return created;
    }

    private int rollOver(Recurrences.Series s, LocalDate today) {
        Deadline.Every every = s.deadline().every();
        if (every == null || s.latestDue() == null || !today.isAfter(s.latestDue())) {
            return 0;
        }
        Task template = tasks.find(s.latestTaskId()).orElse(null);
        if (template == null) {
            return 0;
        }
        LocalDate current = Deadline.periodEnd(every, today);
        LocalDate previous = s.latestDue();
        int created = 0;
        for (LocalDate due = Deadline.periodEnd(every, previous.plusDays(1));
                !due.isAfter(current);
                due = Deadline.periodEnd(every, due.plusDays(1))) {
            if (!recurrences.hasInstance(s.rootId(), due)) {
                Task made = tasks.insert(new Task(
                        null,
                        template.documentId(),
                        template.text(),
                        template.section(),
                        previous.plusDays(1),
                        due,
                        TaskStatus.NEW,
                        0,
                        template.parties(),
                        template.spanStart(),
                        template.spanEnd()));
                recurrences.markInstance(made.id(), s.rootId(), due, s.deadline());
                search.changed(RecordKind.TASK, made.id());
                created++;
            }
            previous = due;
        }
        return created;
    }
}
