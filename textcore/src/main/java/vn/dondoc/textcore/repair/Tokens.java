package vn.dondoc.textcore.repair;

import java.util.Arrays;

/**
 * Letter runs of a text with their offsets, and where the bigram context breaks. The model builder and the
 * repairer must cut text the same way, so both use this class: two neighbouring runs are in the same
 * segment only when nothing but whitespace (at most one line break) separates them.
 */
final class Tokens {
    final String text;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    /** True when the token starts a new context segment (text start, punctuation, digits, blank line before it). */
    boolean[] segmentStart = new boolean[64];

    private Tokens(String text) {
        this.text = text;
    }

    static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        int n = text.length();
        int i = 0;
        int prevEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            t.add(s, i, prevEnd < 0 || breaksContext(text, prevEnd, s));
            prevEnd = i;
        }
        return t;
    }

    private static boolean breaksContext(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines > 1) {
                    return true;
                }
            } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                return true;
            }
        }
        return false;
    }

    private void add(int s, int e, boolean seg) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            segmentStart = Arrays.copyOf(segmentStart, cap);
        }
        start[size] = s;
        end[size] = e;
        segmentStart[size] = seg;
        size++;
    }

    String word(int i) {
        return text.substring(start[i], end[i]);
    }
}
