package vn.dondoc.textcore.format;

import java.util.List;

/**
 * "Does this context end with one of these words?" without a regex: a {@code (a|b|c)\s*$} pattern run
 * with find() tries every alternative at every position, which made such checks the costliest thing in
 * figure extraction. Matching is on the text as given; pass lower-cased text and lower-case phrases.
 */
public final class TailPhrases {

    private final List<String> phrases;

    public TailPhrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** Whether {@code text} up to {@code end}, trailing white space ignored, ends with one of the phrases. */
    public boolean endsOne(CharSequence text, int end) {
        return matchStart(text, end) >= 0;
    }

    public boolean endsOne(CharSequence text) {
        return endsOne(text, text.length());
    }

    /** Where the phrase that ends {@code text} (before {@code end}, trailing spaces skipped) starts; -1 if none. */
    public int matchStart(CharSequence text, int end) {
        int e = skipSpacesBack(text, end);
        for (String p : phrases) {
            int s = e - p.length();
            if (s >= 0 && regionEquals(text, s, p)) {
                return s;
            }
        }
        return -1;
    }

    /** The index after the last non-space character before {@code end}. */
    public static int skipSpacesBack(CharSequence text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    static boolean regionEquals(CharSequence text, int at, String p) {
        for (int k = 0; k < p.length(); k++) {
            if (text.charAt(at + k) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
