package vn.dondoc.domain.workday;

import java.time.LocalDate;

/** A day off that is not a weekend: a public holiday, a day off in lieu of one, or an announced day off. */
public record Holiday(LocalDate date, String name, Kind kind) implements Comparable<Holiday> {
    public enum Kind {
        /** Labour Code 2019, art. 112: New Year, Tết (5 days), Giỗ Tổ, 30/4, 1/5, National Day (2 days). */
        PUBLIC_HOLIDAY,
        /** A public holiday that fell on a weekend is taken on the next working day (art. 112(3)). */
        IN_LIEU,
        /** Announced for the year by the government or the agency. */
        ANNOUNCED
    }

    @Override
    public int compareTo(Holiday o) {
        return date.compareTo(o.date);
    }
}
