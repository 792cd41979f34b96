package vn.dondoc.search.solr;

import vn.dondoc.search.BadInputContract;
import vn.dondoc.search.SearchIndex;

class SolrBadInputTest extends BadInputContract {
    @Override
    protected SearchIndex newIndex() {
        return SolrTestCluster.borrow();
    }
}
