package vn.dondoc.textcore.model;

/** Half-open character range [start, end) in a document's normalized text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
