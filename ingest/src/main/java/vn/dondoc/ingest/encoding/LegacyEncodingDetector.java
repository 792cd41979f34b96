package vn.dondoc.ingest.encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Guesses whether text is TCVN3 or VNI mojibake, with a confidence. The score of a text is the
 * share of its candidate words (words holding a non-ASCII character) that are Vietnamese
 * syllables; the confidence of an encoding is score(after conversion) − score(before).
 * Pure ASCII words do not vote: both encodings leave them unchanged. Thread-safe, stateless.
 */
public final class LegacyEncodingDetector {

    /** Convert when at least this share of candidate words is valid after conversion ... */
    static final double MIN_SCORE_AFTER = 0.7;
    /** ... and conversion gains at least this much. */
    static final double MIN_GAIN = 0.3;
    /** Below this share of valid words, text without a good conversion is flagged as doubtful. */
    static final double DOUBTFUL_SCORE = 0.6;

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** What the detector concluded. {@code encoding} is null when the text is left as it is. */
    public record Detection(
            LegacyEncoding encoding, Verdict verdict, double scoreBefore, double scoreAfter, int candidateWords) {
        public double confidence() {
            return scoreAfter - scoreBefore;
        }
    }

    public enum Verdict {
        /** Text is Unicode (or has nothing to judge): keep. */
        UNICODE,
        /** Text is legacy-encoded in {@code encoding}: convert. */
        LEGACY,
        /** Text looks broken but no conversion makes it clearly better: keep, warn. */
        UNSURE
    }

    public Detection detect(CharSequence text) {
        List<String> words = candidateWords(text);
        if (words.isEmpty()) {
            return new Detection(null, Verdict.UNICODE, 1, 1, 0);
        }
        double before = ratio(words, null);
        LegacyEncoding bestEncoding = null;
        double best = -1;
        double bestBefore = before;
        int bestCount = words.size();
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            // Each reading is judged on the words that have a vowel as they stand or in that reading:
            // "slñtbxh" is an abbreviation in VNI (slđtbxh) and must not count against it.
            List<String> judged = words.stream()
                    .filter(w -> hasVowel(w) || hasVowel(encoding.toUnicode(w)))
                    .toList();
            if (judged.isEmpty()) {
                continue;
            }
            double after = ratio(judged, encoding);
            double judgedBefore = ratio(judged, null);
            // The reading that repairs most wins, not the one that merely leaves valid words valid: in
            // "sè sè tÜnh" the VNI reading changes nothing and scores 1.0 on "sè" alone.
            double gain = after - judgedBefore;
            double bestGain = best - bestBefore;
            if (bestEncoding == null
                    || gain > bestGain + 1e-9
                    || Math.abs(gain - bestGain) <= 1e-9
                            && (after > best || after == best && encoding == tieBreak(text))) {
                best = after;
                bestEncoding = encoding;
                bestBefore = judgedBefore;
                bestCount = judged.size();
            }
        }
        if (best >= MIN_SCORE_AFTER && best - bestBefore >= MIN_GAIN) {
            return new Detection(bestEncoding, Verdict.LEGACY, bestBefore, best, bestCount);
        }
        if (before < DOUBTFUL_SCORE && words.size() >= 3) {
            return new Detection(
                    best > before ? bestEncoding : null, Verdict.UNSURE, before, Math.max(best, before), words.size());
        }
        return new Detection(null, Verdict.UNICODE, before, before, words.size());
    }

    /** Share of candidate words of {@code text} that are Vietnamese syllables as they stand. */
    public double score(CharSequence text) {
        List<String> words = candidateWords(text);
        return words.isEmpty() ? 1 : ratio(words, null);
    }

    /**
     * When both encodings repair the text equally well: TCVN3 writes common letters (à á ư đ ê ô ơ â ă)
     * with bytes 0xA1-0xBF, which VNI never uses.
     */
    private static LegacyEncoding tieBreak(CharSequence text) {
        for (int i = 0, n = Math.min(text.length(), SCORED_PREFIX); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xA1 && c <= 0xBF) {
                return LegacyEncoding.TCVN3;
            }
        }
        return LegacyEncoding.VNI;
    }

    /**
     * Decision for text that a font name says is legacy-encoded (DOCX runs, PDF fonts): the font is
     * strong evidence, so convert unless the text reads better as it is (Unicode typed in an old font).
     */
    public boolean fontHintHolds(CharSequence text, LegacyEncoding encoding) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false; // real Unicode letters: the font name is stale
            }
        }
        List<String> words = candidateWords(text);
        if (words.isEmpty()) {
            return true; // nothing changes either way except pure symbol runs; converting is harmless
        }
        // Ties go to the font: short all-Latin-1 words ("bé") read as Vietnamese either way.
        return ratio(words, encoding) >= ratio(words, null);
    }

    /**
     * Converts legacy text and restores capitals: TCVN3 has no upper-case toned letters, so
     * "CéNG HßA" becomes "CộNG HòA" by table; a word whose other letters are all capitals was
     * written in an upper-case font and is upper-cased ("CỘNG HÒA").
     */
    public static String convert(CharSequence legacy, LegacyEncoding encoding) {
        String converted = encoding.toUnicode(legacy);
        return encoding == LegacyEncoding.TCVN3 ? restoreCapitals(legacy, converted) : converted;
    }

    private static String restoreCapitals(CharSequence legacy, String converted) {
        if (legacy.length() != converted.length()) {
            return converted; // TCVN3 maps one char to one char; anything else: leave alone
        }
        // Words as [start, end, upper, plainLower, convertedLower, gapToNextIsSpace].
        List<int[]> words = new ArrayList<>();
        int i = 0;
        int n = converted.length();
        while (i < n) {
            if (!isWordChar(legacy.charAt(i))) {
                i++;
                continue;
            }
            int[] w = new int[6];
            w[0] = i;
            while (i < n && isWordChar(legacy.charAt(i))) {
                char original = legacy.charAt(i);
                char now = converted.charAt(i);
                if (original == now) {
                    if (Character.isUpperCase(original)) {
                        w[2]++;
                    } else if (Character.isLowerCase(original)) {
                        w[3]++;
                    }
                } else if (Character.isUpperCase(now)) {
                    w[2]++;
                } else {
                    w[4]++;
                }
                i++;
            }
            w[1] = i;
            int j = i;
            while (j < n && (legacy.charAt(j) == ' ' || legacy.charAt(j) == '\t')) {
                j++;
            }
            w[5] = j > i && j < n && isWordChar(legacy.charAt(j)) ? 1 : 0;
            words.add(w);
        }
        StringBuilder out = new StringBuilder(converted);
        for (int k = 0; k < words.size(); k++) {
            int[] w = words.get(k);
            if (w[4] == 0 || w[3] > 0) {
                continue;
            }
            boolean capital = w[2] >= 2
                    || (w[2] == 1
                            && ((k > 0 && words.get(k - 1)[5] == 1 && allCaps(words.get(k - 1)))
                                    || (k + 1 < words.size() && w[5] == 1 && allCaps(words.get(k + 1)))));
            if (capital) {
                String word = out.substring(w[0], w[1]).toUpperCase(VI);
                if (word.length() == w[1] - w[0]) {
                    out.replace(w[0], w[1], word);
                }
            }
        }
        return out.toString();
    }

    private static boolean allCaps(int[] word) {
        return word[3] == 0 && word[2] >= 2;
    }

    /** Scoring looks at a bounded prefix: enough words to decide, constant time on huge input. */
    private static final int SCORED_PREFIX = 200_000;

    private static final int MAX_SCORED_WORDS = 3_000;

    private static double ratio(List<String> words, LegacyEncoding encoding) {
        int valid = 0;
        for (String word : words) {
            if (VietnameseSyllables.isSyllable(encoding == null ? word : encoding.toUnicode(word))) {
                valid++;
            }
        }
        return (double) valid / words.size();
    }

    /**
     * Words holding a non-ASCII character (pure ASCII words read the same in every encoding), except
     * abbreviations that have no vowel in any reading ("SLĐTBXH").
     */
    private static List<String> candidateWords(CharSequence text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        int limit = Math.min(n, SCORED_PREFIX);
        while (i < limit) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean nonAscii = false;
            while (i < n && isWordChar(text.charAt(i))) {
                nonAscii |= text.charAt(i) >= 0x80;
                i++;
            }
            if (!nonAscii) {
                continue;
            }
            String word = text.subSequence(start, i).toString();
            if (hasVowel(word)
                    || hasVowel(LegacyEncoding.TCVN3.toUnicode(word))
                    || hasVowel(LegacyEncoding.VNI.toUnicode(word))) {
                words.add(word);
                if (words.size() >= MAX_SCORED_WORDS) {
                    break;
                }
            }
        }
        return words;
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (VietnameseSyllables.isVowel(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters, plus the Latin-1 symbols that TCVN3 and VNI use as letters (µ, «, ¸, ×, ÷, soft hyphen, ...):
     * they must stay inside the word they belong to.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return Character.isLetter(c);
        }
        if (c <= 0xFF) {
            return c >= 0xA1;
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
