package vn.dondoc.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.search.Fixtures;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchIndexProvider;
import vn.dondoc.search.SearchQuery;

/** How the app reaches the engine: by name, through the classpath, with a ZooKeeper address. */
class SolrSearchIndexProviderTest {

    @Test
    void engineSolrIsFoundOnTheClasspathAndConnects() {
        try (SearchIndex index = SearchIndexProvider.open(
                "solr", Map.of("zk", SolrTestCluster.zkAddress(), "collection", "viaprovider"))) {
            assertThat(index).isInstanceOf(SolrSearchIndex.class);
            index.rebuild(Fixtures.docs());
            assertThat(index.search(SearchQuery.of("LĐTBXH")).total()).isPositive();
        }
    }

    @Test
    void missingAddressOrEngineIsSaidPlainly() {
        assertThatThrownBy(() -> SearchIndexProvider.open("solr", Map.of())).hasMessageContaining("DONDOC_SOLR_ZK");
        assertThatThrownBy(() -> SearchIndexProvider.open("elastic", Map.of()))
                .hasMessageContaining("not on the classpath");
    }
}
