package vn.dondoc.search;

import vn.dondoc.vntext.VietnameseText;
import vn.dondoc.vntext.DocumentNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import vn.dondoc.search.analysis.VietnameseAnalyzer;
import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/**
 * {@link SearchIndex} over an embedded Lucene directory.
 *
 * <p>Text is indexed three ways: accent-exact ({@code text_exact}), accent-folded ({@code text_folded},
 * stored with offsets: it is also the snippet source) and folded syllable bigrams ({@code text_shingle}).
 * A query must match all its words in the folded field; exact-accent and bigram matches add score, so
 * "lao động" ranks documents written "lao động" above ones that only fold to "lao dong". Document numbers
 * live in keyword fields of canonical keys ({@link DocumentNumbers}) searched with a large boost.
 */
public final class LuceneSearchIndex implements SearchIndex {

    static final String ID = "id", KIND = "kind", TITLE = "title", DOC_NUMBER = "docNumber",
            TEXT_EXACT = "text_exact", TEXT_FOLDED = "text_folded", TITLE_FOLDED = "title_folded",
            TEXT_SHINGLE = "text_shingle", DOCNO = "docno", DOCNO_CI = "docno_ci", DOCNO_FOLD = "docno_fold",
            REFS = "refs", TYPE = "type", TYPE_DV = "type_dv", ISSUER = "issuer", YEAR = "year",
            STATUS = "status", UNIT = "unit", DATE = "date", DATE_DV = "date_dv", HIT_DV = "hit_dv";

    /** First-pass hits that get the exact-accent and title signals (see {@link #rescoreQuery}). */
    static final int RESCORE_WINDOW = 200;

    /** Longer queries are cut: nobody types more, and it bounds the cost of a pasted page. */
    static final int MAX_QUERY_CHARS = 300;
    static final int MAX_QUERY_WORDS = 32;

    private static final FieldType INDEXED_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType STORED_TEXT_WITH_OFFSETS = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    private static final FieldType FREQ_ONLY_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS);

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer;
    private final Analyzer foldedQuery = new VietnameseAnalyzer(Mode.FOLDED_QUERY);
    private final QueryBuilder foldedBuilder;
    private final QueryBuilder exactBuilder;
    private final QueryBuilder shingleBuilder;
    /** Rebuild takes it exclusively so no commit publishes a half-rebuilt index. */
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();

    public LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        Analyzer shingle = new VietnameseAnalyzer(Mode.SHINGLE);
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TEXT_EXACT, new VietnameseAnalyzer(Mode.EXACT_INDEX),
                TEXT_FOLDED, new VietnameseAnalyzer(Mode.FOLDED_INDEX),
                TITLE_FOLDED, new VietnameseAnalyzer(Mode.FOLDED_INDEX),
                TEXT_SHINGLE, shingle));
        this.foldedBuilder = new QueryBuilder(foldedQuery);
        this.foldedBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.exactBuilder = new QueryBuilder(new VietnameseAnalyzer(Mode.EXACT_QUERY));
        this.exactBuilder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.shingleBuilder = new QueryBuilder(shingle);
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(indexAnalyzer);
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, cfg);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot open the index in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** An index in a folder (created if missing). */
    public static LuceneSearchIndex openAt(Path folder) {
        try {
            return new LuceneSearchIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot open index folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests and small tools. */
    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex(new ByteBuffersDirectory());
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void index(SearchDoc doc) {
        rebuildLock.readLock().lock();
        try {
            writer.updateDocument(new Term(ID, doc.id()), toLucene(doc));
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot index " + doc.id() + ": " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public void delete(String id) {
        rebuildLock.readLock().lock();
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot delete " + id + ": " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public void deleteAll() {
        rebuildLock.readLock().lock();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot clear the index: " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        rebuildLock.readLock().lock();
        try {
            commitAndRefresh();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private void commitAndRefresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search: commit failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long rebuild(Iterable<SearchDoc> docs) {
        rebuildLock.writeLock().lock();
        try {
            writer.deleteAll();
            long n = 0;
            for (SearchDoc d : docs) {
                writer.updateDocument(new Term(ID, d.id()), toLucene(d));
                n++;
            }
            commitAndRefresh();
            return n;
        } catch (IOException e) {
            try {
                writer.rollback();
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new UncheckedIOException("search: rebuild failed, previous index kept: " + e.getMessage(), e);
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    static Document toLucene(SearchDoc d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        String title = d.title() == null ? "" : VietnameseText.nfc(d.title());
        String body = d.body() == null ? "" : VietnameseText.nfc(d.body());
        doc.add(new StoredField(TITLE, title));
        doc.add(new BinaryDocValuesField(HIT_DV, hitValue(d, title)));
        // number and issuer are searchable words too ("chỉ thị tỉnh ủy 42"); first line, so a long body cannot push them out
        String header = String.join(" — ", java.util.stream.Stream.of(d.docNumber(), d.issuer())
                .filter(x -> x != null && !x.isBlank()).map(VietnameseText::nfc).toList());
        String text = String.join("\n", java.util.stream.Stream.of(header, title, body).filter(x -> !x.isEmpty()).toList());
        doc.add(new Field(TEXT_EXACT, text, INDEXED_TEXT));
        doc.add(new Field(TEXT_FOLDED, text, STORED_TEXT_WITH_OFFSETS));
        doc.add(new Field(TITLE_FOLDED, title, INDEXED_TEXT));
        doc.add(new Field(TEXT_SHINGLE, text, FREQ_ONLY_TEXT));
        if (d.docNumber() != null && !d.docNumber().isBlank()) {
            doc.add(new StoredField(DOC_NUMBER, d.docNumber()));
            for (String k : DocumentNumbers.exactKeys(d.docNumber())) doc.add(new StringField(DOCNO, k, Field.Store.NO));
            for (String k : DocumentNumbers.caseInsensitiveKeys(d.docNumber())) doc.add(new StringField(DOCNO_CI, k, Field.Store.NO));
            for (String k : DocumentNumbers.foldedKeys(d.docNumber())) doc.add(new StringField(DOCNO_FOLD, k, Field.Store.NO));
        }
        for (String ref : DocumentNumbers.findReferences(text)) {
            for (String k : DocumentNumbers.exactKeys(ref)) doc.add(new StringField(REFS, k, Field.Store.NO));
        }
        if (d.typeCode() != null && !d.typeCode().isBlank()) {
            doc.add(new StringField(TYPE, d.typeCode(), Field.Store.YES));
            doc.add(new SortedDocValuesField(TYPE_DV, new BytesRef(d.typeCode())));
        }
        if (d.issuer() != null && !d.issuer().isBlank()) doc.add(new StringField(ISSUER, key(d.issuer()), Field.Store.NO));
        if (d.status() != null && !d.status().isBlank()) doc.add(new StringField(STATUS, key(d.status()), Field.Store.NO));
        for (String u : d.units()) if (u != null && !u.isBlank()) doc.add(new StringField(UNIT, key(u), Field.Store.NO));
        if (d.year() != null) {
            doc.add(new IntPoint(YEAR, d.year()));
            doc.add(new NumericDocValuesField(YEAR, d.year()));
            doc.add(new StoredField(YEAR, d.year()));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE_DV, day));
            doc.add(new StoredField(DATE, day));
        }
        return doc;
    }

    /** Exact-match key for names (issuer, unit, status): NFC, lower case, one space, one tone spelling. */
    static String key(String s) {
        String[] words = VietnameseText.nfc(s).toLowerCase(Locale.ROOT).strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) b.append(' ');
            b.append(VietnameseText.normalizeTone(w));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchResults search(SearchQuery q) {
        long t0 = System.nanoTime();
        String text = trimQuery(q.text());
        Query textQuery = text.isBlank() ? null : textQuery(text);
        Query numberQuery = text.isBlank() ? null : numberQuery(text);
        if (!text.isBlank() && textQuery == null && numberQuery == null) {
            return SearchResults.empty(); // only punctuation: nothing to look for
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        if (textQuery == null && numberQuery == null) {
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (textQuery != null) either.add(textQuery, Occur.SHOULD);
            if (numberQuery != null) either.add(numberQuery, Occur.SHOULD);
            either.setMinimumNumberShouldMatch(1);
            top.add(either.build(), Occur.MUST);
        }
        addFilters(top, q);
        Query query = top.build();

        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot open a searcher: " + e.getMessage(), e);
        }
        try {
            int window = (q.page() + 1) * q.size();
            TopDocs top10;
            FacetCounts facets = null;
            CollectorManager<?, ? extends TopDocs> topManager = textQuery == null && numberQuery == null
                    ? new TopFieldCollectorManager(byDateDesc(), window, null, 1000)
                    : new TopScoreDocCollectorManager(Math.max(window, RESCORE_WINDOW), null, 1000);
            // top hits first, with score-based skipping; facets in a second pass that needs no scores,
            // where Lucene drops the optional (ranking-only) clauses: far cheaper than scoring every match
            top10 = searcher.search(query, topManager);
            Query rescore = textQuery == null ? null : rescoreQuery(text);
            if (rescore != null && top10.scoreDocs.length > 0) {
                top10 = QueryRescorer.rescore(searcher, top10, rescore, 1.0, window);
            }
            if (q.facets()) facets = searcher.search(query, new FacetManager());
            long total = facets != null ? facets.total() : top10.totalHits.value;
            boolean exact = facets != null || top10.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            ScoreDoc[] page = pageOf(top10.scoreDocs, q.page() * q.size(), q.size());
            Map<Integer, String> snippets = textQuery == null ? Map.of() : snippets(searcher, highlightQuery(text), page);
            List<SearchHit> hits = new ArrayList<>(page.length);
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : page) {
                String snippet = snippets.get(sd.doc);
                if (snippet == null) snippet = escapeHtml(abbreviate(stored.document(sd.doc, Set.of(TEXT_FOLDED)).get(TEXT_FOLDED), 200));
                hits.add(toHit(leaves, sd, snippet));
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResults(total, exact, hits,
                    facets == null ? null : facets.types(), facets == null ? null : facets.years(), took);
        } catch (IOException e) {
            throw new UncheckedIOException("search: query failed: " + e.getMessage(), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException ignored) {
                // releasing a reader never fails in practice; nothing useful to do
            }
        }
    }

    static String trimQuery(String text) {
        String t = VietnameseText.nfc(text == null ? "" : text).strip();
        if (t.length() > MAX_QUERY_CHARS) {
            int cut = t.lastIndexOf(' ', MAX_QUERY_CHARS);
            t = t.substring(0, cut > 0 ? cut : MAX_QUERY_CHARS);
        }
        String[] words = t.split("\\s+");
        if (words.length > MAX_QUERY_WORDS) t = String.join(" ", java.util.Arrays.copyOf(words, MAX_QUERY_WORDS));
        return t;
    }

    /**
     * The matching query: every word in the folded field (most of them for long queries), plus folded
     * syllable bigrams for adjacency. Cheap enough to run over every match.
     */
    private Query textQuery(String text) {
        int words = text.split("\\s+").length;
        Query folded = words <= 5 ? foldedBuilder.createBooleanQuery(TEXT_FOLDED, text, Occur.MUST)
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
     * cost three times as much; over a few hundred candidates they are nearly free.
     */
    private Query rescoreQuery(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query exact = exactBuilder.createBooleanQuery(TEXT_EXACT, text, Occur.SHOULD);
        if (exact != null && VietnameseText.hasDiacritics(text)) b.add(new BoostQuery(exact, 2.0f), Occur.SHOULD);
        Query title = foldedBuilder.createBooleanQuery(TITLE_FOLDED, text, Occur.SHOULD);
        if (title != null) b.add(new BoostQuery(title, 1.5f), Occur.SHOULD);
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private Query highlightQuery(String text) {
        return foldedBuilder.createBooleanQuery(TEXT_FOLDED, text, Occur.SHOULD);
    }

    /** Document-number keys in the query; constant scores so a number match outranks any text score. */
    private static Query numberQuery(String text) {
        Set<String> keys = DocumentNumbers.queryKeys(text);
        if (keys.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(DOCNO, k))), 100f), Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(DOCNO_CI, k.toLowerCase(Locale.ROOT)))), 60f), Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(DOCNO_FOLD, VietnameseText.fold(k)))), 40f), Occur.SHOULD);
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(REFS, k))), 5f), Occur.SHOULD);
        }
        return b.build();
    }

    private static void addFilters(BooleanQuery.Builder b, SearchQuery q) {
        if (!q.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (Kind k : q.kinds()) kinds.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD);
            b.add(kinds.build(), Occur.FILTER);
        }
        if (q.typeCode() != null && !q.typeCode().isBlank()) b.add(new TermQuery(new Term(TYPE, q.typeCode().strip())), Occur.FILTER);
        if (q.issuer() != null && !q.issuer().isBlank()) b.add(new TermQuery(new Term(ISSUER, key(q.issuer()))), Occur.FILTER);
        if (q.status() != null && !q.status().isBlank()) b.add(new TermQuery(new Term(STATUS, key(q.status()))), Occur.FILTER);
        if (q.unit() != null && !q.unit().isBlank()) b.add(new TermQuery(new Term(UNIT, key(q.unit()))), Occur.FILTER);
        if (q.year() != null) b.add(IntPoint.newExactQuery(YEAR, q.year()), Occur.FILTER);
        if (q.dateFrom() != null || q.dateTo() != null) {
            long from = q.dateFrom() == null ? Long.MIN_VALUE : q.dateFrom().toEpochDay();
            long to = q.dateTo() == null ? Long.MAX_VALUE : q.dateTo().toEpochDay();
            b.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
    }

    private static Sort byDateDesc() {
        SortField date = new SortField(DATE_DV, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int from, int size) {
        if (from >= all.length) return new ScoreDoc[0];
        return java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
    }

    private Map<Integer, String> snippets(IndexSearcher searcher, Query hl, ScoreDoc[] page) throws IOException {
        if (page.length == 0 || hl == null) return Map.of();
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                // passages of about 160 chars cut at spaces, centred on the match: the JDK sentence
                // iterator was most of the query time, and administrative text has few clean sentence ends
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), 160, 0.5f))
                .withMaxLength(200_000)
                .build();
        int[] ids = new int[page.length];
        for (int i = 0; i < page.length; i++) ids[i] = page[i].doc;
        Map<String, String[]> r = h.highlightFields(new String[] {TEXT_FOLDED}, hl, ids, new int[] {2});
        String[] s = r.get(TEXT_FOLDED);
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) if (s[i] != null) out.put(ids[i], s[i].strip());
        return out;
    }

    /**
     * What a hit shows, packed in one binary doc value: reading it is a seek, whereas stored fields
     * decompress a whole block per document (that was a fifth of the query time).
     */
    private static BytesRef hitValue(SearchDoc d, String title) {
        String[] f = {d.id(), d.kind().name(), abbreviate(title, 2000), nz(d.docNumber()), nz(d.typeCode()),
            d.year() == null ? "" : d.year().toString(), d.date() == null ? "" : Long.toString(d.date().toEpochDay()),
            nz(d.parent())};
        for (int i = 0; i < f.length; i++) f[i] = f[i].replace('\u001F', ' ');
        return new BytesRef(String.join("\u001F", f));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static SearchHit toHit(List<LeafReaderContext> leaves, ScoreDoc sd, String snippet) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        BinaryDocValues dv = DocValues.getBinary(leaf.reader(), HIT_DV);
        if (!dv.advanceExact(sd.doc - leaf.docBase)) throw new IllegalStateException("search: hit " + sd.doc + " has no " + HIT_DV);
        String[] f = dv.binaryValue().utf8ToString().split("\u001F", -1);
        return new SearchHit(f[0], Kind.valueOf(f[1]), f[2], emptyToNull(f[3]), emptyToNull(f[4]),
                f[5].isEmpty() ? null : Integer.valueOf(f[5]), f[6].isEmpty() ? null : LocalDate.ofEpochDay(Long.parseLong(f[6])),
                Float.isNaN(sd.score) ? 0f : sd.score, snippet, f.length > 7 ? emptyToNull(f[7]) : null); // 7 fields: an index from before parents
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String escapeHtml(String s) {
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

    @Override
    public long count() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot count: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(Kind kind) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new TermQuery(new Term(KIND, kind.name())));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot count " + kind + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot close the index: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- facets

    /** Hits per type code and per year, counted from doc values over every match. */
    record FacetCounts(long total, Map<String, Long> types, Map<Integer, Long> years) {
    }

    private static final class FacetCollector extends SimpleCollector {
        final Map<String, Long> types = new HashMap<>();
        final Map<Integer, Long> years = new HashMap<>();
        long total;
        private SortedDocValues typeDv;
        private NumericDocValues yearDv;
        private long[] ordCounts;

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            flush();
            typeDv = DocValues.getSorted(ctx.reader(), TYPE_DV);
            yearDv = DocValues.getNumeric(ctx.reader(), YEAR);
            ordCounts = new long[typeDv.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (typeDv.advanceExact(doc)) ordCounts[typeDv.ordValue()]++;
            if (yearDv.advanceExact(doc)) years.merge((int) yearDv.longValue(), 1L, Long::sum);
        }

        void flush() throws IOException {
            if (typeDv == null) return;
            for (int o = 0; o < ordCounts.length; o++) {
                if (ordCounts[o] > 0) types.merge(typeDv.lookupOrd(o).utf8ToString(), ordCounts[o], Long::sum);
            }
            typeDv = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final class FacetManager implements CollectorManager<FacetCollector, FacetCounts> {
        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public FacetCounts reduce(java.util.Collection<FacetCollector> collectors) throws IOException {
            Map<String, Long> types = new HashMap<>();
            Map<Integer, Long> years = new HashMap<>();
            long total = 0;
            for (FacetCollector c : collectors) {
                c.flush();
                total += c.total;
                c.types.forEach((k, v) -> types.merge(k, v, Long::sum));
                c.years.forEach((k, v) -> years.merge(k, v, Long::sum));
            }
            Map<String, Long> t = types.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            Map<Integer, Long> y = years.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            return new FacetCounts(total, t, y);
        }
    }
}
