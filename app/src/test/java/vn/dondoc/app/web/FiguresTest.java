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
}
