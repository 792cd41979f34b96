package vn.dondoc.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyEncodingTest {
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323"; // huyền sắc hỏi ngã nặng
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** All 12 vowels × 6 tones (72) plus đ: every lower-case Vietnamese letter. */
    static List<String> lowerCaseLetters() {
        List<String> letters = new ArrayList<>();
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            letters.add(vowel);
            for (char tone : TONES.toCharArray()) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        return letters;
    }

    @Test
    void everyVietnameseLetterRoundTripsThroughVniInBothCases() {
        List<String> letters = lowerCaseLetters();
        assertThat(letters).hasSize(73).allMatch(l -> l.length() == 1);
        for (String lower : letters) {
            for (String letter : List.of(lower, lower.toUpperCase(VI))) {
                String legacy = LegacyEncoding.VNI.fromUnicode(letter);
                assertThat(legacy.chars()).as(letter).allMatch(c -> c <= 0xFF);
                assertThat(LegacyEncoding.VNI.toUnicode(legacy))
                        .as(letter + " via " + legacy)
                        .isEqualTo(letter);
            }
        }
    }

    @Test
    void everyVietnameseLetterRoundTripsThroughTcvn3WhereTheEncodingHasIt() {
        int upperCaseWithOwnCode = 0;
        for (String lower : lowerCaseLetters()) {
            String legacy = LegacyEncoding.TCVN3.fromUnicode(lower);
            assertThat(legacy).as(lower).hasSize(1);
            assertThat(legacy.charAt(0)).as(lower).isLessThanOrEqualTo('\u00FF');
            assertThat(LegacyEncoding.TCVN3.toUnicode(legacy)).as(lower).isEqualTo(lower);
            String upper = lower.toUpperCase(VI);
            if (LegacyEncoding.TCVN3.canEncode(upper.charAt(0))) {
                upperCaseWithOwnCode++;
                assertThat(LegacyEncoding.TCVN3.toUnicode(LegacyEncoding.TCVN3.fromUnicode(upper)))
                        .isEqualTo(upper);
            }
        }
        // TCVN3 has capitals only for the untoned letters: A E I O U Y (ASCII) and Ă Â Ê Ô Ơ Ư Đ.
        assertThat(upperCaseWithOwnCode).isEqualTo(6 + 7);
    }

    @Test
    void upperCaseToneLettersThatTcvn3LacksAreWrittenInLowerCaseAsTheHFontsDid() {
        assertThat(LegacyEncoding.TCVN3.fromUnicode("NỘI")).isEqualTo("NéI");
        assertThat(LegacyEncoding.TCVN3.toUnicode("NéI")).isEqualTo("NộI");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Xin chaøo caùc baïn|Xin chào các bạn",
                "Ñoàng Nai|Đồng Nai",
                "ñöôøng|đường",
                "Ngöôøi lao ñoäng|Người lao động",
                "Thoâng baùo|Thông báo",
                "UÛY BAN NHAÂN DAÂN TÆNH|ỦY BAN NHÂN DÂN TỈNH",
                "thô|thơ",
                "khuyeán khích|khuyến khích",
                "Quoác hoäi|Quốc hội",
                "Ñaûng boä|Đảng bộ",
            })
    void vniMojibakeConvertsByLongestMatch(String vni, String unicode) {
        assertThat(LegacyEncoding.VNI.toUnicode(vni)).isEqualTo(unicode);
        assertThat(LegacyEncoding.VNI.fromUnicode(unicode)).isEqualTo(vni);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hµ Néi|Hà Nội",
                "Th«ng b¸o|Thông báo",
                "Së Lao ®éng - Th­¬ng binh vµ X· héi|Sở Lao động - Thương binh và Xã hội",
                "Ch­¬ng tr×nh c«ng t¸c|Chương trình công tác",
                "§¶ng bé tØnh|Đảng bộ tỉnh",
                "nghÜa vô|nghĩa vụ",
            })
    void tcvn3MojibakeConverts(String tcvn3, String unicode) {
        assertThat(LegacyEncoding.TCVN3.toUnicode(tcvn3)).isEqualTo(unicode);
        assertThat(LegacyEncoding.TCVN3.fromUnicode(unicode)).isEqualTo(tcvn3);
    }

    @Test
    void tcvn3TextFromAnUpperCaseFontGetsItsCapitalsBack() {
        String legacy = "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM";
        assertThat(LegacyEncoding.TCVN3.toUnicode(legacy)).isEqualTo("CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM");
        assertThat(LegacyEncodingDetector.convert(legacy, LegacyEncoding.TCVN3))
                .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        // Title case stays title case: "Hà Nội", not "HÀ NỘI".
        assertThat(LegacyEncodingDetector.convert("Hµ Néi, ngµy 5", LegacyEncoding.TCVN3))
                .isEqualTo("Hà Nội, ngày 5");
        assertThat(LegacyEncodingDetector.convert("Sè: 12/UBND", LegacyEncoding.TCVN3))
                .isEqualTo("Số: 12/UBND");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                ".VnTime|TCVN3|false", ".VnTimeH|TCVN3|true", "ABCDEF+.VnArialH,Bold|TCVN3|true",
                        ".VnArial|TCVN3|false",
                "VNI-Times|VNI|false", "VNI-Helve|VNI|false", "Times New Roman|NONE|false", "DejaVuSans|NONE|false",
            })
    void fontNamesTellTheEncoding(String font, String encoding, boolean upper) {
        LegacyEncoding expected = encoding.equals("NONE") ? null : LegacyEncoding.valueOf(encoding);
        assertThat(LegacyEncoding.forFontName(font)).isEqualTo(expected);
        assertThat(LegacyEncoding.isUpperCaseFont(font)).isEqualTo(upper);
    }

    @Test
    void textWithoutLegacyCharactersPassesThrough() {
        String ascii = "Covid-19, UBND, 12/2021 (ok)";
        assertThat(LegacyEncoding.TCVN3.toUnicode(ascii)).isEqualTo(ascii);
        assertThat(LegacyEncoding.VNI.toUnicode(ascii)).isEqualTo(ascii);
    }
}
