package vn.dondoc.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The commonest modern mojibake: UTF-8 bytes shown as Windows-1252 or Latin-1 ("Hà Ná»™i" for
 * "Hà Nội", "Æ°á»›c" for "ước"). Undone by writing the characters back as those bytes and reading
 * them as UTF-8, word by word.
 */
public final class Utf8Mojibake {
    /** Windows-1252's characters at 0x80-0x9F, by byte. */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private Utf8Mojibake() {}

    /** Quick test: the lead bytes of Vietnamese letters in UTF-8 (C3, C4, C5, C6, E1) seen as text. */
    public static boolean looksLikeIt(CharSequence text) {
        int hits = 0;
        for (int i = 0, n = Math.min(text.length(), 200_000); i + 1 < n; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == 'Ã' || c == 'Ä' || c == 'Å' || c == 'Æ' || c == 'á')
                    && (next >= 0x80 && next <= 0xBF || CP1252_HIGH.indexOf(next) >= 0)) {
                if (++hits >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bytes Windows-1252 leaves undefined; a decoder may have turned them into U+FFFD. */
    private static final int[] UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    /**
     * The repaired text, word by word (words between whitespace): a word that does not map back to
     * valid UTF-8 stays as it is. A U+FFFD left by a decoder that dropped an undefined byte is tried as
     * each of those bytes, preferring the one that makes a Vietnamese syllable ("vá»�" → "về").
     */
    public static String repair(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            if (Character.isWhitespace(text.charAt(i))) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                out.append(text, start, i);
                continue;
            }
            boolean high = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                high |= text.charAt(i) >= 0x80;
                i++;
            }
            String word = text.subSequence(start, i).toString();
            String fixed = high ? repairWord(word) : null;
            out.append(fixed != null ? fixed : word);
        }
        return out.toString();
    }

    private static String repairWord(String word) {
        byte[] bytes = new byte[word.length()];
        int[] unknown = new int[word.length()];
        int unknowns = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\uFFFD') {
                unknown[unknowns++] = i;
            } else if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                int k = CP1252_HIGH.indexOf(c);
                if (k < 0) {
                    return null;
                }
                bytes[i] = (byte) (0x80 + k);
            }
        }
        if (unknowns > 2) {
            return null;
        }
        String firstValid = null;
        String vietnameseLetters = null;
        int combos = (int) Math.pow(UNDEFINED.length, unknowns);
        for (int combo = 0; combo < combos; combo++) {
            for (int u = 0, rest = combo; u < unknowns; u++, rest /= UNDEFINED.length) {
                bytes[unknown[u]] = (byte) UNDEFINED[rest % UNDEFINED.length];
            }
            String decoded = decode(bytes);
            if (decoded == null) {
                continue;
            }
            if (unknowns == 0 || VietnameseSyllables.isSyllable(decoded.replaceAll("[^\\p{L}]", ""))) {
                return decoded;
            }
            if (vietnameseLetters == null
                    && decoded.chars()
                            .allMatch(
                                    c -> !Character.isLetter(c) || VietnameseSyllables.isVietnameseLetter((char) c))) {
                vietnameseLetters = decoded; // "SLĐTBXH": no syllable, but every letter is Vietnamese
            }
            if (firstValid == null) {
                firstValid = decoded;
            }
        }
        return vietnameseLetters != null ? vietnameseLetters : firstValid;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
