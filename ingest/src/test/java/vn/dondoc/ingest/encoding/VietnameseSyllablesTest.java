package vn.dondoc.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllablesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hà", "Nội", "người", "nghiêng", "khuyến", "quốc", "giữa", "gì", "được", "thuở", "CỘNG", "HÒA", "Xã",
                "Đảng", "tỉnh", "oải", "yêu", "chuyện", "a", "ở", "trường", "Việt"
            })
    void acceptsVietnameseSyllables(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isTrue();
        assertThat(VietnameseSyllables.isSyllable(Normalizer.normalize(word, Normalizer.Form.NFD)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hµ",
                "Néi",
                "chaøo",
                "caùc",
                "Th«ng",
                "b¸o",
                "Müller",
                "strength",
                "xyz",
                "àá",
                "ngươiư",
                "tỉnhh",
                ""
            })
    void rejectsMojibakeAndForeignWords(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).isFalse();
    }
}
