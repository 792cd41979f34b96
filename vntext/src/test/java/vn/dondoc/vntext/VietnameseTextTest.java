package vn.dondoc.vntext;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsEveryVietnameseLetterToAscii() {
        assertThat(VietnameseText.fold("ĐƯỜNG Đê Ấp Ưng ỷ ỹ ự ồ")).isEqualTo("duong de ap ung y y u o");
    }

    @Test
    void toneMovesOnlyInOpenGlideSyllables() {
        assertThat(VietnameseText.normalizeTone("uỷ")).isEqualTo("ủy");
        assertThat(VietnameseText.normalizeTone("toà")).isEqualTo("tòa");
        assertThat(VietnameseText.normalizeTone("hoè")).isEqualTo("hòe");
        assertThat(VietnameseText.normalizeTone("toán")).isEqualTo("toán");
        assertThat(VietnameseText.normalizeTone("quý")).isEqualTo("quý");
        assertThat(VietnameseText.normalizeTone("qúy")).isEqualTo("quý");
        assertThat(VietnameseText.normalizeTone("x")).isEqualTo("x");
    }

    @Property(tries = 300)
    void toneNormalizationIsIdempotentAndKeepsTheFoldedForm(@ForAll String s) {
        String once = VietnameseText.normalizeTone(s);
        assertThat(VietnameseText.normalizeTone(once)).isEqualTo(once);
        assertThat(VietnameseText.fold(once)).isEqualTo(VietnameseText.fold(s));
    }

    @Property(tries = 300)
    void toneNormalizationIsIdempotentOnVietnameseSyllables(@ForAll("syllables") String s) {
        String once = VietnameseText.normalizeTone(s);
        assertThat(VietnameseText.normalizeTone(once)).isEqualTo(once);
        assertThat(VietnameseText.fold(once)).isEqualTo(VietnameseText.fold(s));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> syllables() {
        String[] onsets = {"", "h", "th", "q", "t", "kh", "ng", "gi"};
        String[] nuclei = {"oà", "òa", "oá", "uỷ", "ủy", "úy", "uý", "ùa", "uà", "oẻ", "ỏe", "uyề", "ươ", "ườ"};
        String[] codas = {"", "", "n", "ng", "nh", "t"};
        return net.jqwik.api.Combinators.combine(
                        net.jqwik.api.Arbitraries.of(onsets),
                        net.jqwik.api.Arbitraries.of(nuclei),
                        net.jqwik.api.Arbitraries.of(codas))
                .as((a, b, c) -> a + b + c);
    }
}
