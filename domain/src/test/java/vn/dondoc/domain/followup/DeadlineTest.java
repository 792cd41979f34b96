package vn.dondoc.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    private static final LocalDate START = LocalDate.of(2025, 2, 10);

    private static LocalDate due(String text) {
        return Deadline.parse(text, START).orElseThrow().due();
    }

    @Test
    void aPeriodIsDueOnItsLastDay() {
        assertThat(due("Quý II/2025")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(due("quý 4 năm 2025")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(due("trong tháng 11/2025")).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(due("tháng 2 năm 2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(due("6 tháng đầu năm 2025")).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(due("năm 2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(due("trước ngày 15/8/2025")).isEqualTo(LocalDate.of(2025, 8, 15));
        assertThat(Deadline.parse("Quý II/2025", START).orElseThrow().recurring())
                .isFalse();
    }

    @Test
    void recurringDutiesHaveOneInstancePerPeriod() {
        Deadline yearly = Deadline.parse("hằng năm", START).orElseThrow();
        assertThat(yearly.every()).isEqualTo(Deadline.Every.YEAR);
        assertThat(yearly.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(yearly.instances(START, LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));

        Deadline monthly = Deadline.parse("báo cáo hàng tháng", START).orElseThrow();
        assertThat(monthly.instances(START, LocalDate.of(2025, 5, 31)))
                .containsExactly(
                        LocalDate.of(2025, 2, 28),
                        LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 4, 30),
                        LocalDate.of(2025, 5, 31));
        assertThat(monthly.dueFor(LocalDate.of(2025, 7, 4))).isEqualTo(LocalDate.of(2025, 7, 31));

        Deadline ongoing = Deadline.parse("Thường xuyên", START).orElseThrow();
        assertThat(ongoing.every()).isEqualTo(Deadline.Every.QUARTER);
        assertThat(ongoing.dueFor(LocalDate.of(2025, 8, 1))).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aPeriodInsideASentenceIsReadAsPeriodReadsIt() {
        assertThat(due("hoàn thành trong Quý III năm 2025, báo cáo UBND tỉnh")).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(due("trình trước 6 tháng cuối năm 2025")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(due("giai đoạn 2021-2025")).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(due("tháng 11 - 2025")).isEqualTo(LocalDate.of(2025, 11, 30));
        // the same text read as a target's period gives the same last day
        for (String text : new String[] {"Quý II/2025", "trong tháng 11/2025", "6 tháng đầu năm 2025", "năm 2026"}) {
            assertThat(due(text))
                    .as(text)
                    .isEqualTo(vn.dondoc.domain.target.Period.parse(text)
                            .orElseThrow()
                            .end());
        }
    }

    @Test
    void everySixMonthsIsHalfYearly() {
        Deadline half = Deadline.parse("định kỳ 6 tháng báo cáo", START).orElseThrow();
        assertThat(half.every()).isEqualTo(Deadline.Every.HALF_YEAR);
        assertThat(half.instances(START, LocalDate.of(2026, 6, 30)))
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
        assertThat(Deadline.parse("hằng quý", START).orElseThrow().due()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void textWithoutADeadlineIsNone() {
        assertThat(Deadline.parse("khi có yêu cầu", START)).isEmpty();
        assertThat(Deadline.parse("tháng 13/2025", START)).isEmpty();
        assertThat(Deadline.parse(" ", START)).isEmpty();
        assertThat(Deadline.parse("Quyết định số 12/2025/QĐ-UBND", START)).isEmpty();
    }
}
