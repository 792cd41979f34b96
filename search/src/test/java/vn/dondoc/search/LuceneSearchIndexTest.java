package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded engine, plus what only it does: an index in a folder. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex newIndex() {
        return LuceneSearchIndex.inMemory();
    }

    @Test
    void indexSurvivesReopeningFromDisk(@TempDir Path dir) {
        try (SearchIndex i = LuceneSearchIndex.openAt(dir)) {
            i.rebuild(Fixtures.docs());
        }
        try (SearchIndex i = LuceneSearchIndex.openAt(dir)) {
            assertThat(i.count()).isEqualTo(7);
            assertThat(ids(i.search(SearchQuery.of("42 CTr TU")))).first().isEqualTo("document:2");
        }
    }

    @Test
    void anIndexFromBeforeTheReaderFieldIsOutdatedUntilRebuilt(@TempDir Path dir) throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document old =
                    LuceneSearchIndex.toLucene(Fixtures.docs().get(0));
            old.removeFields(LuceneSearchIndex.READER);
            w.addDocument(old);
        }
        try (SearchIndex i = LuceneSearchIndex.openAt(dir)) {
            assertThat(i.outdated()).isTrue();
            i.rebuild(Fixtures.docs());
            assertThat(i.outdated()).isFalse();
        }
    }
}
