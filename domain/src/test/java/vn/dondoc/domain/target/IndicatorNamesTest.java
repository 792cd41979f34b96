package vn.dondoc.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The case table {@code target/indicator-names.tsv}: proposed name, unit, sentence up to the figure, expected name. */
class IndicatorNamesTest {
    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        List<String[]> lines = CaseTable.read("/target/indicator-names.tsv");
        assertThat(lines).hasSizeGreaterThan(10);
        return lines.stream().map(c -> {
            return DynamicTest.dynamicTest(
                    "«" + c[0] + "» → «" + c[3] + "»",
                    () -> assertThat(
                                    IndicatorNames.of(c[0], c[1].isEmpty() ? null : c[1], c[2].isEmpty() ? null : c[2]))
                            .isEqualTo(c[3]));
        });
    }
}
