package vn.dondoc.search.analysis;

import vn.dondoc.vntext.VietnameseText;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Thin token filters over {@link VietnameseText}. */
final class VietnameseFilters {

    private VietnameseFilters() {
    }

    /** Rewrites each term with a pure function; offsets are untouched, so highlights land on the original text. */
    static final class MapFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final UnaryOperator<String> f;

        MapFilter(TokenStream in, UnaryOperator<String> f) {
            super(in);
            this.f = f;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            String before = term.toString();
            String after = f.apply(before);
            if (!after.equals(before)) term.setEmpty().append(after);
            return true;
        }
    }

    static TokenStream nfc(TokenStream in) {
        return new MapFilter(in, VietnameseText::nfc);
    }

    static TokenStream tone(TokenStream in) {
        return new MapFilter(in, VietnameseText::normalizeTone);
    }

    static TokenStream fold(TokenStream in) {
        return new MapFilter(in, VietnameseText::fold);
    }
}
