package vn.dondoc.search;

class LuceneBadInputTest extends BadInputContract {
    @Override
    protected SearchIndex newIndex() {
        return LuceneSearchIndex.inMemory();
    }
}
