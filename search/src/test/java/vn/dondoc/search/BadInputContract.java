package vn.dondoc.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd input on any engine: see {@link SearchIndexContract}. */
public abstract class BadInputContract {

    private SearchIndex index;

    protected abstract SearchIndex newIndex();

    @BeforeEach
    void open() {
        index = newIndex();
        Fixtures.docs().forEach(index::index);
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"((",
                "AND OR",
                "NOT",
                "lao* ~2 ^3",
                "title:rừng",
                "[a TO z]",
                "\\",
                "/",
                "???",
                "&&||!",
                "\u0000\u0001",
                "💡 🚀",
                "'; DROP TABLE x; --",
                "\"lao động\"~3",
                "rừng)",
                "(((((((((((((((((((((((("
            })
    void querySyntaxCharactersAreOrdinaryText(String q) {
        SearchResults r = index.search(SearchQuery.of(q));
        assertThat(r).isNotNull();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.id()).isNotBlank());
    }

    @Test
    void syntaxAroundRealWordsStillFindsThem() {
        assertThat(index.search(SearchQuery.of("\"((rừng))\" AND")).hits()).isEmpty(); // "and" is a required word here
        assertThat(index.search(SearchQuery.of("\"((rừng))\"")).hits())
                .extracting(SearchHit::id)
                .containsExactly("document:1");
        assertThat(index.search(SearchQuery.of("bảo vệ rừng!!!")).hits())
                .extracting(SearchHit::id)
                .containsExactly("document:1");
    }

    @Test
    void veryLongQueryIsCutAndStillAnswers() {
        String longQuery = "bảo vệ rừng ".repeat(5000);
        SearchResults r = index.search(SearchQuery.of(longQuery));
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("document:1");
        String noise = "xyzabc ".repeat(3000);
        assertThat(index.search(SearchQuery.of(noise)).hits()).isEmpty();
    }

    @Test
    void oddPagingIsClamped() {
        SearchResults r =
                index.search(SearchQuery.builder().text("sở").page(-5).size(0).build());
        assertThat(r.hits()).hasSize(1);
        assertThat(index.search(SearchQuery.builder()
                                .page(Integer.MAX_VALUE)
                                .size(Integer.MAX_VALUE)
                                .build())
                        .hits())
                .isEmpty();
        assertThat(index.search(SearchQuery.builder().text(null).build()).total())
                .isEqualTo(7);
    }

    @Test
    void missingIdIsAProgrammingError() {
        assertThatThrownBy(() -> SearchDoc.builder(" ", Kind.DOCUMENT).build()).hasMessageContaining("id");
    }
}
