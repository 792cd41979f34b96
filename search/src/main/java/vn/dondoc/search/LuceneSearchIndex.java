package vn.dondoc.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
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
import vn.dondoc.vntext.DocumentNumbers;

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

    static final String ID = "id",
            KIND = "kind",
            TITLE = "title",
            DOC_NUMBER = "docNumber",
            TEXT_EXACT = SearchQueries.TEXT_EXACT,
            TEXT_FOLDED = SearchQueries.TEXT_FOLDED,
            TITLE_FOLDED = SearchQueries.TITLE_FOLDED,
            TEXT_SHINGLE = SearchQueries.TEXT_SHINGLE,
            DOCNO = SearchQueries.DOCNO,
            DOCNO_CI = SearchQueries.DOCNO_CI,
            DOCNO_FOLD = SearchQueries.DOCNO_FOLD,
            REFS = SearchQueries.REFS,
            TYPE = "type",
            TYPE_DV = "type_dv",
            ISSUER = "issuer",
            YEAR = "year",
            STATUS = "status",
            UNIT = "unit",
            DATE = "date",
            DATE_DV = "date_dv",
            HIT_DV = "hit_dv",
            READER = SearchQueries.READER;

    static final int RESCORE_WINDOW = SearchQueries.RESCORE_WINDOW;

    private static final FieldType INDEXED_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType STORED_TEXT_WITH_OFFSETS =
            textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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
    private final SearchQueries queries = new SearchQueries();
    /** Rebuild takes it exclusively so no commit publishes a half-rebuilt index. */
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();

    public LuceneSearchIndex(Directory directory) {
        this.directory = directory;
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        TEXT_EXACT, SearchQueries.indexAnalyzer(TEXT_EXACT),
                        TEXT_FOLDED, SearchQueries.indexAnalyzer(TEXT_FOLDED),
                        TITLE_FOLDED, SearchQueries.indexAnalyzer(TITLE_FOLDED),
                        TEXT_SHINGLE, SearchQueries.indexAnalyzer(TEXT_SHINGLE)));
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
        String title = SearchQueries.title(d);
        doc.add(new StoredField(TITLE, title));
        doc.add(new BinaryDocValuesField(HIT_DV, hitValue(d, title)));
        // number and issuer are searchable words too ("chỉ thị tỉnh ủy 42")
        String text = SearchQueries.indexedText(d);
        doc.add(new Field(TEXT_EXACT, text, INDEXED_TEXT));
        doc.add(new Field(TEXT_FOLDED, text, STORED_TEXT_WITH_OFFSETS));
        doc.add(new Field(TITLE_FOLDED, title, INDEXED_TEXT));
        doc.add(new Field(TEXT_SHINGLE, text, FREQ_ONLY_TEXT));
        if (d.docNumber() != null && !d.docNumber().isBlank()) {
            doc.add(new StoredField(DOC_NUMBER, d.docNumber()));
            for (String k : DocumentNumbers.exactKeys(d.docNumber()))
                doc.add(new StringField(DOCNO, k, Field.Store.NO));
            for (String k : DocumentNumbers.caseInsensitiveKeys(d.docNumber()))
                doc.add(new StringField(DOCNO_CI, k, Field.Store.NO));
            for (String k : DocumentNumbers.foldedKeys(d.docNumber()))
                doc.add(new StringField(DOCNO_FOLD, k, Field.Store.NO));
        }
        for (String ref : DocumentNumbers.findReferences(text)) {
            for (String k : DocumentNumbers.exactKeys(ref)) doc.add(new StringField(REFS, k, Field.Store.NO));
        }
        if (d.typeCode() != null && !d.typeCode().isBlank()) {
            doc.add(new StringField(TYPE, d.typeCode(), Field.Store.YES));
            doc.add(new SortedDocValuesField(TYPE_DV, new BytesRef(d.typeCode())));
        }
        if (d.issuer() != null && !d.issuer().isBlank())
            doc.add(new StringField(ISSUER, key(d.issuer()), Field.Store.NO));
        if (d.status() != null && !d.status().isBlank())
            doc.add(new StringField(STATUS, key(d.status()), Field.Store.NO));
        for (String u : d.units())
            if (u != null && !u.isBlank()) doc.add(new StringField(UNIT, key(u), Field.Store.NO));
        for (String r : SearchQueries.readerValues(d)) doc.add(new StringField(READER, r, Field.Store.NO));
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

    static String key(String s) {
        return SearchQueries.key(s);
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchResults search(SearchQuery q) {
        long t0 = System.nanoTime();
        String text = trimQuery(q.text());
        Query matchQuery = text.isBlank() ? null : queries.matchQuery(text);
        if (!text.isBlank() && matchQuery == null) {
            return SearchResults.empty(); // only punctuation: nothing to look for
        }
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        top.add(matchQuery == null ? new MatchAllDocsQuery() : matchQuery, Occur.MUST);
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
            CollectorManager<?, ? extends TopDocs> topManager = matchQuery == null
                    ? new TopFieldCollectorManager(byDateDesc(), window, null, 1000)
                    : new TopScoreDocCollectorManager(Math.max(window, RESCORE_WINDOW), null, 1000);
            // top hits first, with score-based skipping; facets in a second pass that needs no scores,
            // where Lucene drops the optional (ranking-only) clauses: far cheaper than scoring every match
            top10 = searcher.search(query, topManager);
            Query rescore = matchQuery == null ? null : queries.rescoreQuery(text);
            if (rescore != null && top10.scoreDocs.length > 0) {
                top10 = QueryRescorer.rescore(searcher, top10, rescore, 1.0, window);
            }
            if (q.facets()) facets = searcher.search(query, new FacetManager());
            long total = facets != null ? facets.total() : top10.totalHits.value;
            boolean exact = facets != null || top10.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            ScoreDoc[] page = pageOf(top10.scoreDocs, q.page() * q.size(), q.size());
            Map<Integer, String> snippets =
                    matchQuery == null ? Map.of() : snippets(searcher, queries.highlightQuery(text), page);
            List<SearchHit> hits = new ArrayList<>(page.length);
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : page) {
                String snippet = snippets.get(sd.doc);
                if (snippet == null)
                    snippet = SearchQueries.plainSnippet(
                            stored.document(sd.doc, Set.of(TEXT_FOLDED)).get(TEXT_FOLDED));
                hits.add(toHit(leaves, sd, snippet));
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResults(
                    total,
                    exact,
                    hits,
                    facets == null ? null : facets.types(),
                    facets == null ? null : facets.years(),
                    took);
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
        return SearchQueries.trimQuery(text);
    }

    private static void addFilters(BooleanQuery.Builder b, SearchQuery q) {
        if (!q.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (Kind k : q.kinds()) kinds.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD);
            b.add(kinds.build(), Occur.FILTER);
        }
        if (q.typeCode() != null && !q.typeCode().isBlank())
            b.add(new TermQuery(new Term(TYPE, q.typeCode().strip())), Occur.FILTER);
        if (q.issuer() != null && !q.issuer().isBlank())
            b.add(new TermQuery(new Term(ISSUER, key(q.issuer()))), Occur.FILTER);
        if (q.status() != null && !q.status().isBlank())
            b.add(new TermQuery(new Term(STATUS, key(q.status()))), Occur.FILTER);
        if (q.unit() != null && !q.unit().isBlank()) b.add(new TermQuery(new Term(UNIT, key(q.unit()))), Occur.FILTER);
        if (q.year() != null) b.add(IntPoint.newExactQuery(YEAR, q.year()), Occur.FILTER);
        Query readers = SearchQueries.readersFilter(q.readers());
        if (readers != null) b.add(readers, Occur.FILTER);
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
                .withBreakIterator(() ->
                        LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), 160, 0.5f))
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
        String[] f = {
            d.id(),
            d.kind().name(),
            abbreviate(title, 2000),
            nz(d.docNumber()),
            nz(d.typeCode()),
            d.year() == null ? "" : d.year().toString(),
            d.date() == null ? "" : Long.toString(d.date().toEpochDay()),
            nz(d.parent())
        };
        for (int i = 0; i < f.length; i++) f[i] = f[i].replace('\u001F', ' ');
        return new BytesRef(String.join("\u001F", f));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static SearchHit toHit(List<LeafReaderContext> leaves, ScoreDoc sd, String snippet) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        BinaryDocValues dv = DocValues.getBinary(leaf.reader(), HIT_DV);
        if (!dv.advanceExact(sd.doc - leaf.docBase))
            throw new IllegalStateException("search: hit " + sd.doc + " has no " + HIT_DV);
        String[] f = dv.binaryValue().utf8ToString().split("\u001F", -1);
        return new SearchHit(
                f[0],
                Kind.valueOf(f[1]),
                f[2],
                emptyToNull(f[3]),
                emptyToNull(f[4]),
                f[5].isEmpty() ? null : Integer.valueOf(f[5]),
                f[6].isEmpty() ? null : LocalDate.ofEpochDay(Long.parseLong(f[6])),
                Float.isNaN(sd.score) ? 0f : sd.score,
                snippet,
                f.length > 7 ? emptyToNull(f[7]) : null); // 7 fields: an index from before parents
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String abbreviate(String s, int max) {
        return SearchQueries.abbreviate(s, max);
    }

    static String escapeHtml(String s) {
        return SearchQueries.escapeHtml(s);
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

    /** Items without a {@link #READER} value were indexed before it existed (every item now has one). */
    @Override
    public boolean outdated() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                BooleanQuery.Builder without = new BooleanQuery.Builder();
                without.add(new MatchAllDocsQuery(), Occur.MUST);
                without.add(
                        new org.apache.lucene.search.TermRangeQuery(READER, null, null, true, true), Occur.MUST_NOT);
                return s.count(without.build()) > 0;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot check the index format: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> ids(Kind kind) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Set<String> ids = new java.util.HashSet<>();
                Set<String> only = Set.of(ID);
                s.search(new TermQuery(new Term(KIND, kind.name())), new SimpleCollector() {
                    private StoredFields stored;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        stored = context.reader().storedFields();
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        ids.add(stored.document(doc, only).get(ID));
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                });
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: cannot list the ids of " + kind + ": " + e.getMessage(), e);
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
    record FacetCounts(long total, Map<String, Long> types, Map<Integer, Long> years) {}

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
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            Map<Integer, Long> y = years.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            return new FacetCounts(total, t, y);
        }
    }
}
