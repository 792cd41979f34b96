package vn.dondoc.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import vn.dondoc.search.Kind;
import vn.dondoc.search.LuceneSearchIndex;
import vn.dondoc.search.SearchDoc;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchIndexProvider;
import vn.dondoc.search.SearchQuery;
import vn.dondoc.search.SearchResults;
import vn.dondoc.vntext.DocumentNumbers;
import vn.dondoc.vntext.VietnameseText;

/**
 * Lucene vs PostgreSQL full-text search on the same generated documents and the same mixed queries.
 * Not part of the build; see search/README.md. Prints p50/p95/p99 per engine and their ratios.
 *
 * <pre>
 *   --docs N          documents to generate (default 100000)
 *   --queries N       measured queries (default 1000), after a warm-up of the same size on other queries
 *   --corpus DIR      take sentences from the .txt files in DIR (default: the text shipped in resources)
 *   --jdbc URL        PostgreSQL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres)
 *   --no-pg           Lucene only
 *   --index DIR       where to build the Lucene index (default: a temporary folder, deleted afterwards)
 *   --solr-zk ZK      also SolrCloud (engine "solr", dondoc-search-solr on the classpath), host:port/solr:
 *                     the same documents in a collection "bench", the same queries interleaved
 * </pre>
 */
public final class SearchBench {

    private record Type(String code, String symbol) {}

    private record Issuer(String name, String symbol) {}

    private static final Type[] TYPES = {
        new Type("CHI_THI", "CT"), new Type("CHUONG_TRINH", "CTr"), new Type("KE_HOACH", "KH"),
                new Type("QUYET_DINH", "QĐ"),
        new Type("QUY_DINH", "QyĐ"), new Type("THONG_BAO", "TB"), new Type("BAO_CAO", "BC"),
                new Type("NGHI_QUYET", "NQ"),
        new Type("KET_LUAN", "KL"), new Type("HUONG_DAN", "HD"), new Type("TO_TRINH", "TTr"), new Type("CONG_VAN", "")
    };
    private static final Issuer[] ISSUERS = {
        new Issuer("Ủy ban nhân dân tỉnh", "UBND"),
        new Issuer("Tỉnh ủy", "TU"),
        new Issuer("Hội đồng nhân dân tỉnh", "HĐND"),
        new Issuer("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"),
        new Issuer("Sở Nông nghiệp và Phát triển nông thôn", "SNN"),
        new Issuer("Sở Tài chính", "STC"),
        new Issuer("Sở Giáo dục và Đào tạo", "SGDĐT"),
        new Issuer("Sở Y tế", "SYT")
    };
    private static final String[] STATUSES = {"ISSUED", "DRAFT", "OPEN", "DONE", "OVERDUE"};

    private final List<String> sentences;
    private final long seed = 20261123L;

    private SearchBench(List<String> sentences) {
        this.sentences = sentences;
    }

    public static void main(String[] args) throws Exception {
        int docs = 100_000, queries = 1000;
        String corpus = null,
                jdbc = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                indexDir = null,
                solrZk = null;
        boolean pg = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = args[++i];
                case "--jdbc" -> jdbc = args[++i];
                case "--index" -> indexDir = args[++i];
                case "--no-pg" -> pg = false;
                case "--solr-zk" -> solrZk = args[++i];
                default -> {
                    System.err.println("SearchBench: unknown argument " + args[i] + " (see the class comment)");
                    System.exit(2);
                }
            }
        }
        List<String> sentences = corpus == null ? shippedSentences() : corpusSentences(Path.of(corpus));
        System.out.printf(
                Locale.ROOT,
                "text: %d sentences from %s%n",
                sentences.size(),
                corpus == null ? "resources (built-in)" : corpus);
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores visible to the JVM, max heap %d MB, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        new SearchBench(sentences).run(docs, queries, pg ? jdbc : null, indexDir, solrZk);
    }

    // ------------------------------------------------------------------ text

    static List<String> shippedSentences() throws IOException {
        try (InputStream in = SearchBench.class.getResourceAsStream("/vn/dondoc/search/bench/sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    /** Sentences from real documents: lines joined, split after . ; ! ?, kept when 40..400 chars. */
    static List<String> corpusSentences(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text;
            try {
                text = VietnameseText.nfc(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                System.err.println("SearchBench: skipped " + f + ": " + e.getMessage());
                continue;
            }
            for (String para : text.split("\\n\\s*\\n")) {
                String joined = para.replaceAll("\\s+", " ").strip();
                for (String sentence : joined.split("(?<=[.;!?])\\s+")) {
                    int letters =
                            (int) sentence.chars().filter(Character::isLetter).count();
                    if (sentence.length() >= 40 && sentence.length() <= 400 && letters > sentence.length() / 2)
                        out.add(sentence);
                }
            }
            if (out.size() > 300_000) break;
        }
        if (out.size() < 100)
            throw new IllegalArgumentException(
                    "SearchBench: too little text in " + dir + " (" + out.size() + " sentences)");
        return out;
    }

    // ------------------------------------------------------------------ documents

    /** Deterministic: doc(i) is the same on every call, so nothing needs to be held in memory. */
    SearchDoc doc(int i) {
        Random r = new Random(seed * 31 + i);
        double k = r.nextDouble();
        Kind kind = k < 0.8 ? Kind.DOCUMENT : k < 0.9 ? Kind.TASK : k < 0.95 ? Kind.EVENT : Kind.TARGET;
        int year = 2015 + r.nextInt(11);
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
        Issuer issuer = ISSUERS[r.nextInt(ISSUERS.length)];
        String title = sentences.get(r.nextInt(sentences.size()));
        String[] words = title.split(" ");
        if (words.length > 24) title = String.join(" ", Arrays.copyOf(words, 24));
        StringBuilder body = new StringBuilder();
        int n = 2 + r.nextInt(9);
        for (int s = 0; s < n; s++)
            body.append(sentences.get(r.nextInt(sentences.size()))).append(s % 3 == 2 ? "\n" : " ");
        SearchDoc.Builder b = SearchDoc.builder(kind.name().toLowerCase(Locale.ROOT) + ":" + i, kind)
                .title(title)
                .body(body.toString().strip())
                .year(year)
                .date(date)
                .status(STATUSES[r.nextInt(STATUSES.length)])
                .issuer(issuer.name())
                .units(issuer.name());
        if (kind == Kind.DOCUMENT) {
            Type t = TYPES[r.nextInt(TYPES.length)];
            b.typeCode(t.code()).docNumber(number(r, t, issuer, year));
        } else {
            b.typeCode(kind.name());
        }
        return b.build();
    }

    private static String number(Random r, Type t, Issuer issuer, int year) {
        int no = 1 + r.nextInt(400);
        if (t.symbol().isEmpty()) return no + "/" + issuer.symbol() + "-VP"; // công văn: 123/UBND-VP
        if (issuer.symbol().equals("TU")) return no + "-" + t.symbol() + "/TU"; // party style: 42-CT/TU
        if (r.nextInt(3) == 0) return no + "/" + year + "/" + t.symbol() + "-" + issuer.symbol(); // 23/2021/QĐ-UBND
        return no + "/" + t.symbol() + "-" + issuer.symbol(); // 309/TB-SLĐTBXH
    }

    // ------------------------------------------------------------------ queries

    enum QKind {
        WORD,
        WORD_FOLDED,
        PHRASE,
        PHRASE_FOLDED,
        NUMBER,
        FILTERED
    }

    record Q(QKind kind, String text, String typeCode, Integer year) {}

    List<Q> queries(int count, long querySeed, int docs) {
        Random r = new Random(querySeed);
        List<Q> out = new ArrayList<>(count);
        while (out.size() < count) {
            SearchDoc d = doc(r.nextInt(docs));
            String[] words = Arrays.stream((d.title() + " " + d.body()).split("[\\s\\p{Punct}–]+"))
                    .filter(w -> w.length() > 1 && w.chars().allMatch(Character::isLetter))
                    .toArray(String[]::new);
            if (words.length < 4) continue;
            int p = r.nextInt(100);
            int at = r.nextInt(words.length - 3);
            if (p < 25) {
                out.add(new Q(QKind.WORD, words[at].toLowerCase(Locale.ROOT), null, null));
            } else if (p < 40) {
                out.add(new Q(QKind.WORD_FOLDED, VietnameseText.fold(words[at]), null, null));
            } else if (p < 55) {
                out.add(new Q(
                        QKind.PHRASE,
                        String.join(" ", Arrays.copyOfRange(words, at, at + 2 + r.nextInt(2)))
                                .toLowerCase(Locale.ROOT),
                        null,
                        null));
            } else if (p < 70) {
                out.add(new Q(
                        QKind.PHRASE_FOLDED,
                        VietnameseText.fold(String.join(" ", Arrays.copyOfRange(words, at, at + 2 + r.nextInt(2)))),
                        null,
                        null));
            } else if (p < 85) {
                if (d.docNumber() == null) continue;
                out.add(new Q(QKind.NUMBER, respell(d.docNumber(), r), null, null));
            } else {
                if (d.typeCode() == null) continue;
                out.add(new Q(
                        QKind.FILTERED,
                        words[at].toLowerCase(Locale.ROOT),
                        d.typeCode(),
                        r.nextBoolean() ? d.year() : null));
            }
        }
        return out;
    }

    /** The same number as users type it: separators swapped or spaced, sometimes lower case. */
    private static String respell(String number, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> number;
            case 1 -> number.replaceAll("[-/]", " ");
            case 2 -> number.replace('-', '#').replace('/', '-').replace('#', '/');
            default -> number.toLowerCase(Locale.ROOT);
        };
    }

    // ------------------------------------------------------------------ run

    private void run(int docs, int queryCount, String jdbc, String indexDir, String solrZk) throws Exception {
        List<Q> warm = queries(queryCount, seed + 1, docs);
        List<Q> measured = queries(queryCount, seed + 2, docs);

        Path dir = indexDir == null ? Files.createTempDirectory("dondoc-search-bench") : Path.of(indexDir);
        Postgres pg = null;
        SearchIndex solr = null;
        try (LuceneSearchIndex index = LuceneSearchIndex.openAt(dir)) {
            long t0 = System.nanoTime();
            index.rebuild(() -> java.util.stream.IntStream.range(0, docs)
                    .mapToObj(this::doc)
                    .iterator());
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "lucene: indexed %d docs in %.1f s (%.0f docs/s), index %d MB in %s%n",
                    index.count(),
                    secs,
                    docs / secs,
                    size(dir) >> 20,
                    dir);
            hitStats("lucene", index, measured);
            if (solrZk != null) {
                solr = SearchIndexProvider.open("solr", java.util.Map.of("zk", solrZk, "collection", "bench"));
                t0 = System.nanoTime();
                solr.rebuild(() -> java.util.stream.IntStream.range(0, docs)
                        .mapToObj(this::doc)
                        .iterator());
                secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "solr: indexed %d docs in %.1f s (%.0f docs/s), collection alias bench%n",
                        solr.count(),
                        secs,
                        docs / secs);
                hitStats("solr", solr, measured);
                int same = 0, sameSet = 0, sameFirst = 0;
                for (Q q : measured) {
                    SearchQuery sq = SearchQuery.builder()
                            .text(q.text())
                            .typeCode(q.typeCode())
                            .year(q.year())
                            .build();
                    List<String> l = ids(index.search(sq)), s = ids(solr.search(sq));
                    if (l.equals(s)) same++;
                    if (new java.util.HashSet<>(l).equals(new java.util.HashSet<>(s))) sameSet++;
                    if (!l.isEmpty() && !s.isEmpty() && l.get(0).equals(s.get(0))) sameFirst++;
                }
                System.out.printf(
                        Locale.ROOT,
                        "solr vs lucene, top 10 of %d queries: same ids in the same order %d, same set of ids %d, same first hit %d%n",
                        measured.size(),
                        same,
                        sameSet,
                        sameFirst);
            }
            if (jdbc != null) {
                try {
                    pg = Postgres.load(jdbc, docs, this::doc);
                } catch (SQLException e) {
                    System.out.println("postgresql: not reachable or failed ("
                            + e.getMessage().lines().findFirst().orElse("") + "): Lucene figures only");
                }
            }
            if (pg != null) {
                Postgres toDrop = pg;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> toDrop.close())); // also on Ctrl-C / kill
            }
            // warm-up: JIT for Lucene, caches and plans for PostgreSQL
            for (int round = 0; round < 2; round++) {
                for (Q q : warm) {
                    luceneOnce(index, q, false);
                    luceneOnce(index, q, true);
                    if (solr != null) luceneOnce(solr, q, false);
                }
            }
            if (pg != null) for (Q q : warm) pg.once(q);

            // measured: engines interleaved query by query, so both see the same load on a shared machine
            long[] lucene = new long[measured.size()], luceneCpu = new long[measured.size()];
            long[] luceneFacets = new long[measured.size()], postgres = new long[measured.size()];
            long[] solrTimes = new long[measured.size()], solrFacets = new long[measured.size()];
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < measured.size(); i++) {
                Q q = measured.get(i);
                long cpu = mx.getCurrentThreadCpuTime();
                lucene[i] = luceneOnce(index, q, false);
                luceneCpu[i] = mx.getCurrentThreadCpuTime() - cpu;
                luceneFacets[i] = luceneOnce(index, q, true);
                if (pg != null) postgres[i] = pg.once(q);
                if (solr != null) {
                    solrTimes[i] = luceneOnce(solr, q, false);
                    solrFacets[i] = luceneOnce(solr, q, true);
                }
            }
            print("lucene (top 10 + snippets)", lucene);
            print("lucene, thread CPU time only", luceneCpu);
            print("lucene (+ facets by type/year)", luceneFacets);
            printByKind("lucene", measured, lucene);
            if (solr != null) {
                print("solrcloud (top 10 + snippets)", solrTimes);
                print("solrcloud (+ facets by type/year)", solrFacets);
                printByKind("solrcloud", measured, solrTimes);
            }
            if (pg != null) {
                print("postgresql (top 10 by ts_rank)", postgres);
                printByKind("postgresql", measured, postgres);
                long[] l = sorted(lucene), p = sorted(postgres);
                System.out.printf(
                        Locale.ROOT,
                        "ratio postgresql/lucene: p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                        pct(p, 50) / pct(l, 50),
                        pct(p, 95) / pct(l, 95),
                        pct(p, 99) / pct(l, 99));
            }
        } finally {
            if (solr != null) solr.close();
            if (pg != null) pg.close();
            if (indexDir == null) deleteTree(dir);
        }
    }

    private static long luceneOnce(SearchIndex index, Q q, boolean facets) {
        SearchQuery sq = SearchQuery.builder()
                .text(q.text())
                .typeCode(q.typeCode())
                .year(q.year())
                .size(10)
                .facets(facets)
                .build();
        long t = System.nanoTime();
        SearchResults r = index.search(sq);
        long ns = System.nanoTime() - t;
        if (r.hits().size() > 10) throw new IllegalStateException("more than 10 hits");
        return ns;
    }

    /** Sanity: the queries find things, and a respelled number finds its document first. */
    private static List<String> ids(SearchResults r) {
        return r.hits().stream().map(vn.dondoc.search.SearchHit::id).toList();
    }

    private void hitStats(String engine, SearchIndex index, List<Q> qs) {
        int withHits = 0, numbers = 0, numbersFirst = 0;
        for (Q q : qs) {
            SearchResults r = index.search(SearchQuery.builder()
                    .text(q.text())
                    .typeCode(q.typeCode())
                    .year(q.year())
                    .build());
            if (!r.hits().isEmpty()) withHits++;
            if (q.kind() == QKind.NUMBER) {
                numbers++;
                Set<String> want = DocumentNumbers.caseInsensitiveKeys(q.text());
                if (!r.hits().isEmpty()
                        && r.hits().get(0).docNumber() != null
                        && DocumentNumbers.caseInsensitiveKeys(r.hits().get(0).docNumber()).stream()
                                .anyMatch(want::contains)) {
                    numbersFirst++;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d/%d queries with hits; %d/%d number queries have a document with that number first%n",
                engine,
                withHits,
                qs.size(),
                numbersFirst,
                numbers);
    }

    /** The PostgreSQL side: a table with a generated tsvector column and a GIN index, dropped on close. */
    private static final class Postgres implements AutoCloseable {
        private final Connection c;
        private final String table, fn;
        private final PgQueries queries;

        private Postgres(Connection c, String table, String fn, PgQueries queries) {
            this.c = c;
            this.table = table;
            this.fn = fn;
            this.queries = queries;
        }

        long once(Q q) throws SQLException {
            return queries.run(List.of(q))[0];
        }

        static Postgres load(String jdbc, int docs, java.util.function.IntFunction<SearchDoc> doc) throws SQLException {
            String suffix = Long.toString(ProcessHandle.current().pid());
            String table = "search_bench_docs_" + suffix, fn = "search_bench_unaccent_" + suffix;
            Connection c = DriverManager.getConnection(jdbc);
            boolean ok = false;
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
                    // unaccent() is only STABLE; a generated column needs an IMMUTABLE wrapper (the usual idiom)
                    s.execute("CREATE OR REPLACE FUNCTION " + fn
                            + "(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
                            + "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$");
                    s.execute("DROP TABLE IF EXISTS " + table);
                    s.execute(
                            "CREATE TABLE " + table
                                    + " (id text PRIMARY KEY, kind text, type text, issuer text, year int, status text, "
                                    + "doc_number text, docno_key text, title text, body text, "
                                    + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', " + fn
                                    + "(lower(coalesce(doc_number, '') || ' ' || coalesce(title, '') || ' ' || coalesce(body, ''))))) STORED)");
                }
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                try (PreparedStatement ins =
                        c.prepareStatement("INSERT INTO " + table + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    for (int i = 0; i < docs; i++) {
                        SearchDoc d = doc.apply(i);
                        ins.setString(1, d.id());
                        ins.setString(2, d.kind().name());
                        ins.setString(3, d.typeCode());
                        ins.setString(4, d.issuer());
                        ins.setInt(5, d.year());
                        ins.setString(6, d.status());
                        ins.setString(7, d.docNumber());
                        ins.setString(
                                8,
                                d.docNumber() == null
                                        ? null
                                        : DocumentNumbers.caseInsensitiveKeys(d.docNumber()).stream()
                                                .findFirst()
                                                .orElse(null));
                        ins.setString(9, d.title());
                        ins.setString(10, d.body());
                        ins.addBatch();
                        if (i % 1000 == 999) ins.executeBatch();
                    }
                    ins.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE INDEX ON " + table + " USING gin (tsv)");
                    s.execute("CREATE INDEX ON " + table + " (docno_key)");
                    s.execute("CREATE INDEX ON " + table + " (type, year)");
                    s.execute("VACUUM ANALYZE " + table);
                }
                long size;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
                    rs.next();
                    size = rs.getLong(1);
                }
                System.out.printf(
                        Locale.ROOT,
                        "postgresql: loaded %d rows + GIN index in %.1f s, table+indexes %d MB%n",
                        docs,
                        (System.nanoTime() - t0) / 1e9,
                        size >> 20);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + fn + "(lower('Lao ĐỘNG Hoà'))")) {
                    rs.next();
                    System.out.println(
                            "postgresql: folding check unaccent(lower('Lao ĐỘNG Hoà')) = " + rs.getString(1));
                }
                String rank = "SELECT id FROM " + table + ", plainto_tsquery('simple', " + fn
                        + "(lower(?))) q WHERE tsv @@ q";
                PgQueries pq = new PgQueries(
                        c.prepareStatement(rank + " ORDER BY ts_rank(tsv, q) DESC LIMIT 10"),
                        c.prepareStatement(rank + " AND type = ? ORDER BY ts_rank(tsv, q) DESC LIMIT 10"),
                        c.prepareStatement(rank + " AND type = ? AND year = ? ORDER BY ts_rank(tsv, q) DESC LIMIT 10"),
                        c.prepareStatement(
                                "SELECT id FROM " + table + ", plainto_tsquery('simple', " + fn
                                        + "(lower(?))) q WHERE docno_key = ANY(?) OR tsv @@ q ORDER BY (docno_key = ANY(?)) DESC, ts_rank(tsv, q) DESC LIMIT 10"),
                        c);
                ok = true;
                return new Postgres(c, table, fn, pq);
            } finally {
                if (!ok) dropAndClose(c, table, fn);
            }
        }

        private static void dropAndClose(Connection c, String table, String fn) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                s.execute("DROP FUNCTION IF EXISTS " + fn + "(text)");
            } catch (SQLException e) {
                System.err.println("postgresql: could not drop " + table + ": " + e.getMessage());
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: nothing more to do
            }
        }

        private boolean closed;

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            dropAndClose(c, table, fn);
            System.out.println("postgresql: dropped " + table);
        }
    }

    private record PgQueries(
            PreparedStatement text,
            PreparedStatement type,
            PreparedStatement typeYear,
            PreparedStatement number,
            Connection c) {
        long[] run(List<Q> qs) throws SQLException {
            long[] ns = new long[qs.size()];
            for (int i = 0; i < qs.size(); i++) {
                Q q = qs.get(i);
                long t = System.nanoTime();
                PreparedStatement ps;
                if (q.kind() == QKind.NUMBER) {
                    ps = number;
                    String[] keys = DocumentNumbers.queryKeys(q.text()).stream()
                            .map(k -> k.toLowerCase(Locale.ROOT))
                            .toArray(String[]::new);
                    java.sql.Array arr = c.createArrayOf("text", keys);
                    ps.setString(1, q.text());
                    ps.setArray(2, arr);
                    ps.setArray(3, arr);
                } else if (q.typeCode() != null && q.year() != null) {
                    ps = typeYear;
                    ps.setString(1, q.text());
                    ps.setString(2, q.typeCode());
                    ps.setInt(3, q.year());
                } else if (q.typeCode() != null) {
                    ps = type;
                    ps.setString(1, q.text());
                    ps.setString(2, q.typeCode());
                } else {
                    ps = text;
                    ps.setString(1, q.text());
                }
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        n++;
                    }
                }
                ns[i] = System.nanoTime() - t;
                if (n > 10) throw new IllegalStateException("more than 10 rows");
            }
            return ns;
        }
    }

    // ------------------------------------------------------------------ figures

    private static long[] sorted(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s;
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double pct(long[] sortedNs, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNs.length);
        return sortedNs[Math.max(0, Math.min(sortedNs.length - 1, rank - 1))] / 1e6;
    }

    private static void print(String what, long[] ns) {
        long[] s = sorted(ns);
        double mean = Arrays.stream(ns).average().orElse(0) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%-34s n=%d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  mean %6.2f ms%n",
                what,
                ns.length,
                pct(s, 50),
                pct(s, 95),
                pct(s, 99),
                s[s.length - 1] / 1e6,
                mean);
    }

    private static void printByKind(String engine, List<Q> qs, long[] ns) {
        for (QKind k : QKind.values()) {
            long[] sub = new long[qs.size()];
            int n = 0;
            for (int i = 0; i < qs.size(); i++) if (qs.get(i).kind() == k) sub[n++] = ns[i];
            if (n > 0) print("  " + engine + " " + k.name().toLowerCase(Locale.ROOT), Arrays.copyOf(sub, n));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
