package vn.dondoc.textcore.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scanning shortcuts find exactly what the plain regex scan they replace would find. */
class ScanHelpersPropertiesTest {

    private static final List<Pattern> DIGIT_LED = List.of(
            Pattern.compile(VietnameseDates.NUMERIC_DATE_REGEX),
            Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}/.,\\-])(" + VietnameseNumbers.NUMBER_REGEX + ")\\s*(%|tỷ)?"),
            Pattern.compile("(?=\\d)(?<![\\d,.])\\d{1,2}\\s*/\\s*(?:19|20|21)\\d{2}(?!\\d)"));

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.of(
                        "1",
                        "12",
                        "2020",
                        "9.997",
                        "61,53",
                        "/",
                        "-",
                        ".",
                        ",",
                        " ",
                        "%",
                        "tỷ",
                        "ngày",
                        "a",
                        "\n",
                        "14/7/2020",
                        "Quý II/2025")
                .list()
                .ofMaxSize(40)
                .map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void digitLedScanFindsWhatFindFinds(@ForAll("numberish") String text) {
        for (Pattern p : DIGIT_LED) {
            List<String> expected = new ArrayList<>();
            Matcher m = p.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> byPattern = new ArrayList<>();
            DigitLed.forEach(p, text, r -> byPattern.add(r.start() + ":" + r.group()));
            assertThat(byPattern).as(p.pattern()).isEqualTo(expected);
            List<String> byPositions = new ArrayList<>();
            DigitLed.forEach(p, text, DigitLed.positions(text), r -> byPositions.add(r.start() + ":" + r.group()));
            assertThat(byPositions).as(p.pattern()).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of(
                        "ít nhất", "trên", "hơn", "không", "dưới", "còn", "xuống", " ", "  ", "\n", "a", "tổng số",
                        "số")
                .list()
                .ofMaxSize(6)
                .map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void tailPhrasesAgreeWithAnEndAnchoredAlternation(@ForAll("contexts") String text) {
        List<String> phrases = List.of("ít nhất", "trên", "hơn", "dưới", "còn", "xuống còn", "số");
        Pattern regex = Pattern.compile("(" + String.join("|", phrases) + ")\\s*$");
        assertThat(new TailPhrases(phrases).endsOne(text))
                .isEqualTo(regex.matcher(text).find());
    }

    @Example
    void tailPhrasesSayWhereThePhraseStarts() {
        TailPhrases p = new TailPhrases(List.of("xuống còn", "còn"));
        assertThat(p.matchStart("tỷ lệ xuống còn  ", 17)).isEqualTo(6);
        assertThat(p.matchStart("tỷ lệ giảm", 10)).isEqualTo(-1);
    }
}
