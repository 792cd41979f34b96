package vn.dondoc.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.workday.WorkingCalendar;

class RemindersTest {
    private static TaskLine task(long id, LocalDate deadline) {
        return new TaskLine(id, "Nhiệm vụ " + id, "Văn phòng", deadline, 0);
    }

    @Test
    void beforeOnTheDayAndOverdueOnTheWorkingDayCalendar() {
        LocalDate asOf = LocalDate.of(2026, 2, 12); // Thursday before Tết Bính Ngọ
        List<Reminder> r = Reminders.of(
                List.of(
                        task(1, LocalDate.of(2026, 2, 9)), // overdue by 3 working days
                        task(2, LocalDate.of(2026, 2, 12)), // today
                        task(3, LocalDate.of(2026, 2, 17)), // Tết: due 23/02, 2 working days away
                        task(4, LocalDate.of(2026, 2, 25)), // 4 working days away: beyond 3
                        task(5, null)),
                asOf,
                3,
                WorkingCalendar.standard());
        assertThat(r).extracting(Reminder::taskId).containsExactly(1L, 2L, 3L);
        assertThat(r)
                .extracting(Reminder::kind)
                .containsExactly(Reminder.Kind.OVERDUE, Reminder.Kind.TODAY, Reminder.Kind.BEFORE);
        assertThat(r.get(0).workingDays()).isEqualTo(3);
        assertThat(r.get(2).dueOn()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(r.get(2).workingDays()).isEqualTo(2);
    }
}
