package vn.dondoc.search.solr;

import vn.dondoc.search.ConcurrencyContract;
import vn.dondoc.search.SearchIndex;

class SolrConcurrencyTest extends ConcurrencyContract {
    @Override
    protected SearchIndex newIndex() {
        return SolrTestCluster.borrow();
    }
}
