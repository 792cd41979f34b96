package vn.dondoc.textcore.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents print them: "ngày 14 tháng 7 năm 2020", "14/7/2020", "28/02/2020",
 * "14-7-2020", "14.7.2020", month headings "THÁNG 10 NĂM 2021", quarters "Quý II/2025",
 * and deadline phrases "trước ngày 20/3/2020", "đến cuối năm 2020".
 */
public final class VietnameseDates {

    public static final String NUMERIC_DATE_REGEX = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})";
    public static final String WORDED_DATE_REGEX = "(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NUMERIC = Pattern.compile("(?=\\d)(?<!\\d)" + NUMERIC_DATE_REGEX + "(?!\\d)");
    private static final Pattern WORDED = Pattern.compile(WORDED_DATE_REGEX, FLAGS);
    private static final Pattern MONTH_HEADING =
            Pattern.compile("tháng\\s+(\\d{1,2})\\s*(?:năm\\s+|/\\s*)(\\d{4})", FLAGS);
    private static final Pattern QUARTER =
            Pattern.compile("quý\\s+(I{1,3}|IV|[1-4])\\s*(?:/|năm\\s+)\\s*(\\d{4})", FLAGS);
    private static final Pattern YEAR_END = Pattern.compile(
            "(?:đến|tới|trước|trong)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+(\\d{4})|cuối\\s+năm\\s+(\\d{4})", FLAGS);

    private VietnameseDates() {}

    /** A date found in text, with where it was. */
    public record Found(LocalDate date, int start, int end) {}

    /** Parses a whole string as one date ("14/7/2020", "ngày 14 tháng 7 năm 2020"). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = WORDED.matcher(t);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    /** The first full date (numeric or worded) in {@code text} at or after {@code from}. */
    public static Optional<Found> findFirst(CharSequence text, int from) {
        Found best = null;
        Matcher m = NUMERIC.matcher(text);
        while (from <= text.length() && m.find(from)) {
            Optional<LocalDate> d = of(m.group(3), m.group(2), m.group(1));
            if (d.isPresent()) {
                best = new Found(d.get(), m.start(), m.end());
                break;
            }
            from = m.start() + 1;
        }
        Matcher w = WORDED.matcher(text);
        int wf = Math.min(from, text.length());
        while (w.find(wf)) {
            Optional<LocalDate> d = of(w.group(3), w.group(2), w.group(1));
            if (d.isPresent()) {
                if (best == null || w.start() < best.start()) {
                    best = new Found(d.get(), w.start(), w.end());
                }
                break;
            }
            wf = w.start() + 1;
        }
        return Optional.ofNullable(best);
    }

    /** "THÁNG 10 NĂM 2021", "tháng 10/2021" → 2021-10. */
    public static Optional<YearMonth> findMonthHeading(CharSequence text) {
        Matcher m = MONTH_HEADING.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            } catch (DateTimeException | NumberFormatException e) {
                // not a month: keep looking
            }
        }
        return Optional.empty();
    }

    /** Last day of a quarter: "Quý II/2025" → 2025-06-30. */
    public static Optional<LocalDate> parseQuarterEnd(CharSequence text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int q = switch (m.group(1).toUpperCase()) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
        return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), q * 3).atEndOfMonth());
    }

    /** "đến hết năm 2023", "đến năm 2025", "cuối năm 2020" → the year's last day. */
    public static Optional<Found> findYearEnd(CharSequence text) {
        Matcher m = YEAR_END.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String y = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new Found(LocalDate.of(Integer.parseInt(y), 12, 31), m.start(), m.end()));
    }

    /** The last "đến năm 2025"-like phrase in {@code text}: the one closest to what follows it. */
    public static Optional<Found> findLastYearEnd(CharSequence text) {
        Matcher m = YEAR_END.matcher(text);
        Found last = null;
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            last = new Found(LocalDate.of(Integer.parseInt(y), 12, 31), m.start(), m.end());
        }
        return Optional.ofNullable(last);
    }

    /** A day-month without a year ("13/10", "02/9") completed with {@code year}. */
    public static Optional<LocalDate> dayMonth(String day, String month, int year) {
        return of(Integer.toString(year), month, day);
    }

    static Optional<LocalDate> of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
