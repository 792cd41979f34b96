package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.WordLists;

/**
 * Periods an aim or a task is set for, each standing for its last day: "năm 2025", "đến hết năm 2030",
 * "giai đoạn 2026 - 2030", "Quý II/2025", "trong tháng 11/2025", "6 tháng đầu năm 2025". A year that dates
 * something else is no period: the day of a cited document ("ngày 12 tháng 6 năm 2025"), a baseline ("so với
 * năm 2020"), a law's year ("Luật Phòng, chống ma túy năm 2021"). Only looked for where "năm", "quý" or
 * "tháng" stand. Pure functions.
 */
final class Periods {

    /** A period found in text: its last day and where it was written. */
    record Found(LocalDate end, int start, int stop) {}

    private static final Pattern QUARTER =
            Pattern.compile("quý\\s+(iv|i{1,3}|[1-4])\\s*(?:/|năm\\s+)\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})\\s*(?:/|năm\\s+)\\s*(\\d{4})(?!\\d)");
    private static final Pattern MONTHS_OF_YEAR =
            Pattern.compile("(\\d{1,2})\\s+tháng\\s+(?:đầu\\s+)?năm\\s+(\\d{4})(?!\\d)");
    private static final Pattern YEAR =
            Pattern.compile("năm\\s+(\\d{4})(?!\\d)(?:\\s*[-–]\\s*(?:năm\\s+)?(\\d{4})(?!\\d))?");
    private static final Pattern SPAN = Pattern.compile(
            "giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?(\\d{4})\\s*(?:[-–]|đến)\\s*(?:năm\\s+)?(\\d{4})(?!\\d)");
    /** Words that make the year before them something other than a period of work. */
    private static final List<String> NOT_A_PERIOD_BEFORE = WordLists.list("period-words.tsv", "not-a-period-before");

    private static final List<String> CITED_BY_NAME = WordLists.list("period-words.tsv", "cited-by-name");

    private Periods() {}

    /** Every period in {@code text}, in order. */
    static List<Found> all(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        List<Found> out = new ArrayList<>(2);
        if (l.length() != text.length()
                || l.indexOf("năm") < 0
                        && l.indexOf("quý") < 0
                        && l.indexOf("tháng") < 0
                        && l.indexOf("giai đoạn") < 0) {
            return out;
        }
        int from = 0;
        while (from < l.length()) {
            int at = nextWord(l, from);
            if (at < 0) {
                break;
            }
            Found f = at(l, at);
            if (f != null && quoted(l, at)) {
                f = null; // "Đề án “... giai đoạn 2021-2025”": a period in a quoted name names, it sets no deadline
            }
            if (f != null) {
                out.add(f);
                from = f.stop();
            } else {
                from = at + 1;
            }
        }
        return out;
    }

    /** The first period in {@code text}, or null. */
    static Found first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The last period in {@code text}, or null. */
    static Found last(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static int nextWord(String l, int from) {
        int best = -1;
        for (String w : new String[] {"năm", "quý", "tháng", "giai đoạn"}) {
            int i = l.indexOf(w, from);
            while (i > 0 && Character.isLetter(l.charAt(i - 1))) {
                i = l.indexOf(w, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        // "6 tháng đầu năm 2025" begins at its figure
        if (best >= 0 && l.startsWith("tháng", best)) {
            int d = best - 1;
            while (d >= 0 && l.charAt(d) == ' ') {
                d--;
            }
            int e = d;
            while (d >= 0 && Character.isDigit(l.charAt(d))) {
                d--;
            }
            if (e > d && d + 1 >= from) {
                return d + 1;
            }
        }
        return best;
    }

    private static Found at(String l, int at) {
        Matcher m;
        char c = l.charAt(at);
        if (Character.isDigit(c)) {
            m = region(MONTHS_OF_YEAR, l, at);
            if (m != null) {
                int months = Integer.parseInt(m.group(1));
                return months >= 1 && months <= 12
                        ? found(YearMonth.of(year(m.group(2)), months).atEndOfMonth(), m)
                        : null;
            }
            return null;
        }
        if (l.startsWith("quý", at)) {
            m = region(QUARTER, l, at);
            if (m == null) {
                return null;
            }
            int q = switch (m.group(1)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            return found(YearMonth.of(year(m.group(2)), q * 3).atEndOfMonth(), m);
        }
        if (l.startsWith("giai đoạn", at)) {
            m = region(SPAN, l, at);
            return m == null ? null : found(LocalDate.of(year(m.group(2)), 12, 31), m);
        }
        if (l.startsWith("tháng", at)) {
            m = region(MONTH, l, at);
            if (m == null || datedDay(l, at)) {
                return null;
            }
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12
                    ? found(YearMonth.of(year(m.group(2)), month).atEndOfMonth(), m)
                    : null;
        }
        m = region(YEAR, l, at);
        if (m == null || notAPeriod(l, at)) {
            return null;
        }
        int y = year(m.group(2) != null ? m.group(2) : m.group(1));
        return y < 1945 || y > 2200 ? null : found(LocalDate.of(y, 12, 31), m);
    }

    /** Whether {@code at} is inside quotation marks (“...” or an odd number of '"' before it). */
    private static boolean quoted(String l, int at) {
        int open = l.lastIndexOf('“', at);
        if (open >= 0 && l.lastIndexOf('”', at) < open) {
            return true;
        }
        int straight = 0;
        for (int i = l.indexOf('"'); i >= 0 && i < at; i = l.indexOf('"', i + 1)) {
            straight++;
        }
        return straight % 2 == 1;
    }

    /** "ngày 12 tháng 6 năm 2025": a day, not a month of work. */
    private static boolean datedDay(String l, int at) {
        String before = l.substring(Math.max(0, at - 12), at).strip();
        int i = before.length();
        while (i > 0 && Character.isDigit(before.charAt(i - 1))) {
            i--;
        }
        return i < before.length() && before.substring(0, i).strip().endsWith("ngày");
    }

    private static boolean notAPeriod(String l, int at) {
        String before = l.substring(Math.max(0, at - 60), at);
        String near = before.stripTrailing();
        for (String w : NOT_A_PERIOD_BEFORE) {
            if (near.endsWith(w)
                    && (near.length() == w.length()
                            || !Character.isLetter(near.charAt(near.length() - w.length() - 1)))) {
                return true;
            }
        }
        // "tháng 6 năm 2025" is a date or a month; "ngày 12/6 năm 2025"
        int n = near.length();
        if (n > 0 && Character.isDigit(near.charAt(n - 1))) {
            return true;
        }
        // a year in the name of a cited law or resolution, with no pause between them
        // ("Luật Phòng, chống ma túy năm 2021": the comma of "phòng, chống" is inside the name)
        int pause = Math.max(
                before.replace(", chống", "  chống").lastIndexOf(','),
                Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        String tail = before.substring(pause + 1);
        for (String w : CITED_BY_NAME) {
            int i = tail.lastIndexOf(w);
            if (i >= 0 && (i == 0 || !Character.isLetter(tail.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Matcher region(Pattern p, String l, int at) {
        Matcher m = p.matcher(l);
        m.region(at, l.length());
        return m.lookingAt() ? m : null;
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Found found(LocalDate end, Matcher m) {
        return new Found(end, m.start(), m.end());
    }
}
