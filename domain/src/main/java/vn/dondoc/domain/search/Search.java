package vn.dondoc.domain.search;

import vn.dondoc.domain.document.Document;

/**
 * Port: full-text search over documents. The app keeps it in step with the database (index on
 * confirm/update, remove on delete) and can rebuild it from the database at any time.
 */
public interface DocumentSearch {
    void index(Document document);

    void remove(long documentId);

    /** Replaces the whole index with these documents; returns how many were indexed. */
    long rebuild(Iterable<Document> all);

    /** Number of documents the index holds (to notice an index out of step with the store). */
    long count();

    SearchResults search(SearchRequest request);
}
