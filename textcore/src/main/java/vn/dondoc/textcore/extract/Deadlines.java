package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DigitLed;
import vn.dondoc.textcore.format.LeadWords;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.format.WordLists;

/**
 * Deadlines as tasks state them: "hoàn thành trước ngày 20/3/2020", "trước 31/12/2025", "thời hạn: 15/8/2025",
 * "trong tháng 6/2020", "Quý II/2025", "năm 2025". The first stated deadline wins. Pure functions.
 */
final class Deadlines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "15/12/2025", "15/12" (the document's year), "ngày 15 tháng 12 năm 2025": groups 1-3 or 4-6 (day, month, year). */
    private static final String DAY = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?(?![\\d])"
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?";

    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:trước|chậm nhất(?: là)?|hạn chót|thời hạn(?: hoàn thành)?\\s*:?|hoàn thành(?: trong| vào)?|xong trước)\\s+(ngày\\s+)?"
                    + "(?:" + DAY + ")",
            FLAGS);
    private static final Pattern IN_MONTH = Pattern.compile(
            "(?:(?:hoàn thành|xong|thời hạn|trước|chậm nhất)[^.;]{0,40}?(?:trong |vào |cuối )?|trong )tháng\\s+(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})",
            FLAGS);
    private static final Pattern IN_QUARTER = Pattern.compile(
            "(?:hoàn thành|xong|thời hạn|trước|chậm nhất|trong)[^.;]{0,40}?(quý\\s+(?:I{1,3}|IV|[1-4])\\s*(?:/|năm\\s+)\\s*\\d{4})",
            FLAGS);
    /**
     * "hoàn thành trong năm 2025", "xong trước cuối năm 2025": the year's last day. Not a bare "cuối năm 2025" or
     * "trong năm 2025": those date aims ("phấn đấu đến cuối năm 2020 ...") and sessions ("kỳ họp cuối năm").
     */
    private static final Pattern IN_YEAR = Pattern.compile(
            "(?:hoàn thành|xong)(?:\\s+(?:trong|trước|vào))?(?:\\s+(?:cuối|hết))?\\s+năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)",
            FLAGS);

    private static final LeadWords BEFORE_DATE_AT = new LeadWords(
            BEFORE_DATE, List.of("trước", "chậm nhất", "hạn chót", "thời hạn", "hoàn thành", "xong trước"));
    private static final LeadWords IN_MONTH_AT =
            new LeadWords(IN_MONTH, List.of("hoàn thành", "xong", "thời hạn", "trước", "chậm nhất", "trong tháng"));
    private static final LeadWords IN_QUARTER_AT =
            new LeadWords(IN_QUARTER, List.of("hoàn thành", "xong", "thời hạn", "trước", "chậm nhất", "trong"));
    private static final LeadWords IN_YEAR_AT = new LeadWords(IN_YEAR, List.of("hoàn thành", "xong"));

    private static final Pattern CELL_MONTH = Pattern.compile("tháng\\s+(\\d{1,2})\\s*(?:[/-]|năm)\\s*(\\d{4})", FLAGS);
    private static final Pattern CELL_YEAR = Pattern.compile("(?:^|năm\\s+)(\\d{4})\\.?$", FLAGS);

    private Deadlines() {}

    /** The deadline a task sentence states, if any; a date written without its year ("trước ngày 15/12") gets none. */
    static Optional<LocalDate> inSentence(String text) {
        return inSentence(text, 0);
    }

    /**
     * The deadline a task sentence states, if any. The first stated deadline wins. A date without its year
     * ("trước ngày 15/12") is in {@code year}, the document's (0 when unknown: then it is no deadline).
     */
    static Optional<LocalDate> inSentence(String text, int year) {
        if (!DigitLed.hasDigit(text)) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!mayStateADeadline(lower)) {
            return Optional.empty();
        }
        Matcher m = BEFORE_DATE_AT.find(text, lower);
        Integer at = null;
        LocalDate best = null;
        if (m != null) {
            best = date(m, year);
            at = best == null ? null : m.start();
        }
        Matcher mm = lower.contains("tháng") ? IN_MONTH_AT.find(text, lower) : null;
        if (mm != null && (at == null || mm.start() < at)) {
            try {
                best = YearMonth.of(Integer.parseInt(mm.group(2)), Integer.parseInt(mm.group(1)))
                        .atEndOfMonth();
                at = mm.start();
            } catch (RuntimeException e) {
                // not a month
            }
        }
        Matcher q = lower.contains("quý") ? IN_QUARTER_AT.find(text, lower) : null;
        if (q != null && (at == null || q.start() < at)) {
            Optional<LocalDate> d = VietnameseDates.parseQuarterEnd(q.group(1));
            if (d.isPresent()) {
                best = d.get();
                at = q.start();
            }
        }
        Matcher y = lower.contains("năm") ? IN_YEAR_AT.find(text, lower) : null;
        if (y != null && (at == null || y.start() < at)) {
            int yy = Integer.parseInt(y.group(1));
            if (yy > 1900 && yy < 2200) {
                best = LocalDate.of(yy, 12, 31);
            }
        }
        if (best == null && !lower.startsWith("phấn đấu")) { // an aim's period is its target's "by"
            best = periodOfWork(text, lower);
        }
        return Optional.ofNullable(best);
    }

    private static final List<String> WORK_TO_PERIOD = WordLists.list("task-words.tsv", "work-to-period");

    /**
     * A period the work is to be done in, written after what is done: "hoàn thành cao nhất các chỉ tiêu, nhiệm vụ ...
     * năm 2025", "giải ngân 100% kế hoạch vốn năm 2025", "từ nay đến hết năm 2025": the period's last day.
     */
    private static LocalDate periodOfWork(String text, String lower) {
        for (String w : WORK_TO_PERIOD) {
            int at = lower.indexOf(w);
            while (at >= 0) {
                int end = Math.min(text.length(), at + w.length() + 100);
                for (int i = at + w.length(); i < end; i++) {
                    char c = text.charAt(i);
                    if (c == ';' || c == ':' || c == '.' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
                        end = i;
                        break;
                    }
                }
                Periods.Found f = Periods.first(text.substring(at, end));
                if (f != null) {
                    return f.end();
                }
                at = lower.indexOf(w, at + 1);
            }
        }
        return null;
    }

    /** The date a {@link #BEFORE_DATE} match names; without a year, only after "ngày" or a deadline word. */
    private static LocalDate date(Matcher m, int year) {
        boolean numeric = m.group(2) != null;
        String day = numeric ? m.group(2) : m.group(5);
        String month = numeric ? m.group(3) : m.group(6);
        String y = numeric ? m.group(4) : m.group(7);
        if (y == null) {
            // "hoàn thành 9/12 nhiệm vụ" is a count, not a date: a bare day/month needs "ngày" after "hoàn thành"
            boolean dated = m.group(1) != null || !m.group().regionMatches(true, 0, "hoàn thành", 0, 10);
            if (year <= 0 || !dated) {
                return null;
            }
            y = Integer.toString(year);
        }
        return VietnameseDates.dayMonth(day, month, Integer.parseInt(y)).orElse(null);
    }

    /** Cheap test before the patterns: every deadline form has one of these words (and a digit). */
    private static boolean mayStateADeadline(String l) {
        return l.contains("trước")
                || l.contains("hạn")
                || l.contains("hoàn thành")
                || l.contains("xong")
                || l.contains("chậm nhất")
                || l.contains("quý")
                || l.contains("trong tháng")
                || l.contains("giải ngân")
                || l.contains("đến hết")
                || l.contains("đến cuối");
    }

    /** A table cell "Thời gian hoàn thành": "31/12/2025", "Tháng 6/2025", "Quý II/2025", "Năm 2025", "Thường xuyên". */
    static Optional<LocalDate> inCell(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        Optional<VietnameseDates.Found> d = VietnameseDates.findFirst(cell, 0);
        if (d.isPresent()) {
            return Optional.of(d.get().date());
        }
        Optional<LocalDate> q = VietnameseDates.parseQuarterEnd(cell);
        if (q.isPresent()) {
            return q;
        }
        Matcher m = CELL_MONTH.matcher(cell);
        if (m.find()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        .atEndOfMonth());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        Matcher y = CELL_YEAR.matcher(cell.strip());
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year > 1900 && year < 2200) {
                return Optional.of(LocalDate.of(year, 12, 31));
            }
        }
        return Optional.empty();
    }
}
