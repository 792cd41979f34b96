package vn.dondoc.app.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dondoc.domain.search.IndexGap;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchDoc;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchQuery;

/**
 * The search port on the search module's engine (embedded Lucene today). A change is noted during the
 * transaction and applied once it commits: the items are read back from the database ({@link SearchFeed})
 * and indexed, or deleted from the index when they are gone; nothing happens when it rolls back.
 */
public final class LuceneSearch implements Search {
    private static final Logger log = LoggerFactory.getLogger(LuceneSearch.class);
    private final SearchIndex index;
    private final SearchFeed feed;

    LuceneSearch(SearchIndex index, SearchFeed feed) {
        this.index = index;
        this.feed = feed;
    }

    @Override
    public void changed(RecordKind kind, long id) {
        Set<Item> items = new LinkedHashSet<>();
        items.add(new Item(kind, id));
        if (kind == RecordKind.DOCUMENT) {
            items.addAll(recordsOf(id)); // now, while a document being deleted still has them
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            apply(items);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.items.addAll(items);
    }

    /** Items noted in one transaction, applied after it commits. */
    private final class Pending implements TransactionSynchronization {
        final Set<Item> items = new LinkedHashSet<>();

        @Override
        public void afterCommit() {
            try {
                apply(items);
            } catch (RuntimeException e) {
                // the data is safe in the database; the periodic consistency check rebuilds the index
                log.warn("search index not updated after a change ({} item(s)): {}", items.size(), e.toString());
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LuceneSearch.this);
        }
    }

    private record Item(RecordKind kind, long id) {
    }

    private List<Item> recordsOf(long documentId) {
        List<Item> out = new ArrayList<>();
        feed.recordsOf(documentId).forEach((k, ids) -> ids.forEach(i -> out.add(new Item(k, i))));
        return out;
    }

    /**
     * Reads the items and indexes them. One at a time: when two transactions change the same item, the
     * apply that runs last reads the state both left, so an older read can never overwrite a newer one.
     */
    private synchronized void apply(Set<Item> noted) {
        Set<Item> items = new LinkedHashSet<>(noted);
        noted.stream().filter(i -> i.kind() == RecordKind.DOCUMENT).forEach(d -> items.addAll(recordsOf(d.id())));
        Map<RecordKind, List<Long>> byKind = items.stream().collect(Collectors.groupingBy(Item::kind, LinkedHashMap::new,
                Collectors.mapping(Item::id, Collectors.toList())));
        byKind.forEach((kind, ids) -> {
            Set<String> gone = ids.stream().map(id -> SearchFeed.key(kind, id)).collect(Collectors.toCollection(LinkedHashSet::new));
            for (SearchDoc d : feed.load(kind, ids)) {
                index.index(d);
                gone.remove(d.id());
            }
            gone.forEach(index::delete);
        });
        index.commit();
    }

    @Override
    public Map<RecordKind, Long> rebuild() {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        Arrays.stream(RecordKind.values()).forEach(k -> counts.put(k, 0L));
        index.rebuild(() -> StreamSupport.stream(feed.all().spliterator(), false)
                .peek(d -> counts.merge(RecordKind.valueOf(d.kind().name()), 1L, Long::sum)).iterator());
        return counts;
    }

    @Override
    public boolean outOfStep() {
        for (RecordKind k : RecordKind.values()) {
            if (index.count(Kind.valueOf(k.name())) != feed.count(k)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<IndexGap> gaps() {
        List<IndexGap> gaps = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            Set<Long> stored = feed.ids(k);
            Set<Long> indexed = new java.util.HashSet<>();
            try {
                index.ids(Kind.valueOf(k.name())).forEach(key -> indexed.add(idOf(key)));
            } catch (UnsupportedOperationException e) {
                return List.of(); // this engine cannot list its items: outOfStep() compares the counts
            }
            Set<Long> missing = new java.util.TreeSet<>(stored);
            missing.removeAll(indexed);
            Set<Long> extra = new java.util.TreeSet<>(indexed);
            extra.removeAll(stored);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                gaps.add(new IndexGap(k, missing, extra));
            }
        }
        return gaps;
    }

    @Override
    public synchronized List<IndexGap> reconcile() {
        List<IndexGap> gaps = gaps();
        for (IndexGap g : gaps) {
            List<Long> ids = new ArrayList<>(g.missing());
            for (int i = 0; i < ids.size(); i += 500) {
                feed.load(g.kind(), ids.subList(i, Math.min(ids.size(), i + 500))).forEach(index::index);
            }
            g.extra().forEach(id -> index.delete(SearchFeed.key(g.kind(), id)));
        }
        if (!gaps.isEmpty()) {
            index.commit();
        }
        return gaps;
    }

    @Override
    public SearchResults search(SearchRequest q) {
        Set<Kind> kinds = q.kinds().stream().map(k -> Kind.valueOf(k.name())).collect(Collectors.toSet());
        vn.dondoc.search.SearchResults r = index.search(SearchQuery.builder().text(q.query()).kinds(kinds.toArray(Kind[]::new))
                .typeCode(q.type()).issuer(q.issuer()).status(q.status()).unit(q.unit()).year(q.year())
                .dateFrom(q.from()).dateTo(q.to()).page(q.page()).size(q.size()).build());
        List<SearchHit> hits = new ArrayList<>();
        for (vn.dondoc.search.SearchHit h : r.hits()) {
            RecordKind kind = RecordKind.valueOf(h.kind().name());
            long id = idOf(h.id());
            Long documentId = kind == RecordKind.DOCUMENT ? Long.valueOf(id) : h.parent() == null ? null : idOf(h.parent());
            hits.add(new SearchHit(kind, id, documentId, h.docNumber(), h.typeCode(), h.title(), h.date(), h.score(),
                    h.snippet()));
        }
        return new SearchResults(hits, r.total());
    }

    private static long idOf(String key) {
        return Long.parseLong(key.substring(key.indexOf(':') + 1));
    }
}
