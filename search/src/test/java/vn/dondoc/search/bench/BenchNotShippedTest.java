package vn.dondoc.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks and their text are test sources: nothing of them is among the main sources the shipped jar is
 * built from (issue 8). (A build directory from before the move may still hold their classes: mvn clean.)
 */
class BenchNotShippedTest {
    @Test
    void benchmarksAreNotInTheMainSources() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        assertThat(module.resolve("src/main/java/vn/dondoc/search/LuceneSearchIndex.java"))
                .exists();
        for (String dir :
                new String[] {"src/main/java/vn/dondoc/search/bench", "src/main/resources/vn/dondoc/search/bench"}) {
            Path p = module.resolve(dir);
            if (Files.exists(p)) { // an empty folder left by the move ships nothing
                try (var files = Files.walk(p)) {
                    assertThat(files.filter(Files::isRegularFile).toList())
                            .as(dir)
                            .isEmpty();
                }
            }
        }
        assertThat(SearchBench.shippedSentences())
                .as("the text shipped with the bench, test side")
                .isNotEmpty();
    }
}
