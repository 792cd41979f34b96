package vn.dondoc.ingest.encoding;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a word is a well-formed Vietnamese syllable (onset + vowel nucleus + final,
 * at most one tone mark). Used to score encoding guesses: mojibake is full of non-syllables.
 * Deliberately a little lenient (it accepts some syllables no one writes): it must separate
 * "Hµ Néi" from "Hà Nội", not check spelling.
 */
public final class VietnameseSyllables {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> ONSETS = List.of(
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l",
            "m", "n", "p", "r", "s", "t", "v", "x", "");
    /** Vowel groups that end in a semivowel (i/y/o/u): nothing may follow them. */
    private static final Set<String> OPEN_NUCLEI = Set.of(
            "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu", "ai", "ao", "au", "ay",
            "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "uơ");
    /** Vowel groups that may take a final consonant. */
    private static final Set<String> CLOSABLE_NUCLEI = Set.of(
            "uyê", "iê", "yê", "oa", "oă", "oe", "uâ", "uê", "uô", "ươ", "uy", "a", "ă", "â", "e", "ê", "i", "o", "ô",
            "ơ", "u", "ư", "y");

    private static final Set<String> CODAS = Set.of("ch", "ng", "nh", "c", "m", "n", "p", "t");
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    /** For each precomposed char below U+2000: its lower-case toneless form (0 = not a letter we know) and tone count. */
    private static final char[] TONELESS = new char[0x2000];

    private static final byte[] TONES = new byte[0x2000];

    static {
        for (char c = 0; c < TONELESS.length; c++) {
            String nfd =
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toLowerCase(VI);
            String toneless = TONE_MARKS.matcher(nfd).replaceAll("");
            String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
            if (base.length() == 1 && Character.isLetter(base.charAt(0))) {
                TONELESS[c] = base.charAt(0);
                TONES[c] = (byte) (nfd.length() - toneless.length());
            }
        }
    }

    private VietnameseSyllables() {}

    /** True when {@code word} (any case, any normal form, no punctuation) is a Vietnamese syllable. */
    public static boolean isSyllable(CharSequence word) {
        int n = word.length();
        if (n == 0 || n > 16) {
            return false;
        }
        // Fast path for precomposed text (what detection sees): a table lookup per char.
        char[] base = new char[n];
        int tones = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c >= TONELESS.length || (c >= 0x0300 && c <= 0x036F)) {
                return isSyllableSlow(word);
            }
            if (TONELESS[c] == 0) {
                return false;
            }
            base[i] = TONELESS[c];
            tones += TONES[c];
        }
        return tones <= 1 && matches(new String(base));
    }

    private static boolean isSyllableSlow(CharSequence word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(VI);
        String toneless = TONE_MARKS.matcher(nfd).replaceAll("");
        if (nfd.length() - toneless.length() > 1) {
            return false;
        }
        String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        return matches(base);
    }

    /** Onset + nucleus (+ final), on a lower-case toneless word. Only "gi"/"g" and "qu" need a second try. */
    private static boolean matches(String word) {
        for (String onset : ONSETS) {
            if (!word.startsWith(onset)) {
                continue;
            }
            int v = onset.length();
            while (v < word.length() && VOWELS.indexOf(word.charAt(v)) >= 0) {
                v++;
            }
            String nucleus = word.substring(onset.length(), v);
            String coda = word.substring(v);
            boolean ok = coda.isEmpty()
                    ? OPEN_NUCLEI.contains(nucleus) || CLOSABLE_NUCLEI.contains(nucleus)
                    : CODAS.contains(coda)
                            && (CLOSABLE_NUCLEI.contains(nucleus)
                                    || (nucleus.equals("oo")
                                            && (coda.equals("ng") || coda.equals("c")))); // xoong, soóc
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** True when the char is a letter of the Vietnamese alphabet (or an ASCII letter), any case or tone. */
    public static boolean isVietnameseLetter(char c) {
        if (c < 0x80) {
            return Character.isLetter(c);
        }
        if (c >= TONELESS.length || TONELESS[c] == 0) {
            return false;
        }
        return "aăâbcdđeêghiklmnoôơpqrstuưvxy".indexOf(TONELESS[c]) >= 0;
    }

    /** True when the char is a vowel letter (any case, tone or diacritic). */
    static boolean isVowel(char c) {
        if (c < TONELESS.length) {
            char b = TONELESS[c];
            return b != 0 && "aăâeêioôơuưy".indexOf(b) >= 0;
        }
        return false;
    }
}
