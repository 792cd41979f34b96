package vn.dondoc.domain.task;

import java.time.LocalDate;

/** Filters of the task list; null fields do not filter. {@code overdueOn}: only tasks overdue that day. */
public record TaskFilter(TaskStatus status, Long unitId, Long documentId, LocalDate deadlineBefore, LocalDate overdueOn,
                         String textContains) {
    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null);
    }
}
