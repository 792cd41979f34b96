package vn.dondoc.vntext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "42-CT/TU;42|CT|TU",
                "42 CT TU;42|CT|TU",
                "42/CT-TU;42|CT|TU",
                " 042 - CT / TU ;42|CT|TU",
                "42-CTr/TU;42|CTr|TU",
                "309/TB-SLĐTBXH;309|TB|SLĐTBXH",
                "23/2021/QĐ-TTg;23|2021|QĐ|TTg",
                "15/QyĐ-UBND;15|QyĐ|UBND"
            })
    void canonicalKeyIgnoresSeparatorsButKeepsSymbols(String written, String key) {
        assertThat(DocumentNumbers.exactKeys(written)).first().isEqualTo(key);
    }

    @Test
    void typeSymbolsStayDistinctUnderEveryKeyStrength() {
        assertThat(DocumentNumbers.exactKeys("42-CT/TU"))
                .doesNotContainAnyElementsOf(DocumentNumbers.exactKeys("42-CTr/TU"));
        assertThat(DocumentNumbers.caseInsensitiveKeys("42-CT/TU"))
                .doesNotContainAnyElementsOf(DocumentNumbers.caseInsensitiveKeys("42-CTr/TU"));
        assertThat(DocumentNumbers.foldedKeys("15/QĐ-UBND"))
                .doesNotContainAnyElementsOf(DocumentNumbers.foldedKeys("15/QyĐ-UBND"));
        assertThat(DocumentNumbers.exactKeys("15/QĐ-UBND"))
                .doesNotContainAnyElementsOf(DocumentNumbers.exactKeys("15/Qđ-UBND"));
    }

    @Test
    void yearIsOptionalWhenSearching() {
        assertThat(DocumentNumbers.exactKeys("23/2021/QĐ-TTg")).containsExactly("23|2021|QĐ|TTg", "23|QĐ|TTg");
        assertThat(DocumentNumbers.queryKeys("23/QĐ-TTg")).contains("23|QĐ|TTg");
    }

    @Test
    void queryKeysTryEveryPrefixBecauseTheQueryDoesNotSayWhereTheNumberEnds() {
        assertThat(DocumentNumbers.queryKeys("chỉ thị 42 CT TU về rừng")).contains("42|CT", "42|CT|TU", "42|CT|TU|về");
        assertThat(DocumentNumbers.queryKeys("lao động việc làm")).isEmpty();
    }

    @Test
    void notNumbers() {
        assertThat(DocumentNumbers.parts("lao động")).isEmpty();
        assertThat(DocumentNumbers.parts("42")).isEmpty();
        assertThat(DocumentNumbers.parts(null)).isEmpty();
        assertThat(DocumentNumbers.findReferences("ngày 14/7/2020 và 28/02/2020"))
                .isEmpty();
    }

    @Test
    void findsCitationsInRunningText() {
        assertThat(DocumentNumbers.findReferences(
                        "Thực hiện Chỉ thị số 42-CT/TU ngày 3/5/2024 và Nghị định 23/2021/NĐ-CP."))
                .containsExactly("42-CT/TU", "23/2021/NĐ-CP");
    }
}
