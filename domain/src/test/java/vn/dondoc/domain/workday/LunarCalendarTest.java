package vn.dondoc.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LunarCalendarTest {
    /** Tết Nguyên đán 1985 and 2000–2040 for Vietnam (UTC+7), table in tet-dates.csv (new moons checked with PyEphem). */
    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvFileSource(resources = "/workday/tet-dates.csv", numLinesToSkip = 1)
    void tetFallsOnThePublishedDay(int year, LocalDate expected) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarCalendar.LunarDate(year, 1, 1, false));
        assertThat(LunarCalendar.toLunar(expected.minusDays(1)).year()).isEqualTo(year - 1);
    }

    @Test
    void vietnamAndChinaDifferIn2007And1985And2030BecauseOfTheTimeZone() {
        assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17)); // China: 18/2
        // the new moon of 2 February 2030 is at 16:07 UTC: 23:07 in Hà Nội, already 3 February in Beijing
        assertThat(LunarCalendar.tet(2030)).isEqualTo(LocalDate.of(2030, 2, 2)); // China: 3/2
        assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21)); // China: 20/2
    }

    @Test
    void leapMonthsAreCountedAndNamed() {
        // 2020 had a leap 4th month, 2023 a leap 2nd, 2025 a leap 6th
        assertThat(LunarCalendar.toSolar(2020, 4, 1, true)).isEqualTo(LocalDate.of(2020, 5, 23));
        assertThat(LunarCalendar.toSolar(2020, 4, 1, false)).isEqualTo(LocalDate.of(2020, 4, 23));
        assertThat(LunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25)))
                .isEqualTo(new LunarCalendar.LunarDate(2025, 6, 1, true));
        // Vu Lan (15/7 lunar) 2025 was on 6 September, so the 7th month began on 23 August
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 23)))
                .isEqualTo(new LunarCalendar.LunarDate(2025, 7, 1, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 9, 6)))
                .isEqualTo(new LunarCalendar.LunarDate(2025, 7, 15, false));
        assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 4, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gioToHungVuongIsTheTenthOfTheThirdLunarMonth() {
        assertThat(LunarCalendar.toSolar(2023, 3, 10, false)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(LunarCalendar.toSolar(2024, 3, 10, false)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(LunarCalendar.toSolar(2025, 3, 10, false)).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void everyDayOfFortyYearsGoesToTheLunarCalendarAndBack() {
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2040; d = d.plusDays(1)) {
            LunarCalendar.LunarDate l = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(l.year(), l.month(), l.day(), l.leap()))
                    .as(d.toString())
                    .isEqualTo(d);
        }
    }
}
