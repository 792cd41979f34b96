package vn.dondoc.domain.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The case table {@code target/periods.tsv}: text as written, its code, its Vietnamese label (empty: not a period). */
class PeriodTest {
    @TestFactory
    Stream<DynamicTest> everyCaseOfTheTable() {
        List<String[]> lines = CaseTable.read("/target/periods.tsv");
        assertThat(lines).hasSizeGreaterThan(20);
        return lines.stream().map(c -> {
            return DynamicTest.dynamicTest("«" + c[0] + "» → " + (c[2].isEmpty() ? "text" : c[2]), () -> {
                assertThat(Period.codeOf(c[0])).isEqualTo(c[1]);
                if (c[2].isEmpty()) {
                    assertThat(Period.parse(c[0])).isEmpty();
                    assertThat(Period.normalize(c[0])).isEqualTo(c[0].strip());
                } else {
                    Period p = Period.parse(c[0]).orElseThrow();
                    assertThat(p.label()).isEqualTo(c[2]);
                    assertThat(Period.normalize(c[0])).isEqualTo(c[2]);
                    // the label reads back as the same period
                    assertThat(Period.parse(p.label())).contains(p);
                }
            });
        });
    }

    @Test
    void eachPeriodHasItsFirstAndLastDay() {
        assertThat(Period.quarter(2025, 2).start()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(Period.quarter(2025, 2).end()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Period.half(2025, 2).start()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.years(2021, 2025).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.year(2025).code()).isEqualTo("2025");
    }

    @Test
    void aPeriodIsWhole() {
        assertThatThrownBy(() -> Period.quarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.years(2025, 2025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.YEAR, 2025, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
