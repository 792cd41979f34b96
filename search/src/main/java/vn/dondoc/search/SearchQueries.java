package vn.dondoc.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import vn.dondoc.search.analysis.VietnameseAnalyzer;
import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;
import vn.dondoc.vntext.DocumentNumbers;
import vn.dondoc.vntext.VietnameseText;

/**
 * How free text becomes Lucene queries, and which text is indexed, shared by every engine: the embedded
 * {@link LuceneSearchIndex} runs these queries itself, and the SolrCloud engine's query parser plugin builds
 * the very same ones inside Solr, so both give the same answers. Thread-safe.
 */
public final class SearchQueries {

    /** Field names both engines index under (Solr's schema declares the same names). */
    public static final String TEXT_EXACT = "text_exact",
            TEXT_FOLDED = "text_folded",
            TITLE_FOLDED = "title_folded",
            TEXT_SHINGLE = "text_shingle",
            DOCNO = "docno",
            DOCNO_CI = "docno_ci",
            DOCNO_FOLD = "docno_fold",
            REFS = "refs",
            READER = "reader";

    /**
     * The {@link #READER} value of an item that names no unit (the agency's own). Every item has at least one
     * reader value, so an item without any was indexed before the field existed (see {@link #readerValues}).
     */
    public static final String AGENCY = "agency";

    /** First-pass hits that get the exact-accent and title signals (see {@link #rescoreQuery}). */
    public static final int RESCORE_WINDOW = 200;

    /** Longer queries are cut: nobody types more, and it bounds the cost of a pasted page. */
    public static final int MAX_QUERY_CHARS = 300;

    public static final int MAX_QUERY_WORDS = 32;

    private final QueryBuilder foldedBuilder;
    private final QueryBuilder exactBuilder;
    private final QueryBuilder shingleBuilder;

    public SearchQueries() {
        this.foldedBuilder = new QueryBuilder(new VietnameseAnalyzer(Mode.FOLDED_QUERY));
        this.foldedBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.exactBuilder = new QueryBuilder(new VietnameseAnalyzer(Mode.EXACT_QUERY));
        this.exactBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.shingleBuilder = new QueryBuilder(new VietnameseAnalyzer(Mode.SHINGLE));
    }

    /** The analyzer of each text field at index time (other fields are indexed as single keys). */
    public static Analyzer indexAnalyzer(String field) {
        return switch (field) {
            case TEXT_EXACT -> new VietnameseAnalyzer(Mode.EXACT_INDEX);
            case TEXT_FOLDED, TITLE_FOLDED -> new VietnameseAnalyzer(Mode.FOLDED_INDEX);
            case TEXT_SHINGLE -> new VietnameseAnalyzer(Mode.SHINGLE);
            default -> throw new IllegalArgumentException("not a text field: " + field);
        };
    }

    /** NFC, stripped, cut to {@link #MAX_QUERY_CHARS} / {@link #MAX_QUERY_WORDS}. */
    public static String trimQuery(String text) {
        String t = VietnameseText.nfc(text == null ? "" : text).strip();
        if (t.length() > MAX_QUERY_CHARS) {
            int cut = t.lastIndexOf(' ', MAX_QUERY_CHARS);
            t = t.substring(0, cut > 0 ? cut : MAX_QUERY_CHARS);
        }
        String[] words = t.split("\\s+");
        if (words.length > MAX_QUERY_WORDS) t = String.join(" ", Arrays.copyOf(words, MAX_QUERY_WORDS));
        return t;
    }

    /**
     * What a trimmed, non-blank query text must match: its words or a document number in it;
     * null when it holds neither (only punctuation).
     */
    public Query matchQuery(String text) {
        Query textQuery = textQuery(text);
        Query numberQuery = numberQuery(text);
        if (textQuery == null && numberQuery == null) return null;
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (textQuery != null) either.add(textQuery, Occur.SHOULD);
        if (numberQuery != null) either.add(numberQuery, Occur.SHOULD);
        either.setMinimumNumberShouldMatch(1);
        return either.build();
    }

    /**
     * The matching query: every word in the folded field (most of them for long queries), plus folded
     * syllable bigrams for adjacency. Cheap enough to run over every match.
     */
    public Query textQuery(String text) {
        int words = text.split("\\s+").length;
        Query folded = words <= 5
                ? foldedBuilder.createBooleanQuery(TEXT_FOLDED, text, Occur.MUST)
                : foldedBuilder.createMinShouldMatchQuery(TEXT_FOLDED, text, 0.75f);
        if (folded == null) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(folded, Occur.MUST);
        Query shingles = shingleBuilder.createBooleanQuery(TEXT_SHINGLE, text, Occur.SHOULD);
        if (shingles != null) b.add(shingles, Occur.SHOULD);
        return b.build();
    }

    /**
     * Second-pass signals applied to the best {@link #RESCORE_WINDOW} first-pass hits only: exact accents
     * (x2) and words in the title (x1.5). Scoring them over every match made common-word phrases
     * cost three times as much; over a few hundred candidates they are nearly free. Null when there is none.
     */
    public Query rescoreQuery(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query exact = exactBuilder.createBooleanQuery(TEXT_EXACT, text, Occur.SHOULD);
        if (exact != null && VietnameseText.hasDiacritics(text)) b.add(new BoostQuery(exact, 2.0f), Occur.SHOULD);
        Query title = foldedBuilder.createBooleanQuery(TITLE_FOLDED, text, Occur.SHOULD);
        if (title != null) b.add(new BoostQuery(title, 1.5f), Occur.SHOULD);
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /** The words to mark in snippets (of {@link #TEXT_FOLDED}); null when the text has no words. */
    public Query highlightQuery(String text) {
        return foldedBuilder.createBooleanQuery(TEXT_FOLDED, text, Occur.SHOULD);
    }

    /** Document-number keys in the query; constant scores so a number match outranks any text score. */
    public static Query numberQuery(String text) {
        Set<String> keys = DocumentNumbers.queryKeys(text);
        if (keys.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(DOCNO, k))), 100f), Occur.SHOULD);
            b.add(
                    new BoostQuery(
                            new ConstantScoreQuery(new TermQuery(new Term(DOCNO_CI, k.toLowerCase(Locale.ROOT)))), 60f),
                    Occur.SHOULD);
            b.add(
                    new BoostQuery(
                            new ConstantScoreQuery(new TermQuery(new Term(DOCNO_FOLD, VietnameseText.fold(k)))), 40f),
                    Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(REFS, k))), 5f), Occur.SHOULD);
        }
        return b.build();
    }

    // ------------------------------------------------------------ who may read

    /** The {@link #READER} values of an item: its units' ids, or {@link #AGENCY} when it names none. */
    public static List<String> readerValues(SearchDoc d) {
        if (d.readers().isEmpty()) return List.of(AGENCY);
        return d.readers().stream().sorted().map(String::valueOf).toList();
    }

    /** The {@link #READER} values a restricted reader may see (empty: nothing). */
    public static List<String> readerValues(SearchQuery.Readers r) {
        List<String> out = new java.util.ArrayList<>(r.units().size() + 1);
        if (r.agency()) out.add(AGENCY);
        r.units().stream().sorted().forEach(u -> out.add(String.valueOf(u)));
        return out;
    }

    /** The filter that keeps what a restricted reader may see; null when {@code r} is null (no restriction). */
    public static Query readersFilter(SearchQuery.Readers r) {
        if (r == null) return null;
        List<String> values = readerValues(r);
        if (values.isEmpty()) return new MatchNoDocsQuery("sees nothing");
        return new TermInSetQuery(READER, values.stream().map(BytesRef::new).toList());
    }

    // ------------------------------------------------------------ what is indexed

    /** The searchable text of an item: number and issuer first (so a long body cannot push them out), title, body. */
    public static String indexedText(SearchDoc d) {
        String header = String.join(
                " — ",
                Stream.of(d.docNumber(), d.issuer())
                        .filter(x -> x != null && !x.isBlank())
                        .map(VietnameseText::nfc)
                        .toList());
        return String.join(
                "\n",
                Stream.of(header, title(d), d.body() == null ? "" : VietnameseText.nfc(d.body()))
                        .filter(x -> !x.isEmpty())
                        .toList());
    }

    public static String title(SearchDoc d) {
        return d.title() == null ? "" : VietnameseText.nfc(d.title());
    }

    /** Exact-match key for names (issuer, unit, status): NFC, lower case, one space, one tone spelling. */
    public static String key(String s) {
        String[] words = VietnameseText.nfc(s).toLowerCase(Locale.ROOT).strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            b.append(VietnameseText.normalizeTone(w));
        }
        return b.toString();
    }

    /** A hit's fallback snippet (no word marked): the start of the text, escaped. */
    public static String plainSnippet(String text) {
        return escapeHtml(abbreviate(text, 200));
    }

    public static String abbreviate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    public static String escapeHtml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
