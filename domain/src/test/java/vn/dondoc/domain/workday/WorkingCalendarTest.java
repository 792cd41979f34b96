package vn.dondoc.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar law = WorkingCalendar.standard();

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weekendsAreOffAndWeekdaysAreWorked() {
        assertThat(law.isWorkingDay(d(2025, 10, 17))).isTrue(); // Friday
        assertThat(law.isWorkingDay(d(2025, 10, 18))).isFalse(); // Saturday
        assertThat(law.isWorkingDay(d(2025, 10, 19))).isFalse(); // Sunday
        assertThat(law.holiday(d(2025, 10, 18))).isEmpty();
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFirstFourOfTheNew() {
        // Tết Bính Ngọ: 17/2/2026 (Tuesday); the 16th to the 20th are off
        for (int day = 16; day <= 20; day++) {
            assertThat(law.isWorkingDay(d(2026, 2, day))).as("Feb " + day).isFalse();
            assertThat(law.holiday(d(2026, 2, day)))
                    .get()
                    .extracting(Holiday::name)
                    .asString()
                    .startsWith("Tết Nguyên đán");
        }
        assertThat(law.isWorkingDay(d(2026, 2, 13))).isTrue();
        assertThat(law.isWorkingDay(d(2026, 2, 23))).isTrue();
    }

    @Test
    void theFixedHolidaysAndGioToHungVuongByTheLunarCalendar() {
        assertThat(law.holidays(2025))
                .extracting(Holiday::date)
                .contains(d(2025, 1, 1), d(2025, 4, 7), d(2025, 4, 30), d(2025, 5, 1), d(2025, 9, 2));
        assertThat(law.holiday(d(2025, 4, 7)))
                .get()
                .extracting(Holiday::name)
                .asString()
                .contains("Giỗ Tổ");
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 1/1/2023 was a Sunday: Monday 2/1 off in lieu
        assertThat(law.holiday(d(2023, 1, 2))).get().extracting(Holiday::kind).isEqualTo(Holiday.Kind.IN_LIEU);
        // Giỗ Tổ 2023 (29/4) and 30/4 on the weekend, 1/5 a Monday holiday: 2/5 and 3/5 in lieu
        assertThat(law.isWorkingDay(d(2023, 5, 2))).isFalse();
        assertThat(law.isWorkingDay(d(2023, 5, 3))).isFalse();
        assertThat(law.isWorkingDay(d(2023, 5, 4))).isTrue();
    }

    @Test
    void announcementsWinOverTheLaw() {
        // 2025: Tết off from Sat 25/1 to Sun 2/2 with Friday 24/1... here: an extra day off and a Saturday worked
        WorkingCalendar year = new WorkingCalendar(List.of(
                new DayAnnouncement(null, d(2025, 1, 27), DayAnnouncement.Kind.DAY_OFF, "Nghỉ Tết theo thông báo"),
                new DayAnnouncement(null, d(2025, 2, 8), DayAnnouncement.Kind.WORKING_DAY, "Làm bù ngày 27/1")));
        assertThat(year.isWorkingDay(d(2025, 1, 27))).isFalse();
        assertThat(year.isWorkingDay(d(2025, 2, 8))).isTrue(); // a Saturday
        assertThat(year.holidays(2025)).extracting(Holiday::date).contains(d(2025, 1, 27));
        assertThat(year.swappedWorkingDays(2025))
                .extracting(DayAnnouncement::date)
                .containsExactly(d(2025, 2, 8));
        assertThat(law.isWorkingDay(d(2025, 1, 27))).isTrue();
    }

    @Test
    void aDeadlineOnADayOffMovesToTheNextWorkingDayAndWorkingDaysAreCounted() {
        assertThat(law.onOrAfter(d(2026, 2, 14))).isEqualTo(d(2026, 2, 23)); // Saturday before Tết → Monday after
        assertThat(law.onOrAfter(d(2025, 10, 15))).isEqualTo(d(2025, 10, 15));
        // five working days from Thursday 28/8/2025 skip the weekend and National Day (2/9 and, by default, 3/9)
        assertThat(law.addWorkingDays(d(2025, 8, 28), 5)).isEqualTo(d(2025, 9, 8));
        assertThat(law.addWorkingDays(d(2025, 9, 8), -5)).isEqualTo(d(2025, 8, 28));
        assertThat(law.workingDaysBetween(d(2025, 8, 28), d(2025, 9, 8))).isEqualTo(5);
        assertThat(law.workingDaysBetween(d(2025, 9, 8), d(2025, 8, 28))).isEqualTo(-5);
    }
}
