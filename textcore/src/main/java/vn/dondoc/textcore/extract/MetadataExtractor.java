package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Reads a document's identity from its Decree 30/2020 layout: issuer block, number, place and date,
 * type word and subject line, signature blocks and recipients. A façade over one reader per part of the layout
 * ({@link NumberReader}, {@link PlaceDateReader}, {@link TitleReader}, {@link IssuerReader},
 * {@link SignatureReader}); it decides the type from what they read. Stateless and thread-safe.
 */
public final class MetadataExtractor {

    /** The header: the blocks the number, place and date, issuer and title are looked for in. */
    private static final int HEADER_BLOCKS = 30;

    private final NumberReader numbers;
    private final TitleReader titles;
    private final IssuerReader issuers;
    private final SignatureReader signatures;

    private final Lexicon lexicon;

    public MetadataExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        Casing casing = new Casing(lexicon);
        this.numbers = new NumberReader(lexicon);
        this.titles = new TitleReader(lexicon);
        this.issuers = new IssuerReader(lexicon, casing);
        this.signatures = new SignatureReader(casing);
    }

    public DocumentInfo extract(SegmentedDocument doc) {
        List<Block> blocks = doc.blocks();
        List<Block> head = blocks.subList(0, Math.min(HEADER_BLOCKS, blocks.size()));

        NumberReader.Found numbered = numbers.read(head);
        DocumentNumber number = numbered.number();
        DocumentType typeFromNumberLine = numbered.typeOfLine();

        PlaceDateReader.PlaceDate pd = PlaceDateReader.read(head);
        String place = pd == null ? null : pd.place();
        LocalDate date = pd == null ? null : pd.date();

        TitleReader.TypeLine typeLine = titles.typeLine(head);
        // a type symbol names the type; "96/2023/QH15" (a law or a resolution) leaves it to the type word
        DocumentType type = number != null && number.typeSymbol() != null
                ? number.type().orElse(typeFromNumberLine)
                : typeFromNumberLine;
        if (type == null && typeLine != null) {
            type = typeLine.type();
        }
        if (type == null && number != null) {
            type = number.type().orElse(null);
        }
        if (type == null && number != null && number.typeSymbol() == null) {
            type = DocumentType.CONG_VAN;
        }
        String title = typeLine == null ? null : typeLine.title();
        Span titleSpan = typeLine == null ? null : typeLine.titleSpan();
        if (title == null) {
            TitleReader.TypeLine regarding = TitleReader.regarding(head);
            if (regarding != null) {
                title = regarding.title();
                titleSpan = regarding.titleSpan();
                if (type == null) {
                    type = regarding.type();
                }
            }
        }
        if (title == null && type == null && number == null && pd == null) {
            // no header at all: a page cut from a portal, named by its headline
            TitleReader.TypeLine headline = titles.headline(head);
            if (headline == null) {
                headline = titles.relayed(head);
            }
            if (headline != null) {
                type = headline.type();
                title = headline.title();
                titleSpan = headline.titleSpan();
            }
        }

        List<Signer> signers = signatures.signers(blocks);
        List<String> recipients = SignatureReader.recipients(blocks);
        String issuer = issuers.read(blocks, head, number, title, signers);
        if (date == null) {
            date = issuedOn(head, type, issuer);
        }
        return new DocumentInfo(
                number == null ? null : number.canonical(),
                type,
                title,
                issuer,
                place,
                date,
                signers,
                recipients,
                numbered.span(),
                titleSpan);
    }

    /**
     * A page without its header ("Ngày cập nhật ..." / "ngày 01/7/2021 UBND huyện đã ban hành Báo cáo ..."): the
     * day the sentence says the document was issued, when the body and the type it names are the document's own
     * (a letter's "Ngày 17/10/2022, Tổng cục Hải quan ban hành công văn ..." dates another document).
     */
    private LocalDate issuedOn(List<Block> head, DocumentType type, String issuer) {
        PlaceDateReader.Issued issued = PlaceDateReader.issuedInSentence(head);
        if (issued == null || type == null || issuer == null || !issuer.equalsIgnoreCase(issued.body())) {
            return null;
        }
        DocumentType named = MetadataWords.typeOfWord(lexicon, issued.twoWords());
        if (named == null) {
            named = MetadataWords.typeOfWord(lexicon, issued.oneWord());
        }
        return type == named ? issued.date() : null;
    }
}
