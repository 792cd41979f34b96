package vn.dondoc.textcore.json;

/**
 * A small streaming JSON writer (two-space indentation), enough for the extraction schema without a
 * JSON library in textcore. Not thread-safe: one per document.
 */
public final class JsonWriter {

    private final StringBuilder sb = new StringBuilder();
    private int depth;
    private boolean first = true;
    private boolean afterName;

    public JsonWriter beginObject() {
        prefix();
        sb.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        close('}');
        return this;
    }

    public JsonWriter beginArray() {
        prefix();
        sb.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        close(']');
        return this;
    }

    public JsonWriter name(String name) {
        prefix();
        quote(name);
        sb.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String v) {
        prefix();
        if (v == null) {
            sb.append("null");
        } else {
            quote(v);
        }
        return this;
    }

    public JsonWriter value(Double v) {
        prefix();
        if (v == null || v.isNaN() || v.isInfinite()) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) (double) v);
        } else {
            sb.append(v);
        }
        return this;
    }

    public JsonWriter value(double v) {
        return value(Double.valueOf(v));
    }

    public JsonWriter value(long v) {
        prefix();
        sb.append(v);
        return this;
    }

    public JsonWriter value(boolean v) {
        prefix();
        sb.append(v);
        return this;
    }

    private void prefix() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (!first) {
                sb.append(',');
            }
            sb.append('\n').append("  ".repeat(depth));
        }
        first = false;
    }

    private void close(char c) {
        depth--;
        if (!first) {
            sb.append('\n').append("  ".repeat(depth));
        }
        sb.append(c);
        first = false;
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
