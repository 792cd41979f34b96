package vn.dondoc.textcore.repair;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Letter-level facts about Vietnamese used by the repairer, the model builder and the damage simulator.
 * A "toned" letter is a vowel carrying one of the five tone marks (sắc, huyền, hỏi, ngã, nặng): those are
 * the glyphs PDF extraction drops. Letters with only a vowel-quality mark (ă â ê ô ơ ư) or đ are not toned.
 */
public final class VietnameseText {

    private static final String BASE_VOWELS = "aăâeêioôơuưy";
    private static final char[] TONE_MARKS = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};
    /** All lowercase toned vowels, composed (NFC): 12 vowels × 5 tones. */
    static final String TONED_VOWELS;

    private static final String ALL_VOWELS;
    private static final boolean[] TONED = new boolean[0x2000];
    private static final boolean[] VIET_LETTER = new boolean[0x2000];

    static {
        StringBuilder toned = new StringBuilder();
        for (char v : BASE_VOWELS.toCharArray()) {
            for (char mark : TONE_MARKS) {
                toned.append(Normalizer.normalize(String.valueOf(v) + mark, Normalizer.Form.NFC));
            }
        }
        TONED_VOWELS = toned.toString();
        ALL_VOWELS = BASE_VOWELS + TONED_VOWELS;
        String lower = ALL_VOWELS + "bcdđghklmnpqrstvx" + "fjwz";
        for (char c : (lower + lower.toUpperCase(Locale.ROOT)).toCharArray()) {
            VIET_LETTER[c] = true;
        }
        for (char c : (TONED_VOWELS + TONED_VOWELS.toUpperCase(Locale.ROOT)).toCharArray()) {
            TONED[c] = true;
        }
    }

    /**
     * Orthographic shape of one syllable: onset, 1–3 vowel letters, coda. Loose on purpose (it accepts a few
     * impossible rhymes) — it only has to reject clusters such as "tnh", "cp", "tchức" that no syllable has.
     */
    private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "[" + ALL_VOWELS + "]{1,3}"
            + "(?:ng|nh|ch|[cmnpt])?");

    private VietnameseText() {}

    public static boolean isToned(char c) {
        return c < TONED.length && TONED[c];
    }

    /** Latin letters used in Vietnamese text (incl. f j w z for loan words), any case. */
    public static boolean isVietnameseLetter(char c) {
        return c < VIET_LETTER.length && VIET_LETTER[c];
    }

    /** Index of the single toned letter of a word, -1 if none, -2 if more than one. */
    public static int tonedIndex(CharSequence w) {
        int found = -1;
        for (int i = 0; i < w.length(); i++) {
            if (isToned(w.charAt(i))) {
                if (found >= 0) {
                    return -2;
                }
                found = i;
            }
        }
        return found;
    }

    /** True when a lowercase NFC word has the shape of one Vietnamese syllable with at most one tone mark. */
    public static boolean isSyllable(String lower) {
        return lower.length() <= 7
                && tonedIndex(lower) >= -1
                && SYLLABLE.matcher(lower).matches();
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Case shape of a token as written: lowercase, Capitalized, UPPER, or mixed (anything else). */
    enum CaseShape {
        LOWER,
        CAPITALIZED,
        UPPER,
        MIXED
    }

    static CaseShape caseShape(CharSequence s, int start, int end) {
        int upper = 0;
        boolean firstUpper = Character.isUpperCase(s.charAt(start));
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                upper++;
            }
        }
        int n = end - start;
        if (upper == 0) {
            return CaseShape.LOWER;
        }
        if (upper == n) {
            return n == 1 ? CaseShape.CAPITALIZED : CaseShape.UPPER;
        }
        return firstUpper && upper == 1 ? CaseShape.CAPITALIZED : CaseShape.MIXED;
    }

    /** Writes a lowercase replacement in the case shape of the token it replaces. */
    static String applyCase(String lower, CaseShape shape) {
        return switch (shape) {
            case UPPER -> lower.toUpperCase(Locale.ROOT);
            case CAPITALIZED ->
                lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            default -> lower;
        };
    }
}
