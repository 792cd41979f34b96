package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import vn.dondoc.textcore.format.DigitLed;
import vn.dondoc.textcore.format.LeadWords;
import vn.dondoc.textcore.format.VietnameseDates;

/**
 * Deadlines as tasks state them: "hoàn thành trước ngày 20/3/2020", "trước 31/12/2025", "thời hạn: 15/8/2025",
 * "trong tháng 6/2020", "Quý II/2025", "năm 2025". The first stated deadline wins. Pure functions.
 */
final class Deadlines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:trước|chậm nhất(?: là)?|hạn chót|thời hạn(?: hoàn thành)?\\s*:?|hoàn thành(?: trong| vào)?|xong trước)\\s+(?:ngày\\s+)?"
                    + "(" + VietnameseDates.NUMERIC_DATE_REGEX + ")", FLAGS);
    private static final Pattern IN_MONTH = Pattern.compile(
            "(?:hoàn thành|xong|thời hạn|trước|chậm nhất)[^.;]{0,40}?(?:trong |vào |cuối )?tháng\\s+(\\d{1,2})\\s*/\\s*(\\d{4})", FLAGS);
    private static final Pattern IN_QUARTER = Pattern.compile(
            "(?:hoàn thành|xong|thời hạn|trước|chậm nhất|trong)[^.;]{0,40}?(quý\\s+(?:I{1,3}|IV|[1-4])\\s*(?:/|năm\\s+)\\s*\\d{4})", FLAGS);

    private static final LeadWords BEFORE_DATE_AT = new LeadWords(BEFORE_DATE,
            List.of("trước", "chậm nhất", "hạn chót", "thời hạn", "hoàn thành", "xong trước"));
    private static final LeadWords IN_MONTH_AT = new LeadWords(IN_MONTH,
            List.of("hoàn thành", "xong", "thời hạn", "trước", "chậm nhất"));
    private static final LeadWords IN_QUARTER_AT = new LeadWords(IN_QUARTER,
            List.of("hoàn thành", "xong", "thời hạn", "trước", "chậm nhất", "trong"));

    private Deadlines() {
    }

    /** The deadline a task sentence states, if any. */
    static Optional<LocalDate> inSentence(String text) {
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
            best = VietnameseDates.parse(m.group(1)).orElse(null);
            at = best == null ? null : m.start();
        }
        Matcher mm = lower.contains("tháng") ? IN_MONTH_AT.find(text, lower) : null;
        if (mm != null && (at == null || mm.start() < at)) {
            try {
                best = YearMonth.of(Integer.parseInt(mm.group(2)), Integer.parseInt(mm.group(1))).atEndOfMonth();
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
            }
        }
        return Optional.ofNullable(best);
    }

    /** Cheap test before the patterns: every deadline form has one of these words (and a digit). */
    private static boolean mayStateADeadline(String l) {
        return l.contains("trước") || l.contains("hạn") || l.contains("hoàn thành") || l.contains("xong")
                || l.contains("chậm nhất") || l.contains("quý");
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
        Matcher m = Pattern.compile("tháng\\s+(\\d{1,2})\\s*[/-]\\s*(\\d{4})", FLAGS).matcher(cell);
        if (m.find()) {
            try {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).atEndOfMonth());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        Matcher y = Pattern.compile("(?:^|năm\\s+)(\\d{4})\\s*$", FLAGS).matcher(cell.strip());
        if (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year > 1900 && year < 2200) {
                return Optional.of(LocalDate.of(year, 12, 31));
            }
        }
        return Optional.empty();
    }
}
