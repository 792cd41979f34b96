package vn.dondoc.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/**
 * The index chains' flat abbreviation filter gives the very terms and positions of the chain it replaced
 * (SynonymGraphFilter + FlattenGraphFilter), on the shipped sentences and on every abbreviation in odd places;
 * its offsets never go backwards (the index refuses that).
 */
class FlatAbbreviationFilterTest {

    /** The index chain as it was before the flat filter. */
    private static Analyzer graphChain(Mode mode) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = VietnameseFilters.nfc(source);
                ts = new SynonymGraphFilter(ts, Abbreviations.standard().synonymMap(), false);
                ts = new FlattenGraphFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = mode == Mode.EXACT_INDEX ? VietnameseFilters.tone(ts) : VietnameseFilters.fold(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in =
                FlatAbbreviationFilterTest.class.getResourceAsStream("/vn/dondoc/search/bench/sentences.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) if (!line.isBlank()) out.add(line);
        }
        StringBuilder odd = new StringBuilder();
        for (String abbr : Abbreviations.standard().entries().keySet()) {
            String lower = abbr.toLowerCase(java.util.Locale.ROOT);
            out.add(abbr);
            out.add(abbr + " " + abbr + " " + lower + " " + abbr);
            out.add("Theo " + abbr + ", " + lower + " và " + abbr + "-" + abbr + " (" + abbr + ")");
            odd.append(abbr).append(' ');
        }
        out.add(odd.toString());
        out.add("KT KT-XH KT XH XH KT-KT XH-XH kt-xh UBND-HĐND TU tu TU-UBND");
        return out;
    }

    @ParameterizedTest
    @EnumSource(
            value = Mode.class,
            names = {"EXACT_INDEX", "FOLDED_INDEX"})
    void sameTermsAndPositionsAsTheSynonymGraphFlattened(Mode mode) throws IOException {
        Analyzer before = graphChain(mode);
        Analyzer now = new VietnameseAnalyzer(mode);
        int withAbbreviations = 0;
        for (String text : texts()) {
            List<String> expected = tokens(before, text, false);
            List<String> actual = tokens(now, text, true);
            assertThat(actual).as(text).isEqualTo(expected);
            if (actual.stream()
                            .map(t -> t.substring(t.lastIndexOf('@')))
                            .distinct()
                            .count()
                    < actual.size()) withAbbreviations++;
        }
        assertThat(withAbbreviations).isGreaterThan(100);
    }

    @org.junit.jupiter.api.Test
    void bigramsAreTheShinglesOfTheShingleFilter() throws IOException {
        Analyzer before = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = VietnameseFilters.fold(new LowerCaseFilter(VietnameseFilters.nfc(source)));
                org.apache.lucene.analysis.shingle.ShingleFilter sh =
                        new org.apache.lucene.analysis.shingle.ShingleFilter(ts, 2, 2);
                sh.setOutputUnigrams(false);
                return new TokenStreamComponents(source, sh);
            }
        };
        Analyzer now = new VietnameseAnalyzer(Mode.SHINGLE);
        List<String> texts = new ArrayList<>(texts());
        texts.add("");
        texts.add("một");
        texts.add("hai từ");
        texts.add("trước " + "x".repeat(300) + " sau cùng"); // a token too long is skipped: a gap filled with "_"
        texts.add("x".repeat(300) + " đầu");
        for (String text : texts) {
            assertThat(tokens(now, text, true)).as(text).isEqualTo(tokens(before, text, false));
        }
    }

    /** "term@position", checking that start offsets never go backwards. */
    private static List<String> tokens(Analyzer a, String text, boolean checkOffsets) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            int lastStart = 0;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
                if (checkOffsets) {
                    assertThat(offset.startOffset()).as(text + ": " + term).isGreaterThanOrEqualTo(lastStart);
                    assertThat(offset.endOffset()).as(text + ": " + term).isGreaterThanOrEqualTo(offset.startOffset());
                }
                lastStart = offset.startOffset();
            }
            ts.end();
        }
        return out;
    }
}
