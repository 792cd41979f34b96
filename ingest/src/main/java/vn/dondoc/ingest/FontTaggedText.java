package vn.dondoc.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dondoc.ingest.encoding.LegacyEncoding;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * Text built from pieces that each know their font. Pieces in a legacy font (".VnTime", "VNI-Times")
 * are converted at {@link #build}, once per encoding for the whole document: the font name is strong
 * evidence, but Unicode typed in an old font is common too, so the document's text decides.
 * Not thread-safe: one per document.
 */
final class FontTaggedText {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private record Piece(String text, LegacyEncoding encoding, boolean upperCaseFont /* or caps formatting */) {}

    private final List<Piece> pieces = new ArrayList<>();
    private final Map<LegacyEncoding, Set<String>> fonts = new EnumMap<>(LegacyEncoding.class);
    private final int maxChars;
    private long length;

    FontTaggedText(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Appends text drawn in {@code fontName} (may be null). */
    FontTaggedText append(String text, String fontName) throws Refusal {
        return append(text, fontName, false);
    }

    /** Appends text drawn in {@code fontName} (may be null), shown in capitals when {@code capitals}. */
    FontTaggedText append(String text, String fontName, boolean capitals) throws Refusal {
        if (text.isEmpty()) {
            return this;
        }
        LegacyEncoding encoding = LegacyEncoding.forFontName(fontName);
        if (encoding != null) {
            fonts.computeIfAbsent(encoding, e -> new TreeSet<>()).add(fontName);
        }
        pieces.add(
                new Piece(text, encoding, capitals || (encoding != null && LegacyEncoding.isUpperCaseFont(fontName))));
        length += text.length();
        if (length > maxChars) {
            throw new Refusal("văn bản quá lớn (hơn " + maxChars + " ký tự); hãy tách tệp rồi nhập lại");
        }
        return this;
    }

    FontTaggedText append(String plain) throws Refusal {
        return append(plain, null);
    }

    int length() {
        return (int) length;
    }

    /** True when the text built so far ends with a line break (or is empty). */
    boolean atLineStart() {
        if (pieces.isEmpty()) {
            return true;
        }
        String last = pieces.get(pieces.size() - 1).text();
        return last.endsWith("\n");
    }

    String build(LegacyEncodingDetector detector, List<Diagnostic> diagnostics) {
        Map<LegacyEncoding, Boolean> convert = new EnumMap<>(LegacyEncoding.class);
        for (Map.Entry<LegacyEncoding, Set<String>> entry : fonts.entrySet()) {
            LegacyEncoding encoding = entry.getKey();
            StringBuilder sample = new StringBuilder();
            for (Piece piece : pieces) {
                if (piece.encoding() == encoding) {
                    sample.append(piece.text()).append(' ');
                }
            }
            boolean holds = detector.fontHintHolds(sample, encoding);
            convert.put(encoding, holds);
            if (holds) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.LEGACY_FONT_CONVERTED,
                        "chữ dùng phông " + entry.getValue() + " (bảng mã " + encoding
                                + ") đã được chuyển sang Unicode");
            } else {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.LEGACY_FONT_ALREADY_UNICODE,
                        "chữ dùng phông " + entry.getValue() + " nhưng đã là Unicode; giữ nguyên");
            }
        }
        StringBuilder out = new StringBuilder((int) Math.min(length, Integer.MAX_VALUE - 16));
        for (Piece piece : pieces) {
            if (piece.encoding() != null && convert.getOrDefault(piece.encoding(), false)) {
                String converted = LegacyEncodingDetector.convert(piece.text(), piece.encoding());
                out.append(piece.upperCaseFont() ? converted.toUpperCase(VI) : converted);
            } else {
                out.append(piece.upperCaseFont() ? piece.text().toUpperCase(VI) : piece.text());
            }
        }
        return out.toString();
    }

    /** True when some piece was in a legacy font (converted or not). */
    boolean hadLegacyFonts() {
        return !fonts.isEmpty();
    }
}
