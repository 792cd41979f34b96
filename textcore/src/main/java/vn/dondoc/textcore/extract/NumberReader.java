package vn.dondoc.textcore.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;

/**
 * Reads a document's number from its header: "Số: 12/KH-UBND", "Số 12-CTr/ĐUK" over two lines, "Luật số:
 * 87/2015/QH13" (which also names the type), "Số: 542" with "/TB-UBND" a few lines below. Part of
 * {@link MetadataExtractor}; stateless and thread-safe.
 */
final class NumberReader {

    /** "Số: 12/KH-UBND", "SỐ: 05/BC-SNN" (Unicode case: "Ố" is the capital of "ố"), at a line's or a cell's start. */
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)(?:^|\\t)\\s*số\\s*:?\\s*(.*)");
    /** A serial the layout parted from its symbol: "542", "542 /", the other cell after a tab ("542\tCỘNG HÒA ..."). */
    private static final Pattern BARE_SERIAL = Pattern.compile("(\\d{1,5})\\s*/?\\s*(?:\\t.*)?");

    private static final Pattern NUMBER_INLINE = Pattern.compile("\\s(?:Số|SỐ)\\s*:\\s*(.*)");
    /** "Luật số: 87/2015/QH13", "Nghị quyết số: 12/2024/NQ-HĐND" printed in a header line. */
    private static final Pattern TYPED_NUMBER_LINE = Pattern.compile(
            "(?i)\\b(luật|pháp lệnh|nghị quyết|lệnh|nghị định)\\s+số\\s*:\\s*(.*)", Pattern.UNICODE_CASE);

    /** The number, where it stands, and the type a typed number line names ("Luật số:"); null fields when none. */
    record Found(DocumentNumber number, Span span, DocumentType typeOfLine) {}

    private final Lexicon lexicon;

    NumberReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Số: ..." and its kin: whether a header line is where the number stands (the issuer block ends there). */
    static boolean numberLine(String text) {
        return NUMBER_LINE.matcher(text).find();
    }

    /** The first number the header's lines print. */
    Found read(List<Block> head) {
        DocumentNumber number = null;
        Span numberSpan = null;
        DocumentType typeFromNumberLine = null;
        for (int i = 0; i < head.size() && number == null; i++) {
            Block b = head.get(i);
            if (!Casing.containsIgnoreCase(b.text(), "số")) {
                continue; // both forms say "Số"
            }
            Matcher m = NUMBER_LINE.matcher(b.text());
            int g = 1;
            boolean onLine = m.find();
            if (!onLine && i < 8) {
                m = NUMBER_INLINE.matcher(b.text()); // the whole header on one line: "... Hạnh phúc Số: 12/KH-UBND ..."
                onLine = m.find();
            }
            if (!onLine) {
                m = TYPED_NUMBER_LINE.matcher(b.text());
                if (b.text().indexOf(':') < 0 || !m.find()) {
                    continue;
                }
                g = 2;
                typeFromNumberLine = MetadataWords.typeOfWord(lexicon, m.group(1));
            }
            Matcher bare = BARE_SERIAL.matcher(m.group(g).strip());
            if (bare.matches()) {
                Found split = splitNumber(bare.group(1), head, i);
                if (split != null) {
                    number = split.number();
                    numberSpan = split.span();
                    break;
                }
            }
            // "Số:" and the number may sit on two lines
            List<Block> candidates =
                    i + 1 < head.size() && m.group(g).isBlank() ? List.of(b, head.get(i + 1)) : List.of(b);
            for (Block c : candidates) {
                String where = c == b ? m.group(g) : c.text();
                int base = c == b ? b.span().start() + m.start(g) : c.span().start();
                List<DocumentNumber.Found> found = DocumentNumber.findAll(where);
                if (!found.isEmpty() && (c == b || found.get(0).start() == 0)) {
                    number = found.get(0).number();
                    int at = base + found.get(0).start();
                    numberSpan =
                            new Span(at, at + found.get(0).end() - found.get(0).start());
                    break;
                }
            }
        }
        return new Found(number, numberSpan, typeFromNumberLine);
    }

    /**
     * "Số: 542" ... "/TB-UBND": the layout (a signed PDF, a two-column header flattened to text) put the motto or the
     * other column between the serial and its symbol. The symbol is the first line or cell of the next few header
     * lines that starts with "/"; the number is the serial and that symbol, whatever follows it in the cell.
     */
    private static Found splitNumber(String serial, List<Block> head, int at) {
        for (int k = at + 1; k < head.size() && k <= at + 5; k++) {
            Block b = head.get(k);
            String text = b.text();
            int cell = 0;
            while (cell <= text.length()) {
                int end = text.indexOf('\t', cell);
                end = end < 0 ? text.length() : end;
                int from = cell;
                while (from < end && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                if (from < end && text.charAt(from) == '/') {
                    List<DocumentNumber.Found> found = DocumentNumber.findAll(serial + text.substring(from, end));
                    if (!found.isEmpty() && found.get(0).start() == 0) {
                        int symbolEnd = b.span().start() + from + found.get(0).end() - serial.length();
                        return new Found(
                                found.get(0).number(), new Span(b.span().start() + from, symbolEnd), null);
                    }
                }
                cell = end + 1;
            }
        }
        return null;
    }
}
