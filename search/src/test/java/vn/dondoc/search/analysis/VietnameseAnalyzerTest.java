package vn.dondoc.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseAnalyzerTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = VietnameseAnalyzerTest.class.getResourceAsStream("/cases/analyzer.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(f -> Arguments.of(f[0], f[1], f.length > 2 ? f[2] : ""))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("cases")
    void analyzesAsTheTableSays(String mode, String input, String expected) {
        String text = input.startsWith("NFD:") ? Normalizer.normalize(input.substring(4), Normalizer.Form.NFD) : input;
        if (input.startsWith("NFD:")) assertThat(text).isNotEqualTo(input.substring(4)); // really decomposed
        VietnameseAnalyzer a = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.valueOf(mode));
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(", "));
        assertThat(Tokens.of(a, text)).containsExactlyElementsOf(want);
    }
}
