package vn.dondoc.search.solr;

import vn.dondoc.search.BadInputPropertiesContract;
import vn.dondoc.search.SearchIndex;

class SolrBadInputPropertiesTest extends BadInputPropertiesContract {
    @Override
    protected SearchIndex newIndex() {
        return SolrTestCluster.borrow();
    }
}
