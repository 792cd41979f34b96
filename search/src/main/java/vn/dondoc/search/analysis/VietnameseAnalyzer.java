package vn.dondoc.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * The analysis chains for Vietnamese text, one per {@link Mode}:
 * <pre>
 *   StandardTokenizer → NFC → abbreviations (case-sensitive keys; at query time a synonym graph, at index time
 *                         flat: {@link FlatAbbreviationFilter}, the same terms and positions as graph + flatten)
 *     → lower case → EXACT: tone placement normalized ("hoà" = "hòa")
 *                  → FOLDED: diacritics removed, đ → d ("lao dong" = "lao động")
 *   SHINGLE: StandardTokenizer → NFC → lower case → fold → syllable bigrams only ("lao dong")
 * </pre>
 * Vietnamese words are one or more syllables separated by spaces; the tokenizer yields syllables and
 * the bigram field stands in for two-syllable words, so adjacent matches rank above scattered ones.
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Mode {
        EXACT_INDEX,
        EXACT_QUERY,
        FOLDED_INDEX,
        FOLDED_QUERY,
        SHINGLE
    }

    private final Mode mode;
    private final Abbreviations abbreviations;

    public VietnameseAnalyzer(Mode mode, Abbreviations abbreviations) {
        this.mode = mode;
        this.abbreviations = abbreviations;
    }

    public VietnameseAnalyzer(Mode mode) {
        this(mode, Abbreviations.standard());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = VietnameseFilters.nfc(source);
        if (mode == Mode.SHINGLE) {
            ts = VietnameseFilters.fold(new LowerCaseFilter(ts));
            return new TokenStreamComponents(source, new BigramFilter(ts)); // = ShingleFilter(2, 2) without unigrams
        }
        if (mode == Mode.EXACT_INDEX || mode == Mode.FOLDED_INDEX) {
            // what SynonymGraphFilter + FlattenGraphFilter give, without capturing every token (most of the cost)
            ts = abbreviations.flatFilter(ts);
        } else {
            ts = new SynonymGraphFilter(ts, abbreviations.synonymMap(), false); // queries need the graph (phrases)
        }
        ts = new LowerCaseFilter(ts);
        ts = (mode == Mode.EXACT_INDEX || mode == Mode.EXACT_QUERY)
                ? VietnameseFilters.tone(ts)
                : VietnameseFilters.fold(ts);
        return new TokenStreamComponents(source, ts);
    }
}
