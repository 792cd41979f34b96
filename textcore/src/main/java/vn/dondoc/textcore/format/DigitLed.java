package vn.dondoc.textcore.format;

import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns whose every match starts on an ASCII digit, tried only where a digit
 * stands. A regex scan tries each position of the text; in prose one character in fifty is a digit, so this
 * is the cheap way to find numbers, dates and figures. Look-behinds still see the text before the digit.
 */
public final class DigitLed {

    private DigitLed() {}

    /** Calls {@code each} with every match of {@code pattern} in {@code text}, left to right, as find() would. */
    public static void forEach(Pattern pattern, CharSequence text, Consumer<MatchResult> each) {
        forEach(pattern, text, positions(text), each);
    }

    /** The positions of the ASCII digits in {@code text}: scan once, then try several patterns there. */
    public static int[] positions(CharSequence text) {
        int[] at = new int[16];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((char) (text.charAt(i) - '0') <= 9) { // one unsigned comparison: no mispredicted range test
                if (k == at.length) {
                    at = java.util.Arrays.copyOf(at, k * 2);
                }
                at[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(at, k);
    }

    /**
     * Calls {@code each} with every match of {@code pattern} in {@code text}, left to right, as find() would,
     * trying only at {@code digits}: the text's {@link #positions}, or those of them a match can start on.
     */
    public static void forEach(Pattern pattern, CharSequence text, int[] digits, Consumer<MatchResult> each) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int i : digits) {
            if (i < next) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                each.accept(m);
                next = Math.max(m.end(), i + 1);
            }
        }
    }

    /** Whether {@code text} holds an ASCII digit. */
    public static boolean hasDigit(CharSequence text) {
        return hasDigit(text, 0, text.length());
    }

    /** Whether an ASCII digit stands in {@code text} from {@code from} to {@code to}. */
    public static boolean hasDigit(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((char) (text.charAt(i) - '0') <= 9) {
                return true;
            }
        }
        return false;
    }
}
