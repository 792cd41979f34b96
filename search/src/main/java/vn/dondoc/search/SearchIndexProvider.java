package vn.dondoc.search;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * A search engine other than the embedded Lucene one, found on the classpath ({@code META-INF/services}):
 * the app selects it by name without linking it, so a cluster client's dependencies (SolrJ ...) stay out of
 * the app's jars unless a deployment adds them.
 */
public interface SearchIndexProvider {

    /** The name configuration selects it by, e.g. "solr". */
    String engine();

    /** Connects; settings are engine-specific (for "solr": zk, collection, config, shards, replicas). */
    SearchIndex open(Map<String, String> settings);

    static SearchIndex open(String engine, Map<String, String> settings) {
        for (SearchIndexProvider p : ServiceLoader.load(SearchIndexProvider.class)) {
            if (p.engine().equals(engine)) return p.open(settings);
        }
        throw new IllegalStateException("search engine '" + engine + "' is not on the classpath"
                + ("solr".equals(engine) ? " (add the dondoc-search-solr jar and its dependencies)" : ""));
    }
}
