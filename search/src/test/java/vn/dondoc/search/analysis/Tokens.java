package vn.dondoc.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Test helper: the terms an analyzer produces, in order. */
final class Tokens {
    private Tokens() {}

    static List<String> of(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static void main(String[] args) {
        for (VietnameseAnalyzer.Mode m : VietnameseAnalyzer.Mode.values()) {
            System.out.println(m + "\t" + String.join(", ", of(new VietnameseAnalyzer(m), args[0])));
        }
    }
}
