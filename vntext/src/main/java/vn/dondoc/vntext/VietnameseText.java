package vn.dondoc.vntext;

import java.text.Normalizer;

/**
 * Pure string functions for Vietnamese search text; the token filters are thin wrappers around these
 * (the shape of Lucene's ScandinavianNormalizer). Stateless and thread-safe.
 */
public final class VietnameseText {

    private VietnameseText() {}

    // The five tone marks as combining characters; other marks (circumflex, breve, horn) are vowel quality.
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * Per-character tables for U+0000..U+1FFF (Latin, combining marks, Latin Extended Additional), built
     * once with java.text.Normalizer so the hot path of analysis never calls it: FOLD[c] is the folded
     * lower-case letter (0 = not a single letter, take the slow path), TONE_OF[c] the tone mark (0 = none)
     * and BASE[c] the letter without its tone.
     */
    private static final int TABLE = 0x2000;

    private static final char[] FOLD = new char[TABLE];
    private static final char[] TONE_OF = new char[TABLE];
    private static final char[] BASE = new char[TABLE];

    static {
        for (char c = 0; c < TABLE; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = d.charAt(0);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                FOLD[c] = 0;
            } else if (c == 'đ' || c == 'Đ') {
                FOLD[c] = 'd';
            } else if (d.length() == 1
                    || d.substring(1).chars().allMatch(m -> Character.getType(m) == Character.NON_SPACING_MARK)) {
                String lower = String.valueOf(first).toLowerCase(java.util.Locale.ROOT);
                FOLD[c] = lower.length() == 1 ? lower.charAt(0) : 0;
            }
            BASE[c] = c;
            for (int i = 1; i < d.length(); i++) {
                if (TONES.indexOf(d.charAt(i)) >= 0) {
                    TONE_OF[c] = d.charAt(i);
                    String without = d.substring(0, i) + d.substring(i + 1);
                    String composed = Normalizer.normalize(without, Normalizer.Form.NFC);
                    if (composed.length() == 1) BASE[c] = composed.charAt(0);
                    else TONE_OF[c] = 0; // cannot be represented as one char: leave such letters alone
                }
            }
        }
    }

    /** NFC, whitespace runs as one space, trimmed; null for null or blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * Lookup key of a name: clean, lower case, each syllable's tone in its one canonical place ("Hoà Bình"
     * and "Hòa Bình" meet); accents kept ("Văn phòng" is not "Vàn phòng"). "" for null or blank.
     */
    public static String key(String s) {
        String c = clean(s);
        if (c == null) {
            return "";
        }
        String lower = c.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            int j = i;
            while (j < lower.length() && Character.isLetter(lower.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(normalizeTone(lower.substring(i, j)));
                i = j;
            } else {
                out.append(lower.charAt(i++));
            }
        }
        return out.toString();
    }

    public static String nfc(String s) {
        if (isAscii(s)) return s;
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    /** Lower case, all diacritics removed, đ → d: "Lao Động" → "lao dong". */
    public static String fold(String s) {
        // fast path: every char has a one-letter folding in the table (NFC Vietnamese text always does)
        char[] out = new char[s.length()];
        boolean fast = true;
        for (int i = 0; i < s.length() && fast; i++) {
            char c = s.charAt(i);
            if (c < 128) out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            else if (c < TABLE && FOLD[c] != 0) out[i] = FOLD[c];
            else fast = false;
        }
        if (fast) return new String(out);
        return foldSlow(s);
    }

    private static String foldSlow(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * {@link #nfc} decided on a term buffer without making a String: true when the chars are NFC already
     * (all in Latin/IPA/modifier letters below U+0300 or in Latin Extended Additional, where every char is
     * precomposed and stable, or checked by the JDK otherwise).
     */
    public static boolean isNfc(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return Normalizer.isNormalized(java.nio.CharBuffer.wrap(buf, 0, len), Normalizer.Form.NFC);
            }
        }
        return true;
    }

    /**
     * {@link #fold} in place on a term buffer when every char folds to one char (NFC Vietnamese always does);
     * false, with the buffer untouched, when the slow path is needed.
     */
    public static boolean foldInPlace(char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= 128 && (c >= TABLE || FOLD[c] == 0)) return false;
        }
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            buf[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : FOLD[c];
        }
        return true;
    }

    /**
     * Whether {@link #normalizeTone} may change this syllable: false for most syllables, decided on the
     * term buffer without making a String (the same test as its fast path).
     */
    public static boolean toneMayMove(char[] buf, int len) {
        if (len < 2) return false;
        char last = buf[len - 1], prev = buf[len - 2];
        if (last >= TABLE || prev >= TABLE) return true;
        if (Character.getType(last) == Character.NON_SPACING_MARK
                || Character.getType(prev) == Character.NON_SPACING_MARK) return true;
        char bl = BASE[last], bp = BASE[prev];
        boolean glide = (bp == 'o' && (bl == 'a' || bl == 'e'))
                || (bp == 'u' && bl == 'y')
                || (bp == 'u' && len >= 3 && buf[len - 3] == 'q');
        return glide && (TONE_OF[last] != 0 || TONE_OF[prev] != 0);
    }

    /** True when {@code s} has any character outside ASCII (accents, đ). */
    public static boolean hasDiacritics(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return true;
        return false;
    }

    /**
     * Puts the tone mark of a lower-case syllable in one canonical place, so the old and new spellings
     * compare equal: "hoà" → "hòa", "thuỷ" → "thủy", "uỷ" → "ủy", "qúy" → "quý", "qùa" → "quà".
     * Only open syllables ending in oa/oe/uy are affected (with a final consonant both spellings agree:
     * "hoàng", "huỳnh"); after "q" the "u" belongs to the consonant, so the tone goes on the next vowel.
     */
    public static String normalizeTone(String syllable) {
        int n = syllable.length();
        if (n < 2) return syllable;
        // fast path (most syllables): the last two letters are not a glide cluster (oa, oe, uy, qu+vowel)
        char last = syllable.charAt(n - 1), prev = syllable.charAt(n - 2);
        if (last >= TABLE || prev >= TABLE) return normalizeToneSlow(syllable);
        char bl = BASE[last], bp = BASE[prev];
        if (Character.getType(last) == Character.NON_SPACING_MARK
                || Character.getType(prev) == Character.NON_SPACING_MARK) {
            return normalizeToneSlow(syllable); // decomposed input: let the slow path sort it out
        }
        boolean glide = (bp == 'o' && (bl == 'a' || bl == 'e'))
                || (bp == 'u' && bl == 'y')
                || (bp == 'u' && n >= 3 && syllable.charAt(n - 3) == 'q');
        if (!glide || (TONE_OF[last] == 0 && TONE_OF[prev] == 0)) return syllable;
        return normalizeToneSlow(syllable);
    }

    private static String normalizeToneSlow(String syllable) {
        int n = syllable.length();
        String d = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        // base letters (with quality marks, no tone) and the single tone found
        StringBuilder base = new StringBuilder(d.length());
        char tone = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) return syllable; // two tones: not a Vietnamese syllable, leave it
                tone = c;
                base.append('\u0000'); // placeholder: tone follows the letter before it
            } else {
                base.append(c);
            }
        }
        if (tone == 0) return syllable;
        String b = Normalizer.normalize(base.toString().replace("\u0000", ""), Normalizer.Form.NFC);
        int toneAt = toneIndex(d, b);
        if (toneAt < 0) return syllable;
        int len = b.length();
        int target = toneAt;
        if (len >= 2) {
            char last = b.charAt(len - 1), prev = b.charAt(len - 2);
            boolean afterQ = len >= 3 && b.charAt(len - 3) == 'q';
            boolean glideCluster = (prev == 'o' && (last == 'a' || last == 'e')) || (prev == 'u' && last == 'y');
            if (glideCluster && !afterQ && (toneAt == len - 1 || toneAt == len - 2)) {
                target = len - 2; // hoà → hòa, thuỷ → thủy
            } else if (afterQ && prev == 'u' && toneAt == len - 2 && isVowel(last)) {
                target = len - 1; // qúy → quý, qùa → quà
            }
        }
        if (target == toneAt) return syllable;
        StringBuilder out = new StringBuilder(len + 1);
        for (int i = 0; i < len; i++) {
            out.append(b.charAt(i));
            if (i == target) out.append(tone);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Index (in the NFC toneless string) of the letter that carries the tone in the NFD string. */
    private static int toneIndex(String nfd, String tonelessNfc) {
        int letter = -1;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) return letter;
            if (Character.getType(c) != Character.NON_SPACING_MARK) letter++;
        }
        return -1;
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưy".indexOf(c) >= 0;
    }
}
