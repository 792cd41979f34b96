package vn.dondoc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.workday.WorkingCalendar;

/** The repeating items of an office's program: flag-raising, citizen reception, the weekly briefing. */
class RecurrenceTest {

    @Test
    void flagRaisingOnTheFirstMondayOfEveryMonthOf2026() {
        Recurrence flag = Recurrence.monthlyOnNthWeekday(
                LocalDate.of(2026, 1, 1), 1, DayOfWeek.MONDAY, LocalDate.of(2026, 12, 31), null);
        List<LocalDate> dates = flag.occurrences();
        assertThat(dates).hasSize(12).allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY && d.getDayOfMonth() <= 7);
        assertThat(dates.get(0)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(dates.get(1)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(dates.get(5)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(dates.get(11)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aSeriesStartingAfterThisMonthsFirstMondayBeginsNextMonth() {
        Recurrence flag = Recurrence.monthlyOnNthWeekday(LocalDate.of(2026, 1, 6), 1, DayOfWeek.MONDAY, null, 2);
        assertThat(flag.occurrences()).containsExactly(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2));
    }

    @Test
    void citizenReceptionOnThe15thStaysOnThe15thAndAWeekendOneIsShownByTheDayOffCheck() {
        Recurrence reception = Recurrence.monthlyOnDay(LocalDate.of(2026, 1, 1), 15, LocalDate.of(2026, 12, 31), null);
        List<LocalDate> dates = reception.occurrences();
        assertThat(dates).hasSize(12).allMatch(d -> d.getDayOfMonth() == 15);
        WorkingCalendar calendar = WorkingCalendar.standard();
        // 15 February 2026 is a Sunday (and in the Tết break), 15 March 2026 a Sunday, 15 August a Saturday
        assertThat(dates.stream().filter(d -> !calendar.isWorkingDay(d)))
                .contains(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 8, 15))
                .noneMatch(d -> calendar.isWorkingDay(d));
    }

    @Test
    void day31SkipsTheShortMonths() {
        Recurrence endOfMonth = Recurrence.monthlyOnDay(LocalDate.of(2026, 1, 1), 31, LocalDate.of(2026, 6, 30), null);
        assertThat(endOfMonth.occurrences())
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31));
    }

    @Test
    void weeklyBriefingEndsByCount() {
        Recurrence briefing = Recurrence.weekly(LocalDate.of(2026, 12, 3), DayOfWeek.MONDAY, null, 4);
        assertThat(briefing.occurrences())
                .containsExactly(
                        LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 12, 14),
                        LocalDate.of(2026, 12, 21),
                        LocalDate.of(2026, 12, 28));
    }

    @Test
    void weeklyEndsByDateInclusive() {
        Recurrence briefing =
                Recurrence.weekly(LocalDate.of(2026, 12, 7), DayOfWeek.MONDAY, LocalDate.of(2026, 12, 21), null);
        assertThat(briefing.occurrences())
                .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21));
    }

    @Test
    void aCancelledOrMovedOccurrenceIsAnExceptionAndStillCountsTowardsTheCount() {
        Recurrence briefing = Recurrence.weekly(LocalDate.of(2026, 12, 7), DayOfWeek.MONDAY, null, 4);
        assertThat(briefing.occurrences(Set.of(LocalDate.of(2026, 12, 14))))
                .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28));
    }

    @Test
    void lastFridayOfTheMonth() {
        Recurrence review = Recurrence.monthlyOnNthWeekday(LocalDate.of(2026, 1, 1), -1, DayOfWeek.FRIDAY, null, 3);
        assertThat(review.occurrences())
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
    }

    @Test
    void fifthMondaySkipsMonthsWithoutOne() {
        Recurrence rare = Recurrence.monthlyOnNthWeekday(LocalDate.of(2026, 1, 1), 5, DayOfWeek.MONDAY, null, 2);
        // January 2026 has four Mondays (5, 12, 19, 26); March has five (the 30th); June has five (the 29th)
        assertThat(rare.occurrences()).containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 6, 29));
    }

    @Test
    void rruleForTheIcalExport() {
        assertThat(Recurrence.monthlyOnNthWeekday(
                                LocalDate.of(2026, 1, 1), 1, DayOfWeek.MONDAY, LocalDate.of(2026, 12, 31), null)
                        .rrule())
                .isEqualTo("FREQ=MONTHLY;BYDAY=1MO;UNTIL=20261231");
        assertThat(Recurrence.monthlyOnDay(LocalDate.of(2026, 1, 1), 15, null, 12)
                        .rrule())
                .isEqualTo("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12");
        assertThat(Recurrence.weekly(LocalDate.of(2026, 1, 1), DayOfWeek.WEDNESDAY, null, 3)
                        .rrule())
                .isEqualTo("FREQ=WEEKLY;BYDAY=WE;COUNT=3");
    }

    @Test
    void aSeriesWithoutAnEndIsRefused() {
        assertThatThrownBy(() -> Recurrence.weekly(LocalDate.of(2026, 1, 1), DayOfWeek.MONDAY, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
