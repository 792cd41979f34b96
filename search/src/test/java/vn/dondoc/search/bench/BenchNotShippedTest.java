package vn.dondoc.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmarks and their text are test sources: nothing of them lands in the shipped jar (issue 8). */
class BenchNotShippedTest {
    @Test
    void benchmarksAreNotInTheMainClasses() throws Exception {
        Path main = Path.of(SearchBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        assertThat(main.resolve("vn/dondoc/search/LuceneSearchIndex.class")).exists();
        assertThat(Files.exists(main.resolve("vn/dondoc/search/bench"))).isFalse();
        assertThat(SearchBench.shippedSentences()).hasSizeGreaterThan(100);
    }
}
