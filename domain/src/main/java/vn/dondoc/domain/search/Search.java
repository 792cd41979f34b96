package vn.dondoc.domain.search;

import java.util.Collection;
import java.util.Map;

/**
 * Port: full-text search over documents and the records taken from them (tasks, agenda items, targets,
 * results). Use cases say what changed; the adapter reads the stored state and brings the index in step
 * once the surrounding transaction commits (nothing when it rolls back). It can be rebuilt from the store.
 */
public interface Search {
    /**
     * {@code kind}/{@code id} was created, changed or deleted. A document stands for itself and every
     * record taken from it (its number, type and issuer are searchable on them): say so before deleting it.
     */
    void changed(RecordKind kind, long id);

    default void changed(RecordKind kind, Collection<Long> ids) {
        ids.forEach(id -> changed(kind, id));
    }

    /**
     * {@code kind}/{@code id} changed in what only its own entry holds (a task's status, progress or text): the
     * entries read with it (a task's document, which its units may read) need not be indexed again. An engine
     * that cannot tell the two apart treats it as {@link #changed(RecordKind, long)}.
     */
    default void changedAlone(RecordKind kind, long id) {
        changed(kind, id);
    }

    /** Replaces the whole index with what the store holds; returns how many items of each kind were indexed. */
    Map<RecordKind, Long> rebuild();

    /** True when the index does not hold as many items of some kind as the store (a copy, a crash, a CLI import). */
    boolean outOfStep();

    SearchResults search(SearchRequest request);

    /**
     * The same search restricted, inside the engine, to what {@code visibility} may read (the rule of
     * {@code AccessPolicy}), so totals and deep pages are exact; empty when this engine cannot filter so (the
     * caller then filters its hits).
     */
    default java.util.Optional<SearchResults> search(
            SearchRequest request, vn.dondoc.domain.access.Visibility visibility) {
        return java.util.Optional.empty();
    }

    /**
     * Where the index and the store disagree item by item, kind by kind (empty when they agree): a record
     * the index lacks (its transaction committed, the process died before indexing it) or an index entry
     * whose record is gone. Empty when this engine cannot tell (then {@link #outOfStep} is all there is).
     */
    default java.util.List<IndexGap> gaps() {
        return java.util.List.of();
    }

    /**
     * Brings the index in step item by item: indexes what it lacks, removes what has no record; cheaper
     * than {@link #rebuild} after a crash. Returns what it fixed.
     */
    default java.util.List<IndexGap> reconcile() {
        return java.util.List.of();
    }
}
