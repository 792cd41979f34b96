package vn.dondoc.domain.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.workday.WorkingCalendar;

/**
 * Which open tasks to remind about on a day: due within {@code daysBefore} working days, due that day, or overdue,
 * on the working-day calendar (a deadline on a holiday is due the next working day). Overdue first.
 */
public final class Reminders {
    private Reminders() {}

    public static List<Reminder> of(List<TaskLine> open, LocalDate asOf, int daysBefore, WorkingCalendar calendar) {
        LocalDate horizon = calendar.addWorkingDays(asOf, daysBefore);
        List<Reminder> out = new ArrayList<>();
        for (TaskLine t : open) {
            if (t.deadline() == null) {
                continue;
            }
            LocalDate due = calendar.onOrAfter(t.deadline());
            if (due.isBefore(asOf)) {
                out.add(new Reminder(
                        t.id(),
                        t.text(),
                        t.leadUnits(),
                        t.deadline(),
                        due,
                        Reminder.Kind.OVERDUE,
                        calendar.workingDaysBetween(due, asOf)));
            } else if (due.equals(asOf)) {
                out.add(new Reminder(t.id(), t.text(), t.leadUnits(), t.deadline(), due, Reminder.Kind.TODAY, 0));
            } else if (!due.isAfter(horizon)) {
                out.add(new Reminder(
                        t.id(),
                        t.text(),
                        t.leadUnits(),
                        t.deadline(),
                        due,
                        Reminder.Kind.BEFORE,
                        calendar.workingDaysBetween(asOf, due)));
            }
        }
        out.sort(Comparator.comparing(Reminder::kind).reversed().thenComparing(Reminder::dueOn));
        return out;
    }
}
