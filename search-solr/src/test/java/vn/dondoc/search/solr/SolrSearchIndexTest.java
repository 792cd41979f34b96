package vn.dondoc.search.solr;

import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchIndexContract;

/** The engine contract on a two-node SolrCloud, collection of 2 shards × 2 replicas. */
class SolrSearchIndexTest extends SearchIndexContract {
    @Override
    protected SearchIndex newIndex() {
        return SolrTestCluster.borrow();
    }
}
