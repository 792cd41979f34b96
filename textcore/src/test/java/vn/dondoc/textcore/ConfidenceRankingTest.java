package vn.dondoc.textcore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measurement of CONFIDENCE.md, re-runnable as the extractors change:
 * {@code mvn -B -o -pl textcore test -Dtest=ConfidenceRankingTest [-Ddondoc.dev=DIR]} prints how well the confidence
 * ranks the wrong items of the dev set (docs/ with gold/, docs-full/ with gold-full/). The dev set is not part of
 * the repository; where it is absent the test is skipped.
 */
class ConfidenceRankingTest {

    private static Path devSet() {
        String given = System.getProperty("dondoc.dev");
        for (String c : given != null ? List.of(given) : List.of("../../shared/corpus/dev", "../shared/corpus/dev")) {
            Path p = Path.of(c);
            if (Files.isDirectory(p.resolve("gold"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    void lowConfidenceHoldsMoreOfTheWrongItemsThanAverage() throws IOException {
        Path dev = devSet();
        assumeTrue(dev != null, "dev set not found (set -Ddondoc.dev=DIR)");
        ConfidenceRanking r = new ConfidenceRanking();
        r.addSet(dev.resolve("docs"), dev.resolve("gold"));
        r.addSet(dev.resolve("docs-full"), dev.resolve("gold-full"));
        System.out.println("confidence ranking on " + dev.toAbsolutePath().normalize() + "\n" + r.report());
        if (Boolean.getBoolean("dondoc.confidence.list")) {
            System.out.println(r.lowest(Integer.getInteger("dondoc.confidence.n", 60)));
            r.candidates.forEach(System.out::println);
        }
        assertThat(r.items).isNotEmpty();
        double all = ConfidenceRanking.wrongShare(r.items, false);
        double lowest = ConfidenceRanking.wrongAmongLowest(r.items, 0.2, false);
        // the point of the confidence: the reviewer's first items are likelier to be wrong than a random one
        assertThat(lowest).as(r.report()).isGreaterThan(all);
    }
}
