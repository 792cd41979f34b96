package vn.dondoc.domain.followup;

import java.time.LocalDate;

/**
 * Port: the part of the working-day calendar follow-up needs. The app adapts the agency's calendar
 * (weekends, lunar holidays, announced days off) to it; tests may pass a plain weekend rule.
 */
public interface WorkingDays {
    boolean isWorkingDay(LocalDate day);

    /** {@code day} when it is a working day, else the next working day: where a deadline on a holiday lands. */
    default LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day strictly before {@code day}. */
    default LocalDate lastBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code n} working days after {@code day} (n ≥ 0), counting from the next day. */
    default LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
