package vn.dondoc.search.solr.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import vn.dondoc.search.bench.SearchBench;

/**
 * SearchBench with a SolrCloud beside Lucene and PostgreSQL: starts a two-node MiniSolrCloudCluster in this JVM
 * (the configset from src/main/resources), then runs SearchBench with {@code --solr-zk}. Not a test; see BENCH.md.
 * Arguments are SearchBench's ({@code --docs N --queries N --corpus DIR --no-pg}); {@code --zk ZK} uses a running
 * cluster instead (its configset "dondoc" uploaded, this module's jar on its nodes).
 */
public final class SolrBench {
    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        int zkAt = a.indexOf("--zk");
        MiniSolrCloudCluster cluster = null;
        String zk;
        if (zkAt >= 0) {
            zk = a.get(zkAt + 1);
            a.subList(zkAt, zkAt + 2).clear();
        } else {
            cluster = new MiniSolrCloudCluster.Builder(2, Files.createTempDirectory("dondoc-solr-bench"))
                    .addConfig("dondoc", Path.of("src/main/resources/solr/configsets/dondoc/conf"))
                    .configure();
            zk = cluster.getZkServer().getZkAddress();
            System.out.println(
                    "solr: MiniSolrCloudCluster, 2 nodes in this JVM, collection of 2 shards x 2 replicas, zk " + zk);
        }
        a.add("--solr-zk");
        a.add(zk);
        try {
            SearchBench.main(a.toArray(String[]::new));
        } finally {
            if (cluster != null) cluster.shutdown();
        }
    }
}
