package vn.dondoc.domain.search;

import vn.dondoc.domain.document.Document;

/**
 * Port: full-text search over documents. The app keeps it in step with the database (index on
 * confirm/update, remove on delete) and can rebuild it from the database at any time.
 */
public interface DocumentSearch {
    void index(Document document);

    void remove(long documentId);

    /** Drops everything (before a rebuild). */
    void clear();

    SearchResults search(SearchRequest request);
}
