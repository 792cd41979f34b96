package vn.dondoc.search.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchDoc;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchQuery;
import vn.dondoc.search.SearchResults;

/**
 * One real SolrCloud for the whole test run: two Solr nodes (Jetty) with an embedded ZooKeeper, the
 * repo's configset uploaded, the plugin classes taken from the test classpath. Starting it costs seconds,
 * so it starts once, and the tests borrow collections (each 2 shards × 2 replicas) from a pool,
 * emptied on loan, instead of creating one per test.
 */
final class SolrTestCluster {
    static final String CONFIG = "dondoc";
    static final int SHARDS = 2, REPLICAS = 2;

    private static MiniSolrCloudCluster cluster;
    private static final Deque<SolrSearchIndex> free = new ArrayDeque<>();
    private static int created;

    private SolrTestCluster() {}

    static synchronized MiniSolrCloudCluster cluster() {
        if (cluster == null) {
            try {
                Path base = Files.createTempDirectory("dondoc-solrcloud");
                cluster = new MiniSolrCloudCluster.Builder(2, base)
                        .addConfig(CONFIG, Path.of("src/main/resources/solr/configsets/dondoc/conf"))
                        .configure();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        cluster.shutdown();
                    } catch (Exception ignored) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test SolrCloud: " + e.getMessage(), e);
            }
        }
        return cluster;
    }

    static String zkAddress() {
        return cluster().getZkServer().getZkAddress();
    }

    /** An empty index on its own collection alias; closing it gives it back. */
    static synchronized SearchIndex borrow() {
        cluster();
        SolrSearchIndex index = free.poll();
        if (index == null) {
            index = SolrSearchIndex.connect(zkAddress(), "pool" + created++, CONFIG, SHARDS, REPLICAS);
        } else {
            index.deleteAll();
            index.commit();
        }
        return new Borrowed(index);
    }

    private static synchronized void giveBack(SolrSearchIndex index) {
        free.push(index);
    }

    static CloudSolrClient client() {
        return cluster().getSolrClient();
    }

    /** Delegates everything; close returns the index to the pool (uncommitted changes are dropped on next loan). */
    private record Borrowed(SolrSearchIndex index) implements SearchIndex {
        @Override
        public void index(SearchDoc doc) {
            index.index(doc);
        }

        @Override
        public void delete(String id) {
            index.delete(id);
        }

        @Override
        public void deleteAll() {
            index.deleteAll();
        }

        @Override
        public void commit() {
            index.commit();
        }

        @Override
        public SearchResults search(SearchQuery query) {
            return index.search(query);
        }

        @Override
        public long rebuild(Iterable<SearchDoc> docs) {
            return index.rebuild(docs);
        }

        @Override
        public long count() {
            return index.count();
        }

        @Override
        public long count(Kind kind) {
            return index.count(kind);
        }

        @Override
        public void close() {
            giveBack(index);
        }
    }
}
