package vn.dondoc.textcore.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.CaseTable;
import vn.dondoc.textcore.model.DocumentType;

class FormatTablesTest {

    static List<Arguments> dates() {
        return CaseTable.load("dates.tsv");
    }

    static List<Arguments> numbers() {
        return CaseTable.load("numbers.tsv");
    }

    static List<Arguments> documentNumbers() {
        return CaseTable.load("document-numbers.tsv");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("dates")
    void readsVietnameseDates(String input, String expected) {
        assertThat(VietnameseDates.parse(input).map(Object::toString).orElse(""))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("numbers")
    void readsVietnameseNumbers(String input, String expected) {
        Optional<Double> v = VietnameseNumbers.parseWithScale(input);
        if (expected.isEmpty()) {
            assertThat(v).isEmpty();
        } else {
            assertThat(v)
                    .hasValueSatisfying(x -> assertThat(x)
                            .isCloseTo(Double.parseDouble(expected), org.assertj.core.data.Offset.offset(1e-9)));
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("documentNumbers")
    void readsDocumentNumbersWithTheirParts(String input, String expected) {
        Optional<DocumentNumber> n = DocumentNumber.parse(input);
        if (expected.isEmpty()) {
            assertThat(n).isEmpty();
            return;
        }
        String[] e = expected.split("\\|", -1);
        assertThat(n).isPresent();
        DocumentNumber d = n.get();
        assertThat(d.canonical()).isEqualTo(e[0]);
        assertThat(d.number()).isEqualTo(e[1]);
        assertThat(d.year() == null ? "∅" : d.year().toString()).isEqualTo(e[2]);
        assertThat(d.typeSymbol() == null ? "∅" : d.typeSymbol()).isEqualTo(e[3]);
        assertThat(d.issuerSymbol()).isEqualTo(e[4]);
        assertThat(Boolean.toString(d.party())).isEqualTo(e[5]);
        assertThat(d.type().map(DocumentType::name).orElse("∅")).isEqualTo(e[6]);
    }
}
