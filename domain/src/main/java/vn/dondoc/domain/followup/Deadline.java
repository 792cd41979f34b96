package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as a document states it: a day ("15/8/2025"), a period whose last day is the deadline
 * ("trong tháng 11/2025", "Quý II/2025", "6 tháng đầu năm 2025", "năm 2025"), or a recurring duty
 * ("hằng tháng", "hằng quý", "hằng năm", "thường xuyên") with one instance per period, each due on the
 * period's last day ("thường xuyên": quarterly, since ongoing work is accounted for at each quarter's review).
 * {@code due} is the first (or only) due day; {@code every} is null unless recurring.
 */
public record Deadline(String text, LocalDate due, Every every) {

    /** The period of a recurring duty. */
    public enum Every {
        MONTH,
        QUARTER,
        HALF_YEAR,
        YEAR
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})\\s*(?:/|-|năm)\\s*(\\d{4})", FLAGS);
    private static final Pattern QUARTER =
            Pattern.compile("quý\\s+(IV|I{1,3}|[1-4])\\s*(?:/|-|năm)\\s*(\\d{4})", FLAGS);
    private static final Pattern HALF = Pattern.compile("6\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})", FLAGS);
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})", FLAGS);
    private static final Pattern RECURRING =
            Pattern.compile("h[ằà]ng\\s+(tháng|quý|năm)|định kỳ\\s+(tháng|quý|năm)" + "|(thường xuyên)", FLAGS);

    /** A fixed day. */
    public static Deadline on(LocalDate day) {
        return new Deadline(null, day, null);
    }

    /**
     * Reads a stated deadline. {@code from}: when a recurring duty starts (its first instance is the period
     * containing that day). Empty when nothing in the text is a deadline.
     */
    public static Optional<Deadline> parse(String text, LocalDate from) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = RECURRING.matcher(t);
        if (m.find()) {
            Every every = m.group(3) != null ? Every.QUARTER : everyOf(m.group(1) != null ? m.group(1) : m.group(2));
            return Optional.of(new Deadline(t, periodEnd(every, from), every));
        }
        try {
            if ((m = DAY.matcher(t)).find()) {
                return Optional.of(new Deadline(
                        t, LocalDate.of(year(m, 3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null));
            }
            if ((m = QUARTER.matcher(t)).find()) {
                int q = quarter(m.group(1));
                return Optional.of(
                        new Deadline(t, YearMonth.of(year(m, 2), q * 3).atEndOfMonth(), null));
            }
            if ((m = HALF.matcher(t)).find()) {
                int month = m.group(1).toLowerCase(Locale.ROOT).equals("đầu") ? 6 : 12;
                return Optional.of(
                        new Deadline(t, YearMonth.of(year(m, 2), month).atEndOfMonth(), null));
            }
            if ((m = MONTH.matcher(t)).find()) {
                return Optional.of(new Deadline(
                        t,
                        YearMonth.of(year(m, 2), Integer.parseInt(m.group(1))).atEndOfMonth(),
                        null));
            }
            if ((m = YEAR.matcher(t)).find()) {
                return Optional.of(new Deadline(t, LocalDate.of(year(m, 1), 12, 31), null));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean recurring() {
        return every != null;
    }

    /** The due day of the instance {@code day} falls in (recurring), else the one due day. */
    public LocalDate dueFor(LocalDate day) {
        return recurring() ? periodEnd(every, day) : due;
    }

    /** The due days of the instances ending in [from, to]; a one-off deadline is one instance. */
    public List<LocalDate> instances(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        if (!recurring()) {
            if (due != null && !due.isBefore(from) && !due.isAfter(to)) {
                out.add(due);
            }
            return out;
        }
        LocalDate d = periodEnd(every, from);
        while (!d.isAfter(to)) {
            out.add(d);
            d = periodEnd(every, d.plusDays(1));
        }
        return out;
    }

    /** The last day of the period of this kind that contains {@code day}. */
    static LocalDate periodEnd(Every every, LocalDate day) {
        int month = switch (every) {
            case MONTH -> day.getMonthValue();
            case QUARTER -> ((day.getMonthValue() - 1) / 3 + 1) * 3;
            case HALF_YEAR -> day.getMonthValue() <= 6 ? 6 : 12;
            case YEAR -> 12;
        };
        return YearMonth.of(day.getYear(), month).atEndOfMonth();
    }

    private static Every everyOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "tháng" -> Every.MONTH;
            case "quý" -> Every.QUARTER;
            default -> Every.YEAR;
        };
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int quarter(String roman) {
        return switch (roman.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
