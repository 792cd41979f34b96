package vn.dondoc.app.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dondoc.app.search.SearchChanges.Item;
import vn.dondoc.domain.access.Visibility;
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
 * The search port on the search module's engine (embedded Lucene, or SolrCloud). A change is noted during the
 * transaction — appended to the change log in the database ({@link SearchChanges}) in that same transaction —
 * and applied once it commits: the items are read back from the database ({@link SearchFeed}) and indexed, or
 * deleted from the index when they are gone; nothing happens when it rolls back.
 *
 * <p>Several instances on one database: each embedded index also follows the log ({@link #follow}, every few
 * hundred ms), so what another instance changed is applied here within a second; the changes this instance
 * applied itself are skipped. A shared engine (SolrCloud) is written once, by the instance that made the
 * change, and follows nothing.
 */
public final class LuceneSearch implements Search, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LuceneSearch.class);
    private static final int PAGE = 1000;
    private final SearchIndex index;
    private final SearchFeed feed;
    private final SearchChanges changes;
    private final FollowPosition position;
    private final boolean follows;
    private final long holeTimeoutMs;
    /** Log ids this instance applied right after its own commit: the follower skips them. */
    private final NavigableSet<Long> appliedHere = new ConcurrentSkipListSet<>();

    private final Object followLock = new Object();
    /** Entries (re)indexed or removed for changes made through this instance: what one change costs the index. */
    private final java.util.concurrent.atomic.AtomicLong indexed = new java.util.concurrent.atomic.AtomicLong();
    /** Guarded by followLock; null until known. */
    private FollowCursor cursor;

    /**
     * @param position null for a shared engine: every instance writes to it directly and none follows the log
     */
    LuceneSearch(
            SearchIndex index, SearchFeed feed, SearchChanges changes, FollowPosition position, Duration holeTimeout) {
        this.index = index;
        this.feed = feed;
        this.changes = changes;
        this.position = position;
        this.follows = position != null;
        this.holeTimeoutMs = holeTimeout.toMillis();
    }

    @Override
    public void changed(RecordKind kind, long id) {
        changed(kind, List.of(id));
    }

    @Override
    public void changed(RecordKind kind, Collection<Long> ids) {
        note(SearchChanges.itemsOf(feed, kind, ids));
    }

    @Override
    public void changedAlone(RecordKind kind, long id) {
        if (kind == RecordKind.DOCUMENT) {
            changed(kind, id); // a document stands for its records
        } else {
            note(Set.of(new Item(kind, id, true)));
        }
    }

    private void note(Set<Item> items) {
        List<Long> logged = changes.append(items); // in the transaction of the change
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            indexed.addAndGet(apply(items));
            appliedHere.addAll(logged);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.items.addAll(items);
        pending.logged.addAll(logged);
    }

    /** Items noted in one transaction, applied after it commits. */
    private final class Pending implements TransactionSynchronization {
        final Set<Item> items = new LinkedHashSet<>();
        final List<Long> logged = new ArrayList<>();

        @Override
        public void afterCommit() {
            try {
                indexed.addAndGet(apply(items));
                appliedHere.addAll(logged);
            } catch (RuntimeException e) {
                // the data and the log are safe in the database: the follower applies these changes again
                log.warn("search index not updated after a change ({} item(s)): {}", items.size(), e.toString());
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LuceneSearch.this);
        }
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
    private synchronized int apply(Set<Item> noted) {
        Set<Item> items = new LinkedHashSet<>(noted);
        noted.stream().filter(i -> i.kind() == RecordKind.DOCUMENT).forEach(d -> items.addAll(recordsOf(d.id())));
        // a task's units are readers of its document too (and of the records read with that document); a change
        // of the task alone (status, progress) leaves its document's readers as they were
        List<Long> tasks = noted.stream()
                .filter(i -> i.kind() == RecordKind.TASK && !i.alone())
                .map(Item::id)
                .toList();
        if (!tasks.isEmpty()) {
            feed.readWithDocumentsOf(tasks).forEach((k, ids) -> ids.forEach(i -> items.add(new Item(k, i))));
        }
        Map<RecordKind, List<Long>> byKind = items.stream()
                .collect(Collectors.groupingBy(
                        Item::kind,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                Item::id,
                                Collectors.collectingAndThen(
                                        Collectors.toList(),
                                        ids -> ids.stream().distinct().toList()))));
        byKind.forEach((kind, ids) -> {
            Set<String> gone = ids.stream()
                    .map(id -> SearchFeed.key(kind, id))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            for (SearchDoc d : feed.load(kind, ids)) {
                index.index(d);
                gone.remove(d.id());
            }
            gone.forEach(index::delete);
        });
        index.commit();
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** How many entries changes made here have (re)indexed or removed (not the follower, not rebuilds). */
    long indexedItems() {
        return indexed.get();
    }

    /** Whether this index follows the change log (an embedded one) rather than being shared (SolrCloud). */
    boolean follows() {
        return follows;
    }

    /**
     * Applies what the log holds past this index's position: the changes made through other instances (and
     * through command-line tools), skipping those this instance applied itself; how many items it applied.
     * Does nothing until the position is known (see {@link #catchUpAtStart}) or when the engine is shared.
     */
    int follow() {
        if (!follows) {
            return 0;
        }
        synchronized (followLock) {
            if (cursor == null) {
                FollowCursor saved = position.load();
                if (saved == null || saved.high() < changes.prunedThrough()) {
                    return 0; // the start decides to rebuild
                }
                cursor = saved;
            }
            long now = System.currentTimeMillis();
            List<SearchChanges.Change> rows = new ArrayList<>();
            if (!cursor.holes().isEmpty()) {
                rows.addAll(changes.among(cursor.holes().keySet()));
            }
            List<SearchChanges.Change> page = changes.after(cursor.high(), PAGE);
            // rows this index never applied were pruned, or a bulk load (generate, restore) moved the horizon
            if (changes.prunedThrough() > cursor.high()) {
                log.warn("search index fell behind the change log's horizon (at {}): rebuilt", cursor.high());
                cursor = null;
                rebuildFollowing();
                return -1;
            }
            int applied = 0;
            boolean moved = false;
            while (true) {
                rows.addAll(page);
                moved |= !rows.isEmpty();
                Set<Item> items = new LinkedHashSet<>();
                for (SearchChanges.Change c : rows) {
                    if (!appliedHere.remove(c.id())) {
                        items.add(c.item());
                    }
                }
                if (!items.isEmpty()) {
                    apply(items); // on failure the cursor stays: the next poll tries again
                    applied += items.size();
                }
                rows.forEach(c -> cursor.saw(c.id(), now));
                if (page.size() < PAGE) {
                    break;
                }
                rows = new ArrayList<>();
                page = changes.after(cursor.high(), PAGE);
            }
            int holes = cursor.holes().size();
            cursor.expire(now, holeTimeoutMs);
            appliedHere.removeIf(cursor::passed);
            if (moved || holes != cursor.holes().size()) {
                position.save(cursor);
            }
            return applied;
        }
    }

    /**
     * At start: an index whose position in the log is unknown (a new machine, an index from before the log)
     * or older than the log's horizon is rebuilt; otherwise the changes since are replayed. Then, as ever, an
     * index whose counts differ from the database is rebuilt.
     */
    void catchUpAtStart() {
        if (index.outdated()) {
            // an index written before a change of format (items without their readers): the log cannot mend it
            log.info("search index rebuilt: written in an older format: {}", rebuild());
            return;
        }
        if (follows) {
            synchronized (followLock) {
                FollowCursor saved = position.load();
                if (saved == null || saved.high() < changes.prunedThrough()) {
                    log.info(
                            "search index rebuilt: its place in the change log is {}",
                            saved == null ? "unknown" : "past the horizon");
                    rebuildFollowing();
                } else {
                    cursor = saved;
                    int n = follow();
                    if (n > 0) {
                        log.info("search index caught up with the change log: {} item(s) applied", n);
                    }
                }
            }
        }
        if (outOfStep()) {
            log.info("search index rebuilt from the database: {}", rebuild());
        }
    }

    /**
     * At shutdown, before the index closes (also in a command-line tool that held the index): applies what
     * others logged and moves the position past this instance's own changes, so the next start replays less.
     */
    @Override
    public void close() {
        try {
            follow();
        } catch (RuntimeException e) {
            log.debug("search index position not moved at shutdown: {}", e.toString());
        }
    }

    private Map<RecordKind, Long> rebuildFollowing() {
        // the place in the log is taken before reading the store: what commits meanwhile is replayed afterwards
        long high = changes.last();
        FollowCursor mark = new FollowCursor(high);
        long low = Math.max(changes.prunedThrough(), high - FollowCursor.MAX_HOLES);
        Set<Long> present = new java.util.HashSet<>(changes.idsBetween(low, high));
        long now = System.currentTimeMillis();
        for (long id = low + 1; id < high; id++) {
            if (!present.contains(id)) {
                mark.holes().put(id, now);
            }
        }
        Map<RecordKind, Long> counts = rebuildIndex();
        cursor = mark;
        appliedHere.removeIf(cursor::passed);
        position.save(cursor);
        return counts;
    }

    @Override
    public Map<RecordKind, Long> rebuild() {
        if (!follows) {
            return rebuildIndex();
        }
        synchronized (followLock) {
            return rebuildFollowing();
        }
    }

    private Map<RecordKind, Long> rebuildIndex() {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        Arrays.stream(RecordKind.values()).forEach(k -> counts.put(k, 0L));
        index.rebuild(() -> StreamSupport.stream(feed.all().spliterator(), false)
                .peek(d -> counts.merge(RecordKind.valueOf(d.kind().name()), 1L, Long::sum))
                .iterator());
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
                feed.load(g.kind(), ids.subList(i, Math.min(ids.size(), i + 500)))
                        .forEach(index::index);
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
        return search(q, (SearchQuery.Readers) null);
    }

    /** Filtered by the engine on the items' units ({@link SearchFeed} indexes them): exact totals and pages. */
    @Override
    public java.util.Optional<SearchResults> search(SearchRequest q, Visibility v) {
        return java.util.Optional.of(
                search(q, v.everything() ? null : new SearchQuery.Readers(v.agencyRecords(), v.units())));
    }

    private SearchResults search(SearchRequest q, SearchQuery.Readers readers) {
        Set<Kind> kinds = q.kinds().stream().map(k -> Kind.valueOf(k.name())).collect(Collectors.toSet());
        vn.dondoc.search.SearchResults r = index.search(SearchQuery.builder()
                .text(q.query())
                .kinds(kinds.toArray(Kind[]::new))
                .typeCode(q.type())
                .issuer(q.issuer())
                .status(q.status())
                .unit(q.unit())
                .year(q.year())
                .dateFrom(q.from())
                .dateTo(q.to())
                .page(q.page())
                .size(q.size())
                .readers(readers)
                .build());
        List<SearchHit> hits = new ArrayList<>();
        for (vn.dondoc.search.SearchHit h : r.hits()) {
            RecordKind kind = RecordKind.valueOf(h.kind().name());
            long id = idOf(h.id());
            Long documentId =
                    kind == RecordKind.DOCUMENT ? Long.valueOf(id) : h.parent() == null ? null : idOf(h.parent());
            hits.add(new SearchHit(
                    kind, id, documentId, h.docNumber(), h.typeCode(), h.title(), h.date(), h.score(), h.snippet()));
        }
        return new SearchResults(hits, r.total());
    }

    private static long idOf(String key) {
        return Long.parseLong(key.substring(key.indexOf(':') + 1));
    }
}
