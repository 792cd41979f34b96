package vn.dondoc.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void foldingDropsAccentsAndTheStrokeOfĐ() {
        assertThat(Texts.fold("Đ/c Lạc - Sở LĐTBXH")).isEqualTo("d/c lac - so ldtbxh");
    }

    @Test
    void decomposedInputGivesTheSameKeyAsComposed() {
        String nfd = java.text.Normalizer.normalize("Văn phòng", java.text.Normalizer.Form.NFD);
        assertThat(Texts.key(nfd)).isEqualTo(Texts.key("  văn   PHÒNG "));
    }

    @Test
    void documentNumberKeysIgnoreSpacesAndCase() {
        assertThat(Texts.numberKey("12 - CTr/ĐUK")).isEqualTo(Texts.numberKey("12-ctr/đuk"));
        assertThat(Texts.numberKey("  ")).isNull();
    }
}
