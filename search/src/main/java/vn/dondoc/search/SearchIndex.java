package vn.dondoc.search;

import java.io.Closeable;

/**
 * The search engine as the app sees it. Engine-neutral on purpose: the embedded Lucene
 * implementation can be swapped for a Lucene cluster (OpenSearch, SolrCloud) without the app noticing.
 * Implementations are thread-safe. Changes become visible to {@link #search} after {@link #commit}.
 */
public interface SearchIndex extends Closeable {

    /** Adds or replaces (same id) one item. */
    void index(SearchDoc doc);

    void delete(String id);

    void deleteAll();

    /** Makes the changes durable and visible to searches. */
    void commit();

    /** Never throws on odd text; an empty or unusable query gives an empty or "all" page. */
    SearchResults search(SearchQuery query);

    /**
     * Replaces the whole content with {@code docs} and commits. Searches running meanwhile
     * keep seeing the previous content until the new one is complete.
     *
     * @return number of items indexed
     */
    long rebuild(Iterable<SearchDoc> docs);

    /** Number of items visible to searches. */
    long count();

    /** Number of items of one kind visible to searches (to compare with the store, kind by kind). */
    long count(Kind kind);

    /**
     * The ids of the items of one kind visible to searches, to compare with the store item by item
     * (after a crash between a commit and its indexing). Engines that cannot list them say so.
     */
    default java.util.Set<String> ids(Kind kind) {
        throw new UnsupportedOperationException("this search engine cannot list its ids");
    }

    /**
     * Whether items were indexed in an older format than this engine writes (before {@link SearchDoc#readers}
     * was indexed, say): searches would miss or mis-filter them, so the index must be rebuilt.
     */
    default boolean outdated() {
        return false;
    }

    @Override
    void close();
}
