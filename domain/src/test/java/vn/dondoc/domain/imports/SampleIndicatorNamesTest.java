package vn.dondoc.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.target.IndicatorNames;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.ResultItem;

/** Sample 002's figures named as the review proposes them: every name a noun phrase, none a leftover connector. */
class SampleIndicatorNamesTest {
    /** What a name must not be, nor begin with: punctuation, or a word that only joins a figure to its sentence. */
    private static final Pattern LEFTOVER = Pattern.compile("^(?:[,;:.\\-]|(?:đối với|cho|với|và|của|là|đạt)(?: |$))");

    @Test
    void sample002sFiguresAreNamedByWhatTheyCount() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/check/002_8deb47e15be85dfe.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedDocument p = DocumentPipeline.standard().parse("002.txt", text);
        List<ResultItem> results = p.results();
        assertThat(results).hasSizeGreaterThan(5);
        for (ResultItem r : results) {
            String name = IndicatorNames.of(r.indicator(), r.unit(), ImportService.before(p.text(), r.span()));
            assertThat(name).as(r.anchor()).isNotBlank().doesNotMatch(LEFTOVER + ".*");
        }
        assertThat(nameOf(p, "172.081")).startsWith("hoàn thành chi trả chính sách hỗ trợ người dân");
        assertThat(nameOf(p, "197,1")).isEqualTo("tổng kinh phí chi trả");
        assertThat(nameOf(p, "9.997")).isEqualTo("giải quyết việc làm");
    }

    private static String nameOf(ParsedDocument p, String figure) {
        ResultItem r = p.results().stream()
                .filter(x -> x.anchor().contains(figure))
                .findFirst()
                .orElseThrow();
        return IndicatorNames.of(r.indicator(), r.unit(), ImportService.before(p.text(), r.span()));
    }
}
