package vn.dondoc.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.workday.DayAnnouncement;
import vn.dondoc.domain.workday.WorkingCalendar;

class TimelinessTest {
    /** The law's calendar: Tết Bính Ngọ (mùng 1 = 17/02/2026) keeps 16–20/02/2026 off. */
    private final Timeliness timeliness = new Timeliness(WorkingCalendar.standard());

    @Test
    void aDeadlineOnSaturdayIsMetByWorkDoneTheNextMonday() {
        LocalDate saturday = LocalDate.of(2025, 11, 15);
        LocalDate monday = LocalDate.of(2025, 11, 17);
        assertThat(timeliness.dueOn(saturday)).isEqualTo(monday);
        assertThat(timeliness.bucket(TaskStatus.DONE, saturday, monday, monday.plusDays(5)))
                .contains(TaskBucket.DONE_ON_TIME);
        assertThat(timeliness.bucket(TaskStatus.DONE, saturday, monday.plusDays(1), monday.plusDays(5)))
                .contains(TaskBucket.DONE_LATE);
        assertThat(timeliness.bucket(TaskStatus.IN_PROGRESS, saturday, null, monday))
                .contains(TaskBucket.OPEN_IN_TIME);
        assertThat(timeliness.bucket(TaskStatus.IN_PROGRESS, saturday, null, monday.plusDays(1)))
                .contains(TaskBucket.OPEN_OVERDUE);
    }

    @Test
    void aDeadlineInTetMovesToTheFirstWorkingDayAfterIt() {
        LocalDate tetDay = LocalDate.of(2026, 2, 17);
        LocalDate backToWork = LocalDate.of(2026, 2, 23);
        assertThat(timeliness.dueOn(tetDay)).isEqualTo(backToWork);
        assertThat(timeliness.bucket(TaskStatus.NEW, tetDay, null, LocalDate.of(2026, 2, 22)))
                .contains(TaskBucket.OPEN_IN_TIME);
        assertThat(timeliness.bucket(TaskStatus.NEW, tetDay, null, LocalDate.of(2026, 2, 24)))
                .contains(TaskBucket.OPEN_OVERDUE);
    }

    @Test
    void workDoneAfterTheDeadlineIsLateEvenWhenLookedAtLater() {
        LocalDate deadline = LocalDate.of(2025, 6, 30);
        assertThat(timeliness.bucket(TaskStatus.DONE, deadline, LocalDate.of(2025, 7, 2), LocalDate.of(2025, 12, 31)))
                .contains(TaskBucket.DONE_LATE);
        assertThat(timeliness.bucket(TaskStatus.DONE, deadline, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 12, 31)))
                .contains(TaskBucket.DONE_ON_TIME);
    }

    @Test
    void aTaskDoneAfterTheDayOfTheViewWasStillOpenThatDay() {
        LocalDate deadline = LocalDate.of(2025, 6, 30);
        assertThat(timeliness.bucket(TaskStatus.DONE, deadline, LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)))
                .contains(TaskBucket.OPEN_OVERDUE);
        assertThat(timeliness.bucket(TaskStatus.DONE, deadline, LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 10)))
                .contains(TaskBucket.OPEN_IN_TIME);
    }

    @Test
    void noDeadlineMeansNeverLateAndCancelledMeansNoBucket() {
        assertThat(timeliness.bucket(TaskStatus.NEW, null, null, LocalDate.of(2030, 1, 1)))
                .contains(TaskBucket.OPEN_IN_TIME);
        assertThat(timeliness.bucket(TaskStatus.CANCELLED, LocalDate.of(2020, 1, 1), null, LocalDate.of(2030, 1, 1)))
                .isEmpty();
    }

    @Test
    void dueWithinCountsWorkingDaysNotCalendarDays() {
        LocalDate friday = LocalDate.of(2025, 11, 14);
        LocalDate nextTuesdayButOne = LocalDate.of(2025, 11, 25);
        assertThat(timeliness.dueWithin(nextTuesdayButOne, friday, 7)).isTrue();
        assertThat(timeliness.dueWithin(nextTuesdayButOne.plusDays(1), friday, 7))
                .isFalse();
        assertThat(timeliness.dueWithin(friday.minusDays(1), friday, 7)).isFalse();
    }

    @Test
    void anAnnouncedDayOffMovesTheDeadlineAndASwappedSaturdayKeepsIt() {
        LocalDate bridgeDay = LocalDate.of(2025, 5, 2);
        LocalDate workedSaturday = LocalDate.of(2025, 4, 26);
        Timeliness announced = new Timeliness(new WorkingCalendar(List.of(
                new DayAnnouncement(1L, bridgeDay, DayAnnouncement.Kind.DAY_OFF, "Nghỉ bù"),
                new DayAnnouncement(2L, workedSaturday, DayAnnouncement.Kind.WORKING_DAY, "Làm bù"))));
        assertThat(announced.dueOn(bridgeDay)).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(timeliness.dueOn(bridgeDay)).isEqualTo(bridgeDay);
        assertThat(announced.dueOn(workedSaturday)).isEqualTo(workedSaturday);
        assertThat(announced.bucket(TaskStatus.NEW, workedSaturday, null, LocalDate.of(2025, 4, 28)))
                .contains(TaskBucket.OPEN_OVERDUE);
    }
}
