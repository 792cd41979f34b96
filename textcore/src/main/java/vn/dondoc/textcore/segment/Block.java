package vn.dondoc.textcore.segment;

import java.util.List;
import vn.dondoc.textcore.model.Span;

/**
 * One unit of a document: a heading, a numbered item, a bullet, a paragraph (continuation lines
 * joined) or a table row. {@code text} has the same length as {@code span} (line ends become spaces),
 * so an offset in {@code text} plus {@code span.start()} is an offset in the normalized text.
 *
 * @param marker    "II", "1", "2.1", "a", "-", "+", or "" for paragraphs and rows
 * @param bodyStart offset in {@code text} where the content begins, after the marker
 * @param section   numbering path of the enclosing headings, e.g. ["II", "1"]; for a heading, its own path
 * @param heading   true for a numbered line that heads content below it (not a leaf item)
 * @param closing   true in the closing part: "Trên đây là ...", "Nơi nhận", the signature block
 * @param body      the content after the marker, trimmed
 */
public record Block(
        BlockKind kind,
        Span span,
        String text,
        String marker,
        int bodyStart,
        List<String> section,
        boolean heading,
        boolean closing,
        String body) {

    /** A block whose {@link #body()} is the content after the marker, trimmed (computed once: stages ask often). */
    public Block(
            BlockKind kind,
            Span span,
            String text,
            String marker,
            int bodyStart,
            List<String> section,
            boolean heading,
            boolean closing) {
        this(
                kind,
                span,
                text,
                marker,
                bodyStart,
                section,
                heading,
                closing,
                text.substring(bodyStart).strip());
    }

    /** Offset in the normalized text of the first content character. */
    public int bodyOffset() {
        int i = bodyStart;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return span.start() + i;
    }

    public String sectionPath() {
        return String.join(".", section);
    }

    Block withSection(List<String> s, boolean isHeading) {
        return new Block(kind, span, text, marker, bodyStart, List.copyOf(s), isHeading, closing, body);
    }

    Block asClosing() {
        return new Block(kind, span, text, marker, bodyStart, section, heading, true, body);
    }
}
