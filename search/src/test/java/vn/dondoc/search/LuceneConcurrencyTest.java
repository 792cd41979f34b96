package vn.dondoc.search;

class LuceneConcurrencyTest extends ConcurrencyContract {
    @Override
    protected SearchIndex newIndex() {
        return LuceneSearchIndex.inMemory();
    }
}
