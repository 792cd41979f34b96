package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** jqwik runs outside JUnit's lifecycle, so this class keeps its own index (in memory, never closed). */
class BadInputPropertiesTest {

    private static final LuceneSearchIndex INDEX = LuceneSearchIndex.inMemory();

    static {
        Fixtures.docs().forEach(INDEX::index);
        INDEX.commit();
    }

    private final LuceneSearchIndex index = INDEX;

    @Property(tries = 200)
    void anyQueryTextGivesAnAnswer(@ForAll String q) {
        SearchResults r = index.search(SearchQuery.of(q));
        assertThat(r.hits().size()).isLessThanOrEqualTo(10);
    }

    @Property(tries = 100)
    void anyDocumentTextCanBeIndexed(@ForAll String title, @ForAll String number) {
        try (LuceneSearchIndex i = LuceneSearchIndex.inMemory()) {
            i.index(SearchDoc.builder("x", Kind.OTHER).title(title).body(title).docNumber(number).issuer(number).build());
            i.commit();
            assertThat(i.count()).isEqualTo(1);
            assertThat(i.search(SearchQuery.of(title)).hits().size()).isLessThanOrEqualTo(1);
        }
    }
}
