package vn.dondoc.search.solr;

import java.util.Map;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchIndexProvider;

/**
 * Engine "solr": settings {@code zk} (required, "host:port[,host:port]/chroot", DONDOC_SOLR_ZK),
 * {@code collection} (alias, default "dondoc"), {@code config} (configset in ZooKeeper, default "dondoc"),
 * {@code shards} and {@code replicas} (of collections it creates, default 2 and 2).
 */
public final class SolrSearchIndexProvider implements SearchIndexProvider {

    @Override
    public String engine() {
        return "solr";
    }

    @Override
    public SearchIndex open(Map<String, String> settings) {
        String zk = settings.get("zk");
        if (zk == null || zk.isBlank()) {
            throw new IllegalArgumentException(
                    "search engine solr needs the ZooKeeper address (DONDOC_SOLR_ZK=host:port/solr)");
        }
        return SolrSearchIndex.connect(
                zk.strip(),
                settings.getOrDefault("collection", "dondoc"),
                settings.getOrDefault("config", "dondoc"),
                Integer.parseInt(settings.getOrDefault("shards", "2")),
                Integer.parseInt(settings.getOrDefault("replicas", "2")));
    }
}
