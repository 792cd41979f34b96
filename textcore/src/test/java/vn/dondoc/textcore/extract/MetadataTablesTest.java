package vn.dondoc.textcore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.textcore.CaseTable;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.normalize.TextNormalizer;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;
import vn.dondoc.textcore.segment.StructureSegmenter;

/** One case table per reader of {@link MetadataExtractor}: number, place and date, issuer, signature. */
class MetadataTablesTest {

    private static final Lexicon LEXICON = Lexicon.standard();

    static List<Arguments> numbers() {
        return CaseTable.load("metadata-number.tsv");
    }

    static List<Arguments> placeDates() {
        return CaseTable.load("metadata-place-date.tsv");
    }

    static List<Arguments> issuers() {
        return CaseTable.load("metadata-issuer.tsv");
    }

    static List<Arguments> signatures() {
        return CaseTable.load("metadata-signature.tsv");
    }

    /** The text as the pipeline hands it to the extractors: normalized, cut into blocks. */
    private static SegmentedDocument segmented(String text) {
        return new StructureSegmenter()
                .segment(new TextNormalizer(LEXICON).normalize(text).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void readsTheNumberLine(String header, String expected) {
        NumberReader.Found found =
                new NumberReader(LEXICON).read(segmented(header).blocks());
        String got = found.number() == null
                ? ""
                : found.number().canonical() + (found.typeOfLine() == null ? "" : " " + found.typeOfLine());
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placeDates")
    void readsThePlaceAndDateLine(String header, String expected) {
        PlaceDateReader.PlaceDate pd = PlaceDateReader.read(segmented(header).blocks());
        String got = pd == null ? "" : pd.place() + "|" + (pd.date() == null ? "-" : pd.date());
        assertThat(got).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuers")
    void readsTheIssuer(String document, String expected) {
        String issuer =
                new MetadataExtractor(LEXICON).extract(segmented(document)).issuer();
        assertThat(issuer == null ? "" : issuer).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signatures")
    void readsTheSignatureBlocks(String closing, String expected) {
        List<Block> blocks = segmented(closing).blocks();
        List<String> got = new ArrayList<>();
        for (Signer s : new SignatureReader(new Casing(LEXICON)).signers(blocks)) {
            got.add(orDash(s.authority()) + " / " + orDash(s.position()) + " / " + orDash(s.name()));
        }
        assertThat(String.join(" ; ", got)).isEqualTo(expected);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
