package vn.dondoc.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a recurring agenda item repeats: weekly on a weekday ("giao ban thứ Hai"), monthly on day N
 * ("tiếp công dân ngày 15") or monthly on the n-th weekday ("Lễ chào cờ thứ Hai đầu tháng"), ending on a date
 * or after a count. Cancelled or moved occurrences are exceptions: their dates are skipped, never recreated.
 */
public record Recurrence(
        Frequency frequency,
        LocalDate start,
        DayOfWeek weekday,
        int dayOfMonth,
        int nth,
        LocalDate until,
        Integer count) {

    public enum Frequency {
        WEEKLY,
        MONTHLY_DAY,
        MONTHLY_NTH_WEEKDAY
    }

    /** Guard against a series without end: a clerk plans a few years ahead at most. */
    static final int MAX_OCCURRENCES = 500;

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        if (until == null && count == null) {
            throw new IllegalArgumentException("a series ends on a date or after a count");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        switch (frequency) {
            case WEEKLY -> Objects.requireNonNull(weekday, "weekday");
            case MONTHLY_DAY -> {
                if (dayOfMonth < 1 || dayOfMonth > 31) {
                    throw new IllegalArgumentException("day of month 1..31");
                }
            }
            case MONTHLY_NTH_WEEKDAY -> {
                Objects.requireNonNull(weekday, "weekday");
                if (nth == 0 || nth < -1 || nth > 5) {
                    throw new IllegalArgumentException("n-th weekday 1..5 or -1 for the last");
                }
            }
        }
    }

    public static Recurrence weekly(LocalDate start, DayOfWeek weekday, LocalDate until, Integer count) {
        return new Recurrence(Frequency.WEEKLY, start, weekday, 0, 0, until, count);
    }

    public static Recurrence monthlyOnDay(LocalDate start, int dayOfMonth, LocalDate until, Integer count) {
        return new Recurrence(Frequency.MONTHLY_DAY, start, null, dayOfMonth, 0, until, count);
    }

    /** nth 1..5, or -1 for the last such weekday of the month. */
    public static Recurrence monthlyOnNthWeekday(
            LocalDate start, int nth, DayOfWeek weekday, LocalDate until, Integer count) {
        return new Recurrence(Frequency.MONTHLY_NTH_WEEKDAY, start, weekday, 0, nth, until, count);
    }

    /** The dates of the series, in order, leaving out the exceptions (which still count towards a count,
     *  as in RFC 5545: EXDATE removes an instance, the COUNT is of the rule's instances). */
    public List<LocalDate> occurrences(Set<LocalDate> exceptions) {
        List<LocalDate> dates = new ArrayList<>();
        int produced = 0;
        LocalDate candidate = first();
        while (candidate != null && produced < MAX_OCCURRENCES) {
            if (until != null && candidate.isAfter(until)) {
                break;
            }
            if (count != null && produced >= count) {
                break;
            }
            produced++;
            if (!exceptions.contains(candidate)) {
                dates.add(candidate);
            }
            candidate = next(candidate);
        }
        return dates;
    }

    public List<LocalDate> occurrences() {
        return occurrences(Set.of());
    }

    /** The RFC 5545 RRULE of this series, without the DTSTART (the event's own date). */
    public String rrule() {
        StringBuilder rule = new StringBuilder();
        switch (frequency) {
            case WEEKLY -> rule.append("FREQ=WEEKLY;BYDAY=").append(icalDay(weekday));
            case MONTHLY_DAY -> rule.append("FREQ=MONTHLY;BYMONTHDAY=").append(dayOfMonth);
            case MONTHLY_NTH_WEEKDAY ->
                rule.append("FREQ=MONTHLY;BYDAY=").append(nth).append(icalDay(weekday));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (until != null) {
            rule.append(";UNTIL=").append(until.toString().replace("-", ""));
        }
        return rule.toString();
    }

    private LocalDate first() {
        return switch (frequency) {
            case WEEKLY -> start.with(TemporalAdjusters.nextOrSame(weekday));
            case MONTHLY_DAY, MONTHLY_NTH_WEEKDAY -> inMonthOnOrAfter(YearMonth.from(start), start);
        };
    }

    private LocalDate next(LocalDate previous) {
        return switch (frequency) {
            case WEEKLY -> previous.plusWeeks(1);
            case MONTHLY_DAY, MONTHLY_NTH_WEEKDAY ->
                inMonthOnOrAfter(YearMonth.from(previous).plusMonths(1), null);
        };
    }

    /** The occurrence in this month or the next months that have one (day 31 skips short months, as RFC 5545). */
    private LocalDate inMonthOnOrAfter(YearMonth month, LocalDate notBefore) {
        for (int i = 0; i < 24; i++, month = month.plusMonths(1)) {
            LocalDate day = inMonth(month);
            if (day != null && (notBefore == null || !day.isBefore(notBefore))) {
                return day;
            }
        }
        return null;
    }

    private LocalDate inMonth(YearMonth month) {
        if (frequency == Frequency.MONTHLY_DAY) {
            return dayOfMonth <= month.lengthOfMonth() ? month.atDay(dayOfMonth) : null;
        }
        if (nth == -1) {
            return month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday));
        }
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        return YearMonth.from(day).equals(month) ? day : null;
    }

    private static String icalDay(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
