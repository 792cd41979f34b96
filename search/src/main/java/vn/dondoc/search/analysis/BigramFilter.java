package vn.dondoc.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Syllable bigrams only ("lao dong"): the terms of {@code ShingleFilter(in, 2, 2)} without unigrams, including its
 * "_" filler across a gap (a skipped over-long token), built on the term buffer from the previous syllable kept in a
 * char array. ShingleFilter clones every token's attributes into its window; that was most of the chain's time.
 */
final class BigramFilter extends TokenFilter {
    private static final char[] FILLER = {'_'};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    private char[] prev = new char[32];
    private int prevLength = -1;
    private int prevStart;
    private char[] current = new char[32];
    private int currentLength;
    private int currentStart, currentEnd;
    /** Fillers still to pair before the current token (a gap of positions). */
    private int fillers;

    private boolean currentPending;

    BigramFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!currentPending) {
                if (!input.incrementToken()) return false;
                currentLength = term.length();
                if (current.length < currentLength) current = new char[Math.max(currentLength, current.length * 2)];
                System.arraycopy(term.buffer(), 0, current, 0, currentLength);
                currentStart = offset.startOffset();
                currentEnd = offset.endOffset();
                fillers = prevLength < 0 ? 0 : posInc.getPositionIncrement() - 1;
                currentPending = true;
            }
            char[] right;
            int rightLength;
            int end = currentEnd;
            if (fillers > 0) {
                right = FILLER;
                rightLength = 1;
                end = currentStart;
                fillers--;
            } else {
                right = current;
                rightLength = currentLength;
                currentPending = false;
            }
            if (prevLength < 0) {
                shift(right, rightLength, currentStart);
                continue;
            }
            int n = prevLength + 1 + rightLength;
            char[] buf = term.resizeBuffer(n);
            System.arraycopy(prev, 0, buf, 0, prevLength);
            buf[prevLength] = ' ';
            System.arraycopy(right, 0, buf, prevLength + 1, rightLength);
            term.setLength(n);
            offset.setOffset(prevStart, end);
            posInc.setPositionIncrement(1);
            posLen.setPositionLength(1);
            type.setType("shingle");
            shift(right, rightLength, currentStart);
            return true;
        }
    }

    private void shift(char[] right, int length, int start) {
        if (prev.length < length) prev = new char[Math.max(length, prev.length * 2)];
        System.arraycopy(right, 0, prev, 0, length);
        prevLength = length;
        prevStart = start;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        prevLength = -1;
        currentPending = false;
        fillers = 0;
    }
}
