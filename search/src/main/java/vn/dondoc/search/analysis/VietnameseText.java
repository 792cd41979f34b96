package vn.dondoc.search.analysis;

import java.text.Normalizer;

/**
 * Pure string functions for Vietnamese search text; the token filters are thin wrappers around these
 * (the shape of Lucene's ScandinavianNormalizer). Stateless and thread-safe.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    // The five tone marks as combining characters; other marks (circumflex, breve, horn) are vowel quality.
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case, all diacritics removed, đ → d: "Lao Động" → "lao dong". */
    public static String fold(String s) {
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
                target = len - 2;                  // hoà → hòa, thuỷ → thủy
            } else if (afterQ && prev == 'u' && toneAt == len - 2 && isVowel(last)) {
                target = len - 1;                  // qúy → quý, qùa → quà
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
