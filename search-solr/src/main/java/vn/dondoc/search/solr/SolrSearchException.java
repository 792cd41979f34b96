package vn.dondoc.search.solr;

/** A SolrCloud request failed (node down, collection missing ...); the message says what was attempted. */
public final class SolrSearchException extends RuntimeException {
    public SolrSearchException(String message, Throwable cause) {
        super("search (solr): " + message, cause);
    }
}
