package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.VietnameseDates;

/**
 * The dates of a work calendar: where the calendar sits in time (the month of a monthly program, or a day of
 * a weekly one), and the day cells of its rows ("05", "02-03", "Từ 10 - 12", "Thứ Hai (04/11)", "06-07/11",
 * "Từ ngày 18 đến 22/11", "Cả tháng"). A day and month printed without a year take the year that puts them
 * nearest the calendar's own dates, so a week from 30/12 to 05/01 reads "02/01" in the new year.
 */
final class CalendarDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern DAY_MONTH =
            Pattern.compile("(?=\\d)(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    /** "06-" or "18 đến " (ngày) right before a day/month: the first day of a range in that month. */
    private static final Pattern RANGE_HEAD =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:-|–|đến)\\s*(?:ngày\\s*)?$", FLAGS);

    private static final Pattern BARE_DAYS = Pattern.compile(
            "^(?:từ\\s+)?(?:ngày\\s*)?(\\d{1,2})(?:\\s*(?:-|–|đến)\\s*(?:ngày\\s*)?(\\d{1,2}))?$", FLAGS);
    private static final Pattern WEEKDAY =
            Pattern.compile("^(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)(?![\\p{L}\\d])", FLAGS);
    /** A month heading that is not the month of a full date ("ngày 31 tháng 10 năm 2024"). */
    private static final Pattern MONTH_HEADING =
            Pattern.compile("(?<!\\d\\s)(?<!\\d)tháng\\s+(\\d{1,2})\\s*(?:năm\\s+|/\\s*|-\\s*)(\\d{4})", FLAGS);

    /** Where a calendar sits in time: its month (for bare day numbers) and a day inside its period. */
    record When(YearMonth month, LocalDate anchor) {}

    private CalendarDates() {}

    /** "THÁNG 10 NĂM 2021", "tháng 11/2024", not the month of "ngày 31 tháng 10 năm 2024". */
    static Optional<YearMonth> monthHeading(String text) {
        Matcher m = MONTH_HEADING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i + 5 <= n; i++) {
            char c = text.charAt(i);
            // the pattern is tried only where "tháng" starts: a regex scan of the whole heading costs more
            if (c != 't' && c != 'T' || !text.regionMatches(true, i, "tháng", 0, 5)) {
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                continue;
            }
            int month = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && year > 1900 && year < 2200) {
                return Optional.of(YearMonth.of(year, month));
            }
        }
        return Optional.empty();
    }

    /** The date nearest {@code anchor} with this day and month (its year, the year before or after). */
    static Optional<LocalDate> near(String day, String month, LocalDate anchor) {
        LocalDate best = null;
        for (int dy = -1; dy <= 1; dy++) {
            Optional<LocalDate> d = VietnameseDates.dayMonth(day, month, anchor.getYear() + dy);
            if (d.isPresent()
                    && (best == null
                            || Math.abs(ChronoUnit.DAYS.between(anchor, d.get()))
                                    < Math.abs(ChronoUnit.DAYS.between(anchor, best)))) {
                best = d.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A day and month printed without a year in a text that gives no year at all ("HAI 30/10"): the latest year,
     * not after today, in which that day falls on the printed weekday (within 28 years, the calendar's cycle).
     */
    static Optional<LocalDate> byWeekday(String day, String month, java.time.DayOfWeek weekday, LocalDate today) {
        for (int y = today.getYear(); y > today.getYear() - 28; y--) {
            Optional<LocalDate> d = VietnameseDates.dayMonth(day, month, y);
            if (d.isPresent() && d.get().getDayOfWeek() == weekday && !d.get().isAfter(today)) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first "weekday + day/month without year" of a calendar's day cells and headings, dated by its weekday. */
    static Optional<LocalDate> firstByWeekday(String line, LocalDate today) {
        CalendarWords.Weekday wd = CalendarWords.weekdayAt(line, 0);
        if (wd == null) {
            return Optional.empty();
        }
        int end = Math.min(line.length(), wd.end() + 24);
        Matcher dm = DAY_MONTH.matcher(line).region(wd.end(), end);
        if (!dm.find() || dm.group(3) != null) {
            return Optional.empty();
        }
        return byWeekday(dm.group(1), dm.group(2), wd.day(), today);
    }

    /** A day/month match, with its year when printed, else the one nearest the calendar's dates. */
    static Optional<LocalDate> resolve(Matcher dm, When when) {
        if (dm.group(3) != null) {
            return VietnameseDates.dayMonth(dm.group(1), dm.group(2), Integer.parseInt(dm.group(3)));
        }
        return when.anchor() == null ? Optional.empty() : near(dm.group(1), dm.group(2), when.anchor());
    }

    /**
     * A day cell as [date, endDate or null]: "01", "02-03", "Từ 10 - 12", "Thứ Hai (14/7)", "14/7/2025",
     * "Thứ Bảy, Chủ nhật (09-10/11)", "Từ ngày 18 đến 22/11", "Từ 02/12 đến 06/12", "Cả tháng", "Trong tháng".
     */
    static Optional<LocalDate[]> parseDay(String cell, When when) {
        String c = cell.strip().replaceAll("\\s+", " ");
        if (c.isEmpty() || c.length() > 48) {
            return Optional.empty();
        }
        String lower = c.toLowerCase(Locale.ROOT);
        if (when.month() != null && (lower.startsWith("cả tháng") || lower.startsWith("trong tháng"))) {
            return Optional.of(
                    new LocalDate[] {when.month().atDay(1), when.month().atEndOfMonth()});
        }
        Matcher dm = DAY_MONTH.matcher(c);
        if (dm.find()) {
            int firstStart = dm.start();
            Optional<LocalDate> first = resolve(dm, when);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            if (dm.find()) {
                Optional<LocalDate> second = resolve(dm, new When(when.month(), first.get()));
                if (second.isPresent()
                        && second.get().isAfter(first.get())
                        && ChronoUnit.DAYS.between(first.get(), second.get()) <= 62) {
                    return Optional.of(new LocalDate[] {first.get(), second.get()});
                }
            }
            Matcher head = RANGE_HEAD.matcher(c.substring(0, firstStart));
            if (head.find()) {
                LocalDate end = first.get();
                int startDay = Integer.parseInt(head.group(1));
                YearMonth m = YearMonth.from(end);
                YearMonth startMonth = startDay < end.getDayOfMonth() ? m : m.minusMonths(1); // "30-01/12"
                if (startDay >= 1 && startDay <= startMonth.lengthOfMonth() && startDay != end.getDayOfMonth()) {
                    return Optional.of(new LocalDate[] {startMonth.atDay(startDay), end});
                }
            }
            return Optional.of(new LocalDate[] {first.get(), null});
        }
        Optional<VietnameseDates.Found> worded =
                VietnameseDates.findFirst(c, 0); // "Thứ Hai, ngày 04 tháng 11 năm 2024"
        if (worded.isPresent()) {
            return Optional.of(new LocalDate[] {worded.get().date(), null});
        }
        if (when.month() == null) {
            return Optional.empty();
        }
        Matcher weekday = WEEKDAY.matcher(c);
        if (weekday.lookingAt()) {
            // "Thứ Ba (05)", "Thứ 3, ngày 05": the weekday, then the day of the program's month
            c = c.substring(weekday.end()).replaceAll("^[\\s,.:(\\-–]+|[)\\s]+$", "");
        }
        Matcher bare = BARE_DAYS.matcher(c);
        if (!bare.matches()) {
            return Optional.empty();
        }
        String month = Integer.toString(when.month().getMonthValue());
        int year = when.month().getYear();
        Optional<LocalDate> a = VietnameseDates.dayMonth(bare.group(1), month, year);
        if (bare.group(2) == null) {
            return a.map(x -> new LocalDate[] {x, null});
        }
        Optional<LocalDate> b = VietnameseDates.dayMonth(bare.group(2), month, year);
        if (a.isPresent() && b.isPresent() && b.get().isAfter(a.get())) {
            return Optional.of(new LocalDate[] {a.get(), b.get()});
        }
        return Optional.empty();
    }
}
