package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same document as .txt, DOCX, HTML and PDF must read to the same text: same lines modulo
 * spacing for DOCX/HTML (table rows keep their TAB-separated cells), same words in order for PDF.
 */
class FormatEquivalenceTest {
    private final DocumentReader reader = new DocumentReader();

    static Stream<String> samples() {
        return TestDocuments.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void docxReadsToTheSameLinesAsTheText(String sample) throws Exception {
        String text = TestDocuments.sample(sample);
        ReadResult result = reader.read(sample.replace(".txt", ".docx"), TestDocuments.docx(text));

        assertThat(result.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(lines(result.text())).containsExactlyElementsOf(lines(text));
        assertThat(tableRows(result.text())).containsExactlyElementsOf(tableRows(text));
        assertThat(result.text()).doesNotContain("ĐẦU TRANG KHÔNG ĐƯỢC ĐỌC", "Chân trang");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void htmlPageReadsToTheDocumentLinesWithoutTheSiteAroundIt(String sample) throws Exception {
        String text = TestDocuments.sample(sample);
        byte[] page = TestDocuments.html(text, true).getBytes(StandardCharsets.UTF_8);
        ReadResult result = reader.read(sample.replace(".txt", ".html"), page);

        assertThat(result.format()).isEqualTo(SourceFormat.HTML);
        // Sample texts scraped from portals still hold the portal's login prompts: a page drops them.
        List<String> expected = lines(text).stream()
                .filter(l -> !LOGIN_PROMPT.matcher(l).find())
                .toList();
        assertThat(lines(result.text())).containsExactlyElementsOf(expected);
        assertThat(tableRows(result.text())).containsExactlyElementsOf(tableRows(text));
        assertThat(result.text()).doesNotContain("Đăng Nhập", "Trang chủ", "Tin mới", "Bản quyền", "Không phải chữ");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pdfReadsToTheSameWordsInOrder(String sample) throws Exception {
        assumeTrue(
                TestDocuments.vietnameseFontAvailable(),
                "no TrueType font with Vietnamese glyphs at " + TestDocuments.VIETNAMESE_TTF
                        + " (Debian: fonts-dejavu-core)");
        String text = TestDocuments.sample(sample);
        ReadResult result = reader.read(sample.replace(".txt", ".pdf"), TestDocuments.pdf(text));

        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(words(result.text())).containsExactlyElementsOf(words(text));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void plainTextReadsBackUnchangedModuloSpacing(String sample) throws Exception {
        String text = TestDocuments.sample(sample);
        ReadResult result = reader.read(sample, text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.text()).isEqualTo(text); // clean UTF-8 NFC text comes out exactly as it went in
    }

    private static final java.util.regex.Pattern LOGIN_PROMPT =
            java.util.regex.Pattern.compile("(?iu)đăng nhập|đăng ký thành viên");

    @org.junit.jupiter.api.Test
    void oneSampleReallyCarriesLoginPromptsSoTheHtmlFilterIsExercised() {
        String text = TestDocuments.sample("003_766ce2cd7030902b.txt");
        assertThat(lines(text).stream()
                        .filter(l -> LOGIN_PROMPT.matcher(l).find())
                        .count())
                .isGreaterThan(5);
    }

    /** Non-blank lines with runs of blanks (TAB included) squeezed to one space. */
    static List<String> lines(String text) {
        return text.lines()
                .map(l -> l.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** Lines that are table rows, with their cells (each cell's spacing normalized). */
    static List<List<String>> tableRows(String text) {
        return text.lines()
                .filter(l -> l.contains("\t"))
                .map(l -> Arrays.stream(l.split("\t", -1))
                        .map(c -> c.replace('\u00A0', ' ').replaceAll(" +", " ").strip())
                        .toList())
                .toList();
    }

    static List<String> words(String text) {
        return Arrays.stream(text.replace('\u00A0', ' ').split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
