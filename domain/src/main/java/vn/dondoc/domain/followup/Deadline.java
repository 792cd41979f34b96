package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.domain.target.Period;

/**
 * A deadline as a document states it: a day ("15/8/2025"), a period whose last day is the deadline
 * ("trong tháng 11/2025", "Quý II/2025", "6 tháng đầu năm 2025", "năm 2025"), or a recurring duty
 * ("hằng tháng", "hằng quý", "hằng năm", "thường xuyên") with one instance per period, each due on the
 * period's last day ("thường xuyên": quarterly, since ongoing work is accounted for at each quarter's review).
 * {@code due} is the first (or only) due day; {@code every} is null unless recurring.
 */
public record Deadline(String text, LocalDate due, Every every) {

    /** The period of a recurring duty (stored by name). */
    public enum Every {
        MONTH(Period.Kind.MONTH),
        QUARTER(Period.Kind.QUARTER),
        HALF_YEAR(Period.Kind.HALF),
        YEAR(Period.Kind.YEAR);

        private final Period.Kind kind;

        Every(Period.Kind kind) {
            this.kind = kind;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern RECURRING =
            Pattern.compile("(?:h[ằà]ng|định kỳ)\\s+((?:6|sáu)\\s+tháng|tháng|quý|năm)|(thường xuyên)", FLAGS);

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
            Every every = m.group(2) != null ? Every.QUARTER : everyOf(m.group(1));
            return Optional.of(new Deadline(t, periodEnd(every, from), every));
        }
        try {
            if ((m = DAY.matcher(t)).find()) {
                return Optional.of(new Deadline(
                        t, LocalDate.of(year(m, 3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), null));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        // a period's deadline is its last day; the period is read where periods are read
        return Period.find(t).map(p -> new Deadline(t, p.end(), null));
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
        return Period.containing(every.kind, day).end();
    }

    private static Every everyOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(" tháng")) {
            return Every.HALF_YEAR; // "định kỳ 6 tháng"
        }
        return switch (w) {
            case "tháng" -> Every.MONTH;
            case "quý" -> Every.QUARTER;
            default -> Every.YEAR;
        };
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
