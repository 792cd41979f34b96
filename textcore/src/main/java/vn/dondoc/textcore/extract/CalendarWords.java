package vn.dondoc.textcore.extract;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.Session;

/**
 * The words of the work-calendar genre, read from {@code lexicon/calendar-*.tsv}: weekdays ("Thứ Hai", "HAI",
 * "T2", "CN"), session words ("Sáng", "BUỔI CHIỀU") and the labels of an item's fields ("Địa điểm:", "Mời:").
 */
final class CalendarWords {

    /** Weekday words, longest first, lower case. */
    private static final Map<String, DayOfWeek> WEEKDAYS =
            WordLists.load("calendar-weekdays.tsv", v -> DayOfWeek.of(Integer.parseInt(v)));

    private static final Map<String, Session> SESSIONS = WordLists.load("calendar-sessions.tsv", Session::valueOf);
    private static final Map<String, String> FIELDS = WordLists.load("calendar-fields.tsv", v -> v);
    private static final List<String> OFFICES =
            List.copyOf(WordLists.load("calendar-offices.txt", v -> v).keySet());

    /** A weekday word and where it ends in the text it was read from. */
    record Weekday(DayOfWeek day, int end) {}

    private CalendarWords() {}

    /** Offices that open a chair or an item's subject ("bí thư", "hiệu trưởng"), lower case. */
    static List<String> offices() {
        return OFFICES;
    }

    /** The labels of an item's fields, lower case, longest first, each with its field (place, chairs, participants, units). */
    static Map<String, String> fields() {
        return FIELDS;
    }

    /**
     * The weekday a day cell or heading starts with: "Thứ Hai", "THỨ 2", "Thứ hai,", "T2", "CN", "Chủ nhật", and
     * the bare upper-case word of a school's week ("HAI 30/10", "BẢY") when a digit or the end follows; null when none.
     */
    static Weekday weekdayAt(String text, int from) {
        int i = skipSpaces(text, from);
        if (i >= text.length() || "TtCcHBNSh".indexOf(text.charAt(i)) < 0) {
            return null; // no weekday word starts otherwise: most lines are turned away by their first letter
        }
        boolean thu = false;
        if (text.regionMatches(true, i, "thứ", 0, 3)) {
            i = skipSpaces(text, i + 3);
            thu = true;
        } else if (i + 1 < text.length()
                && (text.charAt(i) == 'T' || text.charAt(i) == 't')
                && text.charAt(i + 1) >= '2'
                && text.charAt(i + 1) <= '7'
                && endsWord(text, i + 2)) {
            return new Weekday(DayOfWeek.of(text.charAt(i + 1) - '1'), i + 2); // "T2"
        }
        for (Map.Entry<String, DayOfWeek> e : WEEKDAYS.entrySet()) {
            String w = e.getKey();
            boolean sunday = e.getValue() == DayOfWeek.SUNDAY;
            if (thu && sunday || !text.regionMatches(true, i, w, 0, w.length()) || !endsWord(text, i + w.length())) {
                continue;
            }
            if (!thu && !sunday) {
                // a bare "HAI", "BA": only in upper case, before a date or alone ("BA 31/10", "NĂM")
                String word = text.substring(i, i + w.length());
                int after = skipSpaces(text, i + w.length());
                if (Character.isDigit(w.charAt(0))
                        || !word.equals(word.toUpperCase(Locale.ROOT))
                        || after < text.length() && !Character.isDigit(text.charAt(after))) {
                    continue;
                }
            }
            return new Weekday(e.getValue(), i + w.length());
        }
        return null;
    }

    /** The session words as a regex alternation, longest first ("cả ngày|chiều|sáng|..."). */
    static String sessionAlternation() {
        return String.join("|", SESSIONS.keySet());
    }

    /** "Sáng", "buổi chiều", "Cả ngày" as the whole of {@code word} (case aside); null when it is not a session word. */
    static Session session(String word) {
        if (word == null) {
            return null;
        }
        String s = word.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("buổi ")) {
            s = s.substring(5).strip();
        }
        for (Map.Entry<String, Session> e : SESSIONS.entrySet()) {
            if (s.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean endsWord(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
