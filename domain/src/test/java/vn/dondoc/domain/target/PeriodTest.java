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
    void aSentenceNamesItsFirstPeriod() {
        assertThat(Period.find("hoàn thành trong Quý II/2025")).contains(Period.quarter(2025, 2));
        assertThat(Period.find("báo cáo trước 6 tháng đầu năm 2025")).contains(Period.half(2025, 1));
        assertThat(Period.find("thực hiện trong tháng 11/2025 theo kế hoạch")).contains(Period.month(2025, 11));
        assertThat(Period.find("đến hết năm 2026")).contains(Period.year(2026));
        assertThat(Period.find("giai đoạn 2021 - 2025")).contains(Period.years(2021, 2025));
        // a number or a date is no period; nor is an impossible month
        assertThat(Period.find("Quyết định số 12/2025/QĐ-UBND")).isEmpty();
        assertThat(Period.find("tháng 13/2025")).isEmpty();
        assertThat(Period.find(null)).isEmpty();
    }

    @Test
    void aDayFallsInOnePeriodOfEachKind() {
        LocalDate day = LocalDate.of(2025, 8, 4);
        assertThat(Period.containing(Period.Kind.MONTH, day)).isEqualTo(Period.month(2025, 8));
        assertThat(Period.containing(Period.Kind.QUARTER, day)).isEqualTo(Period.quarter(2025, 3));
        assertThat(Period.containing(Period.Kind.HALF, day)).isEqualTo(Period.half(2025, 2));
        assertThat(Period.containing(Period.Kind.YEAR, day)).isEqualTo(Period.year(2025));
    }

    @Test
    void aPeriodIsWhole() {
        assertThatThrownBy(() -> Period.quarter(2025, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.years(2025, 2025)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.YEAR, 2025, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
