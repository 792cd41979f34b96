package vn.dondoc.domain.task;

import java.time.LocalDate;
import vn.dondoc.domain.access.Visibility;

/**
 * Filters of the task list; null fields do not filter. {@code overdueOn}: only tasks overdue that day.
 * {@code visible}: only the tasks the person asking may read (everything for the machine's own work).
 */
public record TaskFilter(
        TaskStatus status,
        Long unitId,
        Long documentId,
        LocalDate deadlineBefore,
        LocalDate overdueOn,
        String textContains,
        Visibility visible) {
    public TaskFilter {
        visible = visible == null ? Visibility.EVERYTHING : visible;
    }

    public TaskFilter(
            TaskStatus status,
            Long unitId,
            Long documentId,
            LocalDate deadlineBefore,
            LocalDate overdueOn,
            String textContains) {
        this(status, unitId, documentId, deadlineBefore, overdueOn, textContains, Visibility.EVERYTHING);
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null);
    }

    /** The same filter, over what this person may read only. */
    public TaskFilter visibleTo(Visibility v) {
        return new TaskFilter(status, unitId, documentId, deadlineBefore, overdueOn, textContains, v);
    }
}
