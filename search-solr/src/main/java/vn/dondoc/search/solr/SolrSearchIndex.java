package vn.dondoc.search.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchDoc;
import vn.dondoc.search.SearchHit;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchQueries;
import vn.dondoc.search.SearchQuery;
import vn.dondoc.search.SearchResults;
import vn.dondoc.vntext.DocumentNumbers;

/**
 * {@link SearchIndex} on SolrCloud. The collection is reached through an alias: a rebuild fills a fresh
 * collection and then points the alias at it, so searches see the old or the new content, never a mix (a
 * commit is not atomic across shards, a switch of alias is). Matching, ranking and snippets are those of the
 * embedded engine: Solr runs the project's analyzers (schema) and builds the same Lucene queries
 * ({@code {!dondoc}} query parser, {@link SearchQueries}); term statistics are collection-wide (ExactStatsCache).
 *
 * <p>The configset ({@code solr/configsets/dondoc/conf} in this jar) must be uploaded under {@link #configName}
 * and this jar (with dondoc-search) be on the nodes' classpath.
 */
public final class SolrSearchIndex implements SearchIndex {

    /** Updates are sent in batches: one request per item would be one round trip per item. */
    static final int BATCH = 500;

    private final CloudSolrClient client;
    private final boolean ownsClient;
    private final String alias;
    private final String configName;
    private final int shards, replicas;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    /**
     * Which replica of each shard this instance reads (Solr's stable replica routing): always the same one, so
     * what it has seen never goes back (replicas open a commit's searcher one after the other), while several
     * app instances spread over the replicas.
     */
    private final int replicaPin =
            java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 20);
    /** Rebuild takes it exclusively so no change made meanwhile lands in the collection about to be dropped. */
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();

    /**
     * @param alias      the name the app uses; created (with a first collection) when missing
     * @param configName the configset uploaded to ZooKeeper
     */
    public SolrSearchIndex(
            CloudSolrClient client, boolean ownsClient, String alias, String configName, int shards, int replicas) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.alias = alias;
        this.configName = configName;
        this.shards = shards;
        this.replicas = replicas;
        try {
            if (currentCollection() == null) {
                String first = newCollection();
                CollectionAdminRequest.createAlias(alias, first).process(client);
                refreshAliases();
            }
        } catch (SolrServerException | IOException e) {
            throw new SolrSearchException("cannot prepare collection " + alias + ": " + e.getMessage(), e);
        }
    }

    /**
     * Connects to {@code zk} = "host:port[,host:port...]/chroot", e.g. {@code DONDOC_SOLR_ZK=127.0.0.1:9983/solr}.
     */
    public static SolrSearchIndex connect(String zk, String alias, String configName, int shards, int replicas) {
        int slash = zk.indexOf('/');
        List<String> hosts = List.of((slash < 0 ? zk : zk.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
        CloudSolrClient client = new CloudSolrClient.Builder(hosts, chroot).build();
        return new SolrSearchIndex(client, true, alias, configName, shards, replicas);
    }

    private String newCollection() throws SolrServerException, IOException {
        String name = alias + "_" + System.currentTimeMillis();
        CollectionAdminRequest.createCollection(name, configName, shards, replicas)
                .process(client);
        client.getClusterStateProvider().connect();
        waitForCollection(name);
        return name;
    }

    private void waitForCollection(String name) {
        ZkClientClusterStateProvider zk = (ZkClientClusterStateProvider) client.getClusterStateProvider();
        try {
            zk.getZkStateReader()
                    .waitForState(
                            name,
                            60,
                            java.util.concurrent.TimeUnit.SECONDS,
                            (nodes, c) -> c != null
                                    && c.getSlices().size() == shards
                                    && c.getSlices().stream()
                                            .allMatch(s -> s.getReplicas().size() == replicas
                                                    && s.getReplicas().stream().allMatch(r -> r.isActive(nodes))));
        } catch (Exception e) {
            throw new SolrSearchException("collection " + name + " did not become active: " + e.getMessage(), e);
        }
    }

    /** The collection the alias points at, or null. */
    String currentCollection() {
        refreshAliases();
        List<String> c = zkReader().getAliases().resolveAliases(alias);
        if (c.isEmpty() || c.get(0).equals(alias)) return null;
        return c.get(0);
    }

    private org.apache.solr.common.cloud.ZkStateReader zkReader() {
        return ((ZkClientClusterStateProvider) client.getClusterStateProvider()).getZkStateReader();
    }

    private void refreshAliases() {
        try {
            zkReader().getAliasesManager().update();
        } catch (Exception e) {
            throw new SolrSearchException("cannot read aliases: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void index(SearchDoc doc) {
        rebuildLock.readLock().lock();
        try {
            List<SolrInputDocument> batch = null;
            synchronized (pending) {
                pending.add(toSolr(doc));
                if (pending.size() >= BATCH) batch = drain();
            }
            if (batch != null) send(alias, batch);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private List<SolrInputDocument> drain() {
        List<SolrInputDocument> batch = new ArrayList<>(pending);
        pending.clear();
        return batch;
    }

    /** Sends what is buffered before a delete or commit, so the order of changes is kept. */
    private void flush() {
        List<SolrInputDocument> batch;
        synchronized (pending) {
            if (pending.isEmpty()) return;
            batch = drain();
        }
        send(alias, batch);
    }

    private void send(String collection, List<SolrInputDocument> batch) {
        try {
            client.add(collection, batch);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrSearchException("cannot index " + batch.size() + " items: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String id) {
        rebuildLock.readLock().lock();
        try {
            flush();
            client.deleteById(alias, id);
        } catch (SolrServerException | IOException e) {
            throw new SolrSearchException("cannot delete " + id + ": " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public void deleteAll() {
        rebuildLock.readLock().lock();
        try {
            synchronized (pending) {
                pending.clear();
            }
            client.deleteByQuery(alias, "*:*");
        } catch (SolrServerException | IOException e) {
            throw new SolrSearchException("cannot clear the index: " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        rebuildLock.readLock().lock();
        try {
            flush();
            client.commit(alias, true, true);
        } catch (SolrServerException | IOException e) {
            throw new SolrSearchException("commit failed: " + e.getMessage(), e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    @Override
    public long rebuild(Iterable<SearchDoc> docs) {
        rebuildLock.writeLock().lock();
        String fresh = null;
        try {
            synchronized (pending) {
                pending.clear();
            }
            String old = currentCollection();
            fresh = newCollection();
            long n = 0;
            List<SolrInputDocument> batch = new ArrayList<>(BATCH);
            for (SearchDoc d : docs) {
                batch.add(toSolr(d));
                n++;
                if (batch.size() == BATCH) {
                    send(fresh, batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) send(fresh, batch);
            client.commit(fresh, true, true);
            CollectionAdminRequest.createAlias(alias, fresh).process(client);
            refreshAliases();
            fresh = null;
            if (old != null) dropLater(old);
            return n;
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (fresh != null) dropLater(fresh);
            throw new SolrSearchException("rebuild failed, previous index kept: " + e.getMessage(), e);
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    /** Searches that resolved the alias just before the switch may still be reading the old collection. */
    private void dropLater(String collection) {
        Thread t = new Thread(
                () -> {
                    try {
                        Thread.sleep(5_000);
                        CollectionAdminRequest.deleteCollection(collection).process(client);
                    } catch (Exception e) {
                        // a collection left behind costs disk only; the next rebuild does not depend on it
                    }
                },
                "solr-drop-" + collection);
        t.setDaemon(true);
        t.start();
    }

    static SolrInputDocument toSolr(SearchDoc d) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", d.id());
        doc.setField("kind", d.kind().name());
        String title = SearchQueries.title(d);
        String text = SearchQueries.indexedText(d);
        doc.setField("title", SearchQueries.abbreviate(title, 2000));
        doc.setField("head", text.length() <= 201 ? text : text.substring(0, 201));
        if (d.parent() != null && !d.parent().isEmpty()) doc.setField("parent", d.parent());
        doc.setField(SearchQueries.TEXT_EXACT, text);
        doc.setField(SearchQueries.TEXT_FOLDED, text);
        doc.setField(SearchQueries.TITLE_FOLDED, title);
        doc.setField(SearchQueries.TEXT_SHINGLE, text);
        if (d.docNumber() != null && !d.docNumber().isBlank()) {
            doc.setField("docNumber", d.docNumber());
            doc.setField(SearchQueries.DOCNO, List.copyOf(DocumentNumbers.exactKeys(d.docNumber())));
            doc.setField(SearchQueries.DOCNO_CI, List.copyOf(DocumentNumbers.caseInsensitiveKeys(d.docNumber())));
            doc.setField(SearchQueries.DOCNO_FOLD, List.copyOf(DocumentNumbers.foldedKeys(d.docNumber())));
        }
        List<String> refs = new ArrayList<>();
        for (String ref : DocumentNumbers.findReferences(text)) refs.addAll(DocumentNumbers.exactKeys(ref));
        if (!refs.isEmpty()) doc.setField(SearchQueries.REFS, refs);
        if (d.typeCode() != null && !d.typeCode().isBlank()) doc.setField("type", d.typeCode());
        if (d.issuer() != null && !d.issuer().isBlank()) doc.setField("issuer", SearchQueries.key(d.issuer()));
        if (d.status() != null && !d.status().isBlank()) doc.setField("status", SearchQueries.key(d.status()));
        List<String> units = d.units().stream()
                .filter(u -> u != null && !u.isBlank())
                .map(SearchQueries::key)
                .toList();
        if (!units.isEmpty()) doc.setField("unit", units);
        doc.setField(SearchQueries.READER, SearchQueries.readerValues(d));
        if (d.year() != null) doc.setField("year", d.year());
        if (d.date() != null) doc.setField("date", d.date().toEpochDay());
        return doc;
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchResults search(SearchQuery q) {
        long t0 = System.nanoTime();
        String text = SearchQueries.trimQuery(q.text());
        SolrQuery sq = new SolrQuery();
        int window = (q.page() + 1) * q.size();
        sq.setStart(q.page() * q.size());
        sq.setRows(q.size());
        sq.setFields("id", "kind", "title", "docNumber", "type", "year", "date", "parent", "head", "score");
        if (text.isBlank()) {
            sq.setQuery("*:*");
            sq.addSort("date", SolrQuery.ORDER.desc);
            sq.addSort("id", SolrQuery.ORDER.asc);
        } else {
            sq.set("qq", text);
            sq.setQuery("{!dondoc part=match v=$qq}");
            sq.set(
                    "rq",
                    "{!rerank reRankQuery=$rqq reRankDocs=" + Math.max(window, SearchQueries.RESCORE_WINDOW)
                            + " reRankWeight=1}");
            sq.set("rqq", "{!dondoc part=rescore v=$qq}");
            sq.setHighlight(true);
            sq.set("hl.method", "unified");
            sq.set("hl.fl", SearchQueries.TEXT_FOLDED);
            sq.set("hl.q", "{!dondoc part=highlight v=$qq}");
            sq.set("hl.snippets", 2);
            sq.set("hl.tag.pre", "<mark>");
            sq.set("hl.tag.post", "</mark>");
            sq.set("hl.tag.ellipsis", " … ");
            sq.set("hl.encoder", "html");
            sq.set("hl.bs.type", "SEPARATOR");
            sq.set("hl.bs.separator", " ");
            sq.set("hl.fragsize", 160);
            sq.set("hl.fragAlignRatio", "0.5");
            sq.set("hl.fragsizeIsMinimum", false);
            sq.set("hl.maxAnalyzedChars", 200_000);
            sq.set("hl.defaultSummary", false);
        }
        addFilters(sq, q);
        if (q.facets()) {
            sq.setFacet(true);
            sq.addFacetField("type", "year");
            sq.setFacetMinCount(1);
            sq.setFacetLimit(-1);
        } else {
            sq.set("minExactCount", 1000); // as the embedded engine: totals above 1000 may be a lower bound
        }
        QueryResponse r = query(sq);
        Map<String, Map<String, List<String>>> hl = r.getHighlighting() == null ? Map.of() : r.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) hits.add(toHit(d, hl));
        Map<String, Long> types = null;
        Map<Integer, Long> years = null;
        if (q.facets()) {
            types = new HashMap<>();
            years = new HashMap<>();
            for (FacetField.Count c : r.getFacetField("type").getValues())
                if (c.getCount() > 0) types.put(c.getName(), c.getCount());
            for (FacetField.Count c : r.getFacetField("year").getValues())
                if (c.getCount() > 0) years.put(Integer.valueOf(c.getName()), c.getCount());
            types = types.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
            years = years.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }
        Boolean exact = r.getResults().getNumFoundExact();
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResults(r.getResults().getNumFound(), exact == null || exact, hits, types, years, took);
    }

    /** One retry: a search may resolve the alias to a collection a rebuild on another client just dropped. */
    private QueryResponse query(SolrQuery sq) {
        sq.set("shards.preference", "replica.base:stable:dividend:dondoc.replica");
        sq.set("dondoc.replica", replicaPin);
        try {
            return client.query(alias, sq);
        } catch (SolrServerException | IOException | RuntimeException first) {
            try {
                refreshAliases();
                return client.query(alias, sq);
            } catch (SolrServerException | IOException | RuntimeException e) {
                e.addSuppressed(first);
                throw new SolrSearchException("query failed: " + e.getMessage(), e);
            }
        }
    }

    private static void addFilters(SolrQuery sq, SearchQuery q) {
        if (!q.kinds().isEmpty()) {
            sq.addFilterQuery("{!terms f=kind}"
                    + q.kinds().stream().map(Kind::name).sorted().collect(Collectors.joining(",")));
        }
        if (q.typeCode() != null && !q.typeCode().isBlank())
            term(sq, "type", q.typeCode().strip());
        if (q.issuer() != null && !q.issuer().isBlank()) term(sq, "issuer", SearchQueries.key(q.issuer()));
        if (q.status() != null && !q.status().isBlank()) term(sq, "status", SearchQueries.key(q.status()));
        if (q.unit() != null && !q.unit().isBlank()) term(sq, "unit", SearchQueries.key(q.unit()));
        if (q.year() != null) sq.addFilterQuery("year:" + q.year());
        if (q.readers() != null) {
            List<String> readers = SearchQueries.readerValues(q.readers());
            // values are unit ids and a fixed word: nothing in them can be read as syntax
            sq.addFilterQuery(
                    readers.isEmpty() ? "-*:*" : "{!terms f=" + SearchQueries.READER + "}" + String.join(",", readers));
        }
        if (q.dateFrom() != null || q.dateTo() != null) {
            String from =
                    q.dateFrom() == null ? "*" : Long.toString(q.dateFrom().toEpochDay());
            String to = q.dateTo() == null ? "*" : Long.toString(q.dateTo().toEpochDay());
            sq.addFilterQuery("date:[" + from + " TO " + to + "]");
        }
    }

    /** A filter on one exact value, passed as a parameter so no value can be read as syntax. */
    private static void term(SolrQuery sq, String field, String value) {
        String p = "fv_" + field;
        sq.set(p, value);
        sq.addFilterQuery("{!term f=" + field + " v=$" + p + "}");
    }

    private static SearchHit toHit(SolrDocument d, Map<String, Map<String, List<String>>> hl) {
        String id = (String) d.getFirstValue("id");
        String snippet = null;
        Map<String, List<String>> h = hl.get(id);
        if (h != null) {
            List<String> s = h.get(SearchQueries.TEXT_FOLDED);
            if (s != null && !s.isEmpty()) snippet = String.join(" … ", s).strip();
        }
        if (snippet == null) snippet = SearchQueries.plainSnippet((String) d.getFirstValue("head"));
        Object score = d.getFirstValue("score");
        Object year = d.getFirstValue("year");
        Object date = d.getFirstValue("date");
        float f = score == null ? 0f : ((Number) score).floatValue();
        return new SearchHit(
                id,
                Kind.valueOf((String) d.getFirstValue("kind")),
                (String) d.getFirstValue("title"),
                (String) d.getFirstValue("docNumber"),
                (String) d.getFirstValue("type"),
                year == null ? null : ((Number) year).intValue(),
                date == null ? null : LocalDate.ofEpochDay(((Number) date).longValue()),
                Float.isNaN(f) ? 0f : f,
                snippet,
                (String) d.getFirstValue("parent"));
    }

    @Override
    public long count() {
        return count(new SolrQuery("*:*"));
    }

    @Override
    public long count(Kind kind) {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("kind:" + kind.name());
        return count(q);
    }

    private long count(SolrQuery q) {
        q.setRows(0);
        return query(q).getResults().getNumFound();
    }

    /** Items without a reader value (or a collection whose schema has no such field) come from an older format. */
    @Override
    public boolean outdated() {
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery("-" + SearchQueries.READER + ":[* TO *]");
        try {
            return count(q) > 0;
        } catch (SolrSearchException e) {
            if (String.valueOf(e.getMessage()).contains("undefined field")) return true;
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            if (ownsClient) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // closing an HTTP client: nothing left to save
                }
            }
        }
    }

    /** The name of the collection alias this index works on. */
    public String alias() {
        return alias;
    }
}
