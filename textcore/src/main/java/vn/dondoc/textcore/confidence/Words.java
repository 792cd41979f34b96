package vn.dondoc.textcore.confidence;

import java.util.List;
import vn.dondoc.textcore.format.WordLists;

/** Small word tests the scorer and the candidates finder share, over lower-case text. */
final class Words {
    private Words() {}

    /** Words that state how a target compares ("phấn đấu đạt", "ít nhất", "dưới"). */
    static final List<String> COMPARATOR_WORDS = list("comparator");
    /** Words of an aim, not of an achievement. */
    static final List<String> AIM_WORDS = list("aim");
    /** Verbs a report uses for what was done. */
    static final List<String> ACHIEVEMENT_WORDS = list("achievement");
    /** Words that open a report's past tense or comparison: "đã ...", "so với cùng kỳ". */
    private static final List<String> RESULT_MARKERS = list("result");
    /** How a criterion or aim opens ("Trên 80% các đơn vị ...", "Hàng năm, số vụ ..."): a target, not work given. */
    private static final java.util.regex.Pattern TARGET_OPENING = java.util.regex.Pattern.compile(
            "^(trên|dưới|ít nhất|tối thiểu|phấn đấu|hàng năm|hằng năm|đến năm|đến hết năm|100|\\d+([,.]\\d+)?\\s?%)");
    /** People where a calendar row's content should be: "Đ/c Thanh; Đ/c Thân". */
    static final List<String> PEOPLE_OPENINGS = list("people");
    /** Day and session markers a calendar row should not begin with. */
    static final List<String> DAY_MARKERS = list("day");

    /** A session word left in a row's content: "(sáng)", "buổi chiều". */
    static final List<String> SESSION_WORDS = list("session");

    /** The words of one list of {@code lexicon/confidence-words.tsv}, in file order; "_" at the end stands for a space. */
    private static List<String> list(String which) {
        return WordLists.list("confidence-words.tsv", which);
    }

    static boolean containsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean readsAsTarget(String lower) {
        return TARGET_OPENING.matcher(stripOrdinal(lower)).find();
    }

    static boolean readsAsResult(String lower) {
        return containsAny(lower, RESULT_MARKERS) || lower.startsWith("đã ");
    }

    /** Words up to {@code cap} (counting stops there, so long paragraphs cost nothing). */
    static int count(String s, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < cap; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** "1. ", "a) ", "- " at the head of a text. */
    static String stripOrdinal(String lower) {
        int i = 0;
        while (i < lower.length()
                && i < 8
                && (Character.isDigit(lower.charAt(i))
                        || ".)-+•*– ".indexOf(lower.charAt(i)) >= 0
                        || i < 2
                                && Character.isLetter(lower.charAt(i))
                                && i + 1 < lower.length()
                                && lower.charAt(i + 1) == ')')) {
            i++;
        }
        return lower.substring(i).stripLeading();
    }

    /** An instruction verb among the first words, after a subject ("Sở Y tế tăng cường ..."). */
    static boolean verbSoon(String lower, List<String> verbs) {
        String head = lower.length() > 70 ? lower.substring(0, 70) : lower;
        for (String v : verbs) {
            int at = head.indexOf(v);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetter(head.charAt(at - 1));
                int end = at + v.length();
                boolean endOk = end >= head.length() || !Character.isLetter(head.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = head.indexOf(v, at + 1);
            }
        }
        return false;
    }
}
