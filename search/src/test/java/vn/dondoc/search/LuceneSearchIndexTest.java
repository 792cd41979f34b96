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
}
