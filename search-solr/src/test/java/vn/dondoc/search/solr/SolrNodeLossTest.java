package vn.dondoc.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import vn.dondoc.search.Fixtures;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchHit;
import vn.dondoc.search.SearchQuery;

/** With one of the two Solr nodes down, every shard still has a replica: search answers in full. */
class SolrNodeLossTest {

    @Test
    void searchAnswersWithOneNodeStopped() throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.cluster();
        try (SolrSearchIndex index = SolrSearchIndex.connect(
                SolrTestCluster.zkAddress(),
                "nodeloss",
                SolrTestCluster.CONFIG,
                SolrTestCluster.SHARDS,
                SolrTestCluster.REPLICAS)) {
            index.rebuild(Fixtures.docs());
            String collection = index.currentCollection();
            DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
            assertThat(state.getSlices()).hasSize(2);
            for (Slice shard : state.getSlices()) {
                // the premise: each shard has a copy on each node
                assertThat(shard.getReplicas().stream()
                                .map(Replica::getNodeName)
                                .distinct())
                        .hasSize(2);
            }

            JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
            cluster.waitForJettyToStop(stopped);
            AssertionError failure = null;
            try {
                assertThat(index.count()).isEqualTo(7);
                assertThat(index.count(Kind.DOCUMENT)).isEqualTo(5);
                assertThat(index.search(SearchQuery.of("thuy loi")).hits())
                        .extracting(SearchHit::id)
                        .containsExactly("document:4");
                assertThat(index.search(SearchQuery.of("42 CT TU")).hits())
                        .extracting(SearchHit::id)
                        .first()
                        .isEqualTo("document:1");
                assertThat(index.search(SearchQuery.builder().facets(true).build())
                                .total())
                        .isEqualTo(7);
            } catch (AssertionError e) {
                failure = e;
            }
            // the node comes back for the tests that follow, whatever happened above
            cluster.startJettySolrRunner(stopped);
            cluster.waitForNode(stopped, 60);
            cluster.waitForActiveCollection(collection, 120, TimeUnit.SECONDS, 2, 4);
            if (failure != null) throw failure;
            // and once the node is back, its replicas answer again
            assertThat(index.search(SearchQuery.of("thuy loi")).hits())
                    .extracting(SearchHit::id)
                    .containsExactly("document:4");
        }
    }
}
