package vn.dondoc.textcore.format;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes an upper-case header ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TL. GIÁM ĐỐC") the way
 * people write it ("Sở Lao động - Thương binh và Xã hội", "TL. Giám đốc"): sentence case, the
 * phrases of the casing lexicon in their own case, and place names after "tỉnh", "huyện" ... in title case.
 */
public final class Casing {

    /**
     * Words a place name follows: "tỉnh Hà Tĩnh", and Party committees named by place: "Tỉnh ủy Quảng Nam". A list in a
     * fixed order, longest first, so that every run walks them alike (a {@code Set.of} iterates in an order that may
     * change from one JVM run to the next).
     */
    private static final List<String> PLACE_LEVELS = Stream.of(
                    "tỉnh",
                    "huyện",
                    "thành phố",
                    "thị xã",
                    "xã",
                    "quận",
                    "phường",
                    "thị trấn",
                    "tỉnh ủy",
                    "tỉnh uỷ",
                    "thành ủy",
                    "thành uỷ",
                    "huyện ủy",
                    "huyện uỷ",
                    "quận ủy",
                    "thị ủy")
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private static final Set<String> PLACE_LEVEL_WORDS = Set.copyOf(PLACE_LEVELS);

    private final Lexicon lexicon;

    public Casing(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Leaves mixed-case text alone; rewrites mostly upper-case text. */
    public String normal(String text) {
        if (text == null || text.isBlank() || !mostlyUpper(text)) {
            return text == null ? null : text.strip();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower);
        // phrases of the lexicon, longest first, where they start and end at word boundaries
        boolean[] fixed = new boolean[lower.length()];
        for (String phrase : lexicon.casing()) {
            String key = phrase.toLowerCase(Locale.ROOT);
            int from = 0;
            int at;
            while ((at = lower.indexOf(key, from)) >= 0) {
                int end = at + key.length();
                if (boundary(lower, at - 1) && boundary(lower, end) && !anyFixed(fixed, at, end)) {
                    out.replace(at, end, phrase);
                    for (int i = at; i < end; i++) {
                        fixed[i] = true;
                    }
                }
                from = end;
            }
        }
        keepAbbreviations(text.strip(), out);
        String s = out.toString();
        s = titleCasePlaces(s, fixed);
        return capitalizeFirst(s);
    }

    /** "TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ" keeps "HQ"; "UBND", "HĐND", "TW" stay in capitals too. */
    private void keepAbbreviations(String original, StringBuilder out) {
        if (original.length() != out.length()) {
            return;
        }
        int i = 0;
        while (i < original.length()) {
            if (!Character.isLetter(original.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < original.length() && Character.isLetterOrDigit(original.charAt(end))) {
                end++;
            }
            String word = original.substring(i, end);
            if (end - i >= 2 && (!hasVowel(word) || lexicon.abbreviations().containsKey(word))) {
                out.replace(i, end, word);
            }
            i = end;
        }
    }

    private static boolean hasVowel(String word) {
        String base = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        for (int i = 0; i < base.length(); i++) {
            if ("aeiouy".indexOf(base.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyFixed(boolean[] fixed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (fixed[i]) {
                return true;
            }
        }
        return false;
    }

    /** "tỉnh hà tĩnh" → "tỉnh Hà Tĩnh": the words after a place level, up to the end or a separator. */
    private static String titleCasePlaces(String s, boolean[] fixed) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s);
        for (String level : PLACE_LEVELS) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(level + " ", from)) >= 0) {
                from = at + 1;
                if (!boundary(lower, at - 1)) {
                    continue;
                }
                int i = at + level.length() + 1;
                boolean first = true;
                while (i < s.length()) {
                    int end = i;
                    while (end < s.length() && Character.isLetter(s.charAt(end))) {
                        end++;
                    }
                    if (end == i) {
                        break;
                    }
                    String word = lower.substring(i, end);
                    if (isConnector(word) || (i < fixed.length && fixed[i])) {
                        break;
                    }
                    if (!first || !PLACE_LEVEL_WORDS.contains(word)) {
                        out.setCharAt(i, Character.toUpperCase(s.charAt(i)));
                    }
                    first = false;
                    if (end >= s.length() || s.charAt(end) != ' ') {
                        break;
                    }
                    i = end + 1;
                }
            }
        }
        return out.toString();
    }

    private static boolean isConnector(String w) {
        return switch (w) {
            case "và", "về", "của", "các", "trên", "tại", "theo", "với", "cho", "trong", "viên" -> true;
            default -> false;
        };
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    public static String capitalizeFirst(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** Whether {@code s}, after leading white space, begins with {@code prefix} in any case ("Nơi nhận", "NƠI NHẬN"). */
    public static boolean startsIgnoreCase(String s, String prefix) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /** Whether {@code s} holds {@code word} (given in lower case) in any case: "số", "Số", "SỐ". */
    public static boolean containsIgnoreCase(String s, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == lower || c == upper) && s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A header line: at least 90% of the letters in its first 160 characters are capitals. */
    public static boolean isUpperLine(String l) {
        int letters = 0;
        int upper = 0;
        int n = Math.min(l.length(), 160);
        for (int i = 0; i < n; i++) {
            byte k = LETTER_CASE[l.charAt(i)];
            if (k != NOT_A_LETTER) {
                letters++;
                if (k == UPPER) {
                    upper++;
                } else if ((letters - upper) * 10 > letters + n - i - 1) {
                    return false; // even if every character left were a capital, too many small letters already
                }
            }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    /** At least 80% of the letters are capitals. */
    public static boolean mostlyUpper(String l) {
        int letters = 0;
        int upper = 0;
        int n = l.length();
        for (int i = 0; i < n; i++) {
            byte k = LETTER_CASE[l.charAt(i)];
            if (k != NOT_A_LETTER) {
                letters++;
                if (k == UPPER) {
                    upper++;
                } else if ((letters - upper) * 5 > letters + n - i - 1) {
                    return false; // even if every character left were a capital, too many small letters already
                }
            }
        }
        return letters >= 2 && upper >= letters * 0.8;
    }

    private static final byte NOT_A_LETTER = 0;
    private static final byte OTHER_LETTER = 1;
    private static final byte UPPER = 2;
    /** Character.isLetter / isUpperCase of every char, looked up once: these tests run on every line. */
    private static final byte[] LETTER_CASE = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            LETTER_CASE[c] = !Character.isLetter((char) c)
                    ? NOT_A_LETTER
                    : Character.isUpperCase((char) c) ? UPPER : OTHER_LETTER;
        }
    }
}
