package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Any text on any engine; jqwik runs outside JUnit's lifecycle, hence its own hooks. */
public abstract class BadInputPropertiesContract {

    private SearchIndex index;

    protected abstract SearchIndex newIndex();

    @BeforeProperty
    void open() {
        index = newIndex();
        Fixtures.docs().forEach(index::index);
        index.commit();
    }

    @AfterProperty
    void close() {
        index.close();
    }

    @Property(tries = 200)
    void anyQueryTextGivesAnAnswer(@ForAll String q) {
        SearchResults r = index.search(SearchQuery.of(q));
        assertThat(r.hits().size()).isLessThanOrEqualTo(10);
    }

    @Property(tries = 100)
    void anyDocumentTextCanBeIndexed(@ForAll String title, @ForAll String number) {
        try (SearchIndex i = newIndex()) {
            i.index(SearchDoc.builder("x", Kind.OTHER)
                    .title(title)
                    .body(title)
                    .docNumber(number)
                    .issuer(number)
                    .build());
            i.commit();
            assertThat(i.count()).isEqualTo(1);
            assertThat(i.search(SearchQuery.of(title)).hits().size()).isLessThanOrEqualTo(1);
        }
    }
}
