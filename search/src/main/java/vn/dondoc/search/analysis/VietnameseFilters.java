package vn.dondoc.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.dondoc.vntext.VietnameseText;

/**
 * Thin token filters over {@link VietnameseText}. They work on the term buffer in place and make a String
 * only for the rare token that needs the slow path (decomposed input, a tone to move): a String per token
 * per filter made analysis several times slower than Lucene's StandardAnalyzer.
 * Offsets are untouched, so highlights land on the original text.
 */
final class VietnameseFilters {

    private VietnameseFilters() {}

    /** Composes decomposed input (NFC). */
    static final class NfcFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NfcFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (!VietnameseText.isNfc(term.buffer(), term.length())) {
                String composed = VietnameseText.nfc(term.toString()); // before setEmpty, which clears the term
                term.setEmpty().append(composed);
            }
            return true;
        }
    }

    /** One place for the tone mark ("hoà" = "hòa"). */
    static final class ToneFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ToneFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (VietnameseText.toneMayMove(term.buffer(), term.length())) {
                String before = term.toString();
                String after = VietnameseText.normalizeTone(before);
                if (!after.equals(before)) term.setEmpty().append(after);
            }
            return true;
        }
    }

    /** Lower case without diacritics, đ → d. */
    static final class FoldFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (!VietnameseText.foldInPlace(term.buffer(), term.length())) {
                String after = VietnameseText.fold(term.toString());
                term.setEmpty().append(after);
            }
            return true;
        }
    }

    static TokenStream nfc(TokenStream in) {
        return new NfcFilter(in);
    }

    static TokenStream tone(TokenStream in) {
        return new ToneFilter(in);
    }

    static TokenStream fold(TokenStream in) {
        return new FoldFilter(in);
    }
}
