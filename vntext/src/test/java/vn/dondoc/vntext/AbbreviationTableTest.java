package vn.dondoc.vntext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationTableTest {
    @Test
    void theShippedTableServesExtractionAndSearch() {
        var entries = AbbreviationTable.load(null).entries();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.abbreviation()).isEqualTo("UBND");
            assertThat(e.kind()).isEqualTo("body");
            assertThat(e.search()).isEqualTo(AbbreviationTable.SearchUse.YES);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.abbreviation()).isEqualTo("HU");
            assertThat(e.kind()).as("a row for search alone").isNull();
            assertThat(e.search()).isEqualTo(AbbreviationTable.SearchUse.UPPER_CASE_ONLY);
        });
    }

    @Test
    void theAgencysRowsAreAddedAndWin(@TempDir Path dir) throws Exception {
        Path agency = Files.writeString(
                dir.resolve("agency.tsv"),
                "# của Sở\nBDT\tBan Dân tộc tỉnh\tunit\tyes\nVP\tVăn phòng Sở\tunit\n",
                StandardCharsets.UTF_8);
        var entries = AbbreviationTable.load(agency).entries();
        assertThat(entries)
                .anySatisfy(
                        e -> assertThat(e.abbreviation() + "=" + e.expansion()).isEqualTo("BDT=Ban Dân tộc tỉnh"));
        assertThat(entries)
                .filteredOn(e -> e.abbreviation().equals("VP"))
                .singleElement()
                .satisfies(e -> assertThat(e.expansion()).isEqualTo("Văn phòng Sở"));
    }

    @Test
    void aMalformedRowNamesTheFileAndLine() {
        assertThatThrownBy(() -> AbbreviationTable.parse(
                        new ByteArrayInputStream(
                                "UBND\tỦy ban nhân dân\tbody\tmaybe\n".getBytes(StandardCharsets.UTF_8)),
                        "x.tsv"))
                .hasMessageContaining("x.tsv line 1")
                .hasMessageContaining("yes, cs or no");
    }
}
