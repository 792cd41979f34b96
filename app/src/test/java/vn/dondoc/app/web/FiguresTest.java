package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FiguresTest {
    private final Figures figures;

    FiguresTest() {
        ResourceBundleMessageSource ms = new ResourceBundleMessageSource();
        ms.setBasename("messages");
        ms.setDefaultEncoding("UTF-8");
        figures = new Figures(new Messages(ms));
    }

    @Test
    void numbersAreWrittenAsAVietnameseReaderWritesThem() {
        assertThat(figures.number(22000.0)).isEqualTo("22.000");
        assertThat(figures.number(61.53)).isEqualTo("61,53");
        assertThat(figures.number(1234567.891)).isEqualTo("1.234.567,89");
        assertThat(figures.number(70)).isEqualTo("70");
        assertThat(figures.number(null)).isEmpty();
    }

    @Test
    void comparatorsAreWordsNotCodes() {
        assertThat(figures.planned("GTE", 70.0, null)).isEqualTo("≥ 70");
        assertThat(figures.planned("RANGE", 10.0, 20.5)).isEqualTo("từ 10 đến 20,5");
        assertThat(figures.comparator("LTE")).isEqualTo("Không cao hơn (≤)");
    }

    @Test
    void numbersAreReadAsAPersonTypesThem() {
        assertThat(Figures.parse("9.997", true)).isEqualTo(9997);
        assertThat(Figures.parse("24.000.000", false)).isEqualTo(24_000_000);
        assertThat(Figures.parse("61,53", false)).isEqualTo(61.53);
        assertThat(Figures.parse("1.234,5", true)).isEqualTo(1234.5);
        assertThat(Figures.parse("1,234.5", false)).isEqualTo(1234.5);
        assertThat(Figures.parse("61.53", true)).isEqualTo(61.53);
        assertThat(Figures.parse("41,65 %", true)).isEqualTo(41.65);
        assertThat(Figures.parse("24 000", true)).isEqualTo(24000);
        assertThat(Figures.parse("-3", true)).isEqualTo(-3);
        assertThat(Figures.parse("  ", true)).isNull();
        assertThat(Figures.parse(null, true)).isNull();
    }

    @Test
    void aLoneDotWithThreeDigitsGroupsThousandsOnlyWhereVietnameseIsWritten() {
        assertThat(Figures.parse("24.000", true)).isEqualTo(24000);
        assertThat(Figures.parse("24.000", false)).isEqualTo(24.0);
        assertThat(Figures.parse("1234.567", true)).isEqualTo(1234.567);
    }

    @Test
    void whatIsNotANumberIsRefused() {
        for (String bad : new String[] {"mười", "12a", "1..2", "--1", "1e999", ".", "NaN", "Infinity"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Figures.parse(bad, true))
                    .as(bad)
                    .isInstanceOf(NumberFormatException.class);
        }
    }
}
