package vn.dondoc.ingest.encoding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a word is a well-formed Vietnamese syllable (onset + vowel nucleus + final,
 * at most one tone mark). Used to score encoding guesses: mojibake is full of non-syllables.
 * Deliberately a little lenient (it accepts some syllables no one writes): it must separate
 * "Hµ Néi" from "Hà Nội", not check spelling.
 */
public final class VietnameseSyllables {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?";
    /** Vowel groups that end in a semivowel (i/y/o/u): nothing may follow them. */
    private static final String OPEN_NUCLEUS = "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ)";
    /** Vowel groups that may take a final consonant. */
    private static final String CLOSABLE_NUCLEUS = "(?:uyê|iê|yê|oa|oă|oe|uâ|uê|uô|ươ|uy|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
    private static final String CODA = "(?:ch|ng|nh|c|m|n|p|t)?";
    /** "oo" only in loanwords closed by ng/c: xoong, boong, soóc. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "^" + ONSET + "(?:" + OPEN_NUCLEUS + "|" + CLOSABLE_NUCLEUS + CODA + "|oo(?:ng|c))$");
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    private VietnameseSyllables() {
    }

    /** True when {@code word} (any case, any normal form, no punctuation) is a Vietnamese syllable. */
    public static boolean isSyllable(CharSequence word) {
        if (word.length() == 0 || word.length() > 16) {
            return false;
        }
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(VI);
        String toneless = TONE_MARKS.matcher(nfd).replaceAll("");
        if (nfd.length() - toneless.length() > 1) {
            return false;
        }
        String base = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        return SYLLABLE.matcher(base).matches();
    }
}
