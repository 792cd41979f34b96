package vn.dondoc.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void shippedListIsLargeAndEveryEntryExpandsInTheFoldedField() {
        Map<String, String> entries = Abbreviations.standard().entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(40).containsEntry("UBND", "ủy ban nhân dân");
        VietnameseAnalyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_QUERY);
        VietnameseAnalyzer plain = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_QUERY, loadQuietly("X\tx\n"));
        entries.forEach((abbr, expansion) -> {
            List<String> tokens = Tokens.of(folded, abbr);
            List<String> expansionWords = Tokens.of(plain, expansion);
            assertThat(tokens).as(abbr).containsAll(expansionWords);
        });
    }

    @Test
    void malformedLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> Abbreviations.load(
                        new ByteArrayInputStream("# c\nUBND\tủy ban nhân dân\nHĐND\n".getBytes(StandardCharsets.UTF_8)),
                        "x.tsv"))
                .hasMessageContaining("x.tsv line 3");
    }

    @Test
    void theAgencysOwnAbbreviationsReachSearch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path agency = java.nio.file.Files.writeString(
                dir.resolve("agency.tsv"), "BDT\tBan Dân tộc tỉnh\tunit\n", StandardCharsets.UTF_8);
        Abbreviations withAgency = Abbreviations.from(vn.dondoc.vntext.AbbreviationTable.load(agency));
        VietnameseAnalyzer analyzer = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_QUERY, withAgency);
        assertThat(Tokens.of(analyzer, "BDT")).contains("ban", "dan", "toc", "tinh");
        assertThat(Abbreviations.standard().entries()).doesNotContainKey("BDT");
    }

    private static Abbreviations loadQuietly(String tsv) {
        try {
            return Abbreviations.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
