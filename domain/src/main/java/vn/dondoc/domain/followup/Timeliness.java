package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.Optional;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.workday.WorkingCalendar;

/**
 * Which bucket a task is in on a given day. A deadline on a weekend or holiday moves to the next working day;
 * a task done on (or before) that day is on time. A task without a deadline is in time while open and on time
 * when done: nothing was promised that could be missed. The calendar is the agency's (holidays, announced days).
 */
public final class Timeliness {
    private final WorkingCalendar days;

    public Timeliness(WorkingCalendar days) {
        this.days = days;
    }

    /** The day the work is really due: the deadline, moved past weekends and holidays. */
    public LocalDate dueOn(LocalDate deadline) {
        return deadline == null ? null : days.onOrAfter(deadline);
    }

    /**
     * @param deadline    the deadline in force (the last approved extension, else the original)
     * @param completedOn when the work was done (null when unknown or open)
     * @param asOf        the day of the view
     */
    public Optional<TaskBucket> bucket(TaskStatus status, LocalDate deadline, LocalDate completedOn, LocalDate asOf) {
        if (status == TaskStatus.CANCELLED) {
            return Optional.empty();
        }
        LocalDate due = dueOn(deadline);
        boolean doneByThen = status == TaskStatus.DONE && (completedOn == null || !completedOn.isAfter(asOf));
        if (doneByThen) {
            boolean late = due != null && completedOn != null && completedOn.isAfter(due);
            return Optional.of(late ? TaskBucket.DONE_LATE : TaskBucket.DONE_ON_TIME);
        }
        boolean overdue = due != null && asOf.isAfter(due);
        return Optional.of(overdue ? TaskBucket.OPEN_OVERDUE : TaskBucket.OPEN_IN_TIME);
    }

    /** Open and due within {@code n} working days after {@code asOf} (today included), not yet overdue. */
    public boolean dueWithin(LocalDate deadline, LocalDate asOf, int n) {
        LocalDate due = dueOn(deadline);
        return due != null && !due.isBefore(asOf) && !due.isAfter(days.addWorkingDays(asOf, n));
    }
}
