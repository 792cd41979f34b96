package vn.dondoc.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The case table {@code target/indicator-names.tsv}: proposed name, unit, sentence up to the figure, expected name. */
class IndicatorNamesTest {
    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/target/indicator-names.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSizeGreaterThan(10);
        return lines.stream().map(l -> {
            String[] c = l.split("\t", -1);
            return DynamicTest.dynamicTest("«" + c[0] + "» → «" + c[3] + "»", () ->
                    assertThat(IndicatorNames.of(c[0], c[1].isEmpty() ? null : c[1], c[2].isEmpty() ? null : c[2]))
                            .isEqualTo(c[3]));
        });
    }
}
