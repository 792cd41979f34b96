package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;

/**
 * What the extraction pipeline finds must not depend on the file format: the DOCX and HTML
 * versions of a sample yield the same references, task anchors and schedule rows as its .txt.
 */
class PipelineEquivalenceTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();
    private final DocumentReader reader = new DocumentReader();

    static Stream<String> samples() {
        return TestDocuments.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void docxVersionYieldsTheSameExtraction(String sample) throws Exception {
        String text = TestDocuments.sample(sample);
        ParsedDocument expected = PIPELINE.parse(sample, text);
        ParsedDocument actual = PIPELINE.parse(
                sample, reader.read("x.docx", TestDocuments.docx(text)).text());
        assertSameExtraction(actual, expected);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void htmlVersionYieldsTheSameExtraction(String sample) throws Exception {
        String text = TestDocuments.sample(sample);
        ParsedDocument expected = PIPELINE.parse(sample, text);
        byte[] page = TestDocuments.html(text, true).getBytes(StandardCharsets.UTF_8);
        ParsedDocument actual =
                PIPELINE.parse(sample, reader.read("x.html", page).text());
        assertSameExtraction(actual, expected);
    }

    private static void assertSameExtraction(ParsedDocument actual, ParsedDocument expected) {
        // Guard against a vacuous comparison: every sample has something to extract.
        assertThat(expected.references().size()
                        + expected.tasks().size()
                        + expected.schedule().size())
                .as("the pipeline finds nothing in the text version; is textcore a stub on the classpath?")
                .isPositive();
        assertThat(references(actual)).containsExactlyElementsOf(references(expected));
        assertThat(taskAnchors(actual)).containsExactlyElementsOf(taskAnchors(expected));
        assertThat(scheduleRows(actual)).containsExactlyElementsOf(scheduleRows(expected));
        assertThat(actual.document().number()).isEqualTo(expected.document().number());
    }

    private static List<String> references(ParsedDocument d) {
        return d.references().stream()
                .map(r -> r.number() + "|" + r.type() + "|" + r.date())
                .toList();
    }

    private static List<String> taskAnchors(ParsedDocument d) {
        return d.tasks().stream().map(t -> t.anchor() + "|" + squeeze(t.text())).toList();
    }

    private static List<String> scheduleRows(ParsedDocument d) {
        return d.schedule().stream()
                .map(r -> r.date() + "|" + r.endDate() + "|" + r.session() + "|" + squeeze(r.content()) + "|"
                        + r.preparingUnits() + "|" + r.chairs() + "|" + r.nonWorking())
                .toList();
    }

    private static String squeeze(String s) {
        return s == null
                ? null
                : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
