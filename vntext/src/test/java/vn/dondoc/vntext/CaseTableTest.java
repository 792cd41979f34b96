package vn.dondoc.vntext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function of the text basics against the one case table, cases/vntext.tsv. */
class CaseTableTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = CaseTableTest.class.getResourceAsStream("/cases/vntext.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\t", -1))
                            .map(f -> Arguments.of(f[0], f[1], f[2]))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @MethodSource("cases")
    void eachCase(String function, String input, String expected) {
        String actual = switch (function) {
            case "fold" -> VietnameseText.fold(input);
            case "key" -> VietnameseText.key(input);
            case "tone" -> VietnameseText.normalizeTone(input);
            case "number" -> DocumentNumbers.key(input);
            default -> throw new IllegalArgumentException("no function " + function);
        };
        assertThat(actual).isEqualTo(expected);
    }
}
