package vn.dondoc.textcore.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticRepairerTest {
    final DiacriticRepairer repairer = DiacriticRepairer.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ủy ban nhân dân tnh ban hành kế hoạch           | Ủy ban nhân dân tỉnh ban hành kế hoạch
            về tchức phong trào thi đua                      | về tổ chức phong trào thi đua
            xây dựng nông thôn mi kiểu mẫu                   | xây dựng nông thôn mới kiểu mẫu
            bố trí lực lượng kịp thi xử lý các vụ việc       | bố trí lực lượng kịp thời xử lý các vụ việc
            phát động phong trào thi đua yêu nước            | phát động phong trào thi đua yêu nước
            theo tinh thần Chthị số 28                       | theo tinh thần Chỉ thị số 28
            Ủy ban Mặt trận Tquốc Việt Nam                   | Ủy ban Mặt trận Tổ quốc Việt Nam
            Ch ủ tịch Ủy ban nhân dân tỉnh                   | Chủ tịch Ủy ban nhân dân tỉnh
            THỰC HIỆN CHỈ THỊ CỦA BAN THƯỜNG VỤ TNH ỦY       | THỰC HIỆN CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY
            """)
    void repairsInContext(String damaged, String expected) {
        assertThat(repairer.repair(damaged).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            theo điểm b khoản 1 Điều 5
            căn cứ Nghị định số 126/2020/NĐ-CP ngày 19/10/2020
            Kỳ thi tốt nghiệp trung học phổ thông
            thông tin về ca dao, dân ca
            UBND tỉnh; HĐND tỉnh; Sở KH&CN
            hoàn thành 435km đường giao thông
            """)
    void leavesValidTextAlone(String clean) {
        RepairResult r = repairer.repair(clean);
        assertThat(r.repairs()).isEmpty();
        assertThat(r.text()).isSameAs(clean);
    }

    @Test
    void reportsSpanOriginalReplacementAndConfidence() {
        String text = "Đại hội Đảng bộ tnh lần thứ XIX";
        RepairResult r = repairer.repair(text);
        assertThat(r.repairs()).hasSize(1);
        Repair rep = r.repairs().get(0);
        assertThat(rep.span().of(text)).isEqualTo("tnh");
        assertThat(rep.original()).isEqualTo("tnh");
        assertThat(rep.replacement()).isEqualTo("tỉnh");
        assertThat(rep.confidence()).isBetween(0.8, 1.0);
    }

    @Test
    void keepsTheCaseOfTheWordItRepairs() {
        assertThat(repairer.repair("Tchức sắp xếp trường mầm non").text()).isEqualTo("Tổ chức sắp xếp trường mầm non");
        assertThat(repairer.repair("Đy mạnh phong trào ra quân").text()).isEqualTo("Đẩy mạnh phong trào ra quân");
    }

    @Test
    void emptyAndNullGiveEmptyResults() {
        assertThat(repairer.repair("").repairs()).isEmpty();
        assertThat(repairer.repair(null).text()).isEmpty();
    }
}
