package vn.dondoc.textcore.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass line tidying does what its rules say, checked against the same rules written as regexes. */
class TidyLinesPropertiesTest {

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACED_TAB = Pattern.compile(" *\t *");
    private static final Pattern EDGE_SPACES = Pattern.compile("^ +| +$");

    /** The rules one at a time: collapse spaces, no spaces around tabs, trim, blank runs to one blank line. */
    private static String byRules(String s) {
        StringBuilder sb = new StringBuilder();
        int blank = 0;
        boolean started = false;
        for (String line : s.split("\n", -1)) {
            String t = EDGE_SPACES
                    .matcher(SPACED_TAB
                            .matcher(SPACES.matcher(line).replaceAll(" "))
                            .replaceAll("\t"))
                    .replaceAll("");
            if (t.replace("\t", "").isBlank()) {
                blank += started ? 1 : 0;
                continue;
            }
            sb.append(started ? (blank > 0 ? "\n\n" : "\n") : "").append(t);
            started = true;
            blank = 0;
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of(
                        " ", "  ", "\t", "\n", "\n\n", "a", "Sở", "x y", "\u2003", "-", "\u00A0", "a\u0301", "ạ",
                        "\u001F")
                .list()
                .ofMaxSize(30)
                .map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void textCalledCleanIsWhatCleaningWouldGive(@ForAll("lines") String text) {
        if (TextNormalizer.isClean(text)) {
            assertThat(byRules(text)).isEqualTo(text);
            assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC))
                    .isTrue();
        }
    }

    @Property(tries = 1000)
    void onePassTidyingFollowsTheRules(@ForAll("lines") String text) {
        assertThat(TextNormalizer.tidyLines(text)).isEqualTo(byRules(text));
    }
}
