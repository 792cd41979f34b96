package vn.dondoc.domain.reminder;

import java.time.LocalDate;

/** One open task to remind about: due soon, due today, or overdue (by {@code workingDaysLate}). */
public record Reminder(
        long taskId, String text, String leadUnits, LocalDate deadline, LocalDate dueOn, Kind kind, int workingDays) {
    public enum Kind {
        BEFORE,
        TODAY,
        OVERDUE
    }
}
