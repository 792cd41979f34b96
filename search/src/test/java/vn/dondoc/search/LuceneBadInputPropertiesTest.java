package vn.dondoc.search;

class LuceneBadInputPropertiesTest extends BadInputPropertiesContract {
    @Override
    protected SearchIndex newIndex() {
        return LuceneSearchIndex.inMemory();
    }
}
