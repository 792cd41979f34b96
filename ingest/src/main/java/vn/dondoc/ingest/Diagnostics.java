package vn.dondoc.ingest;

import java.util.List;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.Span;

/** Diagnostic codes of the ingest stage. All are about the whole file (span [0, 0)). */
final class Diagnostics {
    static final String STAGE = "ingest";

    /** The extension says one format, the bytes another; read as the bytes say. */
    static final String EXTENSION_MISMATCH = "EXTENSION_MISMATCH";
    /** Plain text was not UTF-8; names the encoding used. */
    static final String TEXT_ENCODING = "TEXT_ENCODING";
    /** Some bytes were not valid in the detected encoding and became U+FFFD. */
    static final String INVALID_BYTES = "INVALID_BYTES";
    /** Text was TCVN3/VNI and was converted; gives the confidence. */
    static final String LEGACY_ENCODING_CONVERTED = "LEGACY_ENCODING_CONVERTED";
    /** UTF-8 text that had been decoded as Windows-1252 ("Ná»™i") was repaired. */
    static final String UTF8_MOJIBAKE_REPAIRED = "UTF8_MOJIBAKE_REPAIRED";
    /** Text looks like an old encoding but no conversion is clearly right: kept as it was. */
    static final String LEGACY_ENCODING_UNSURE = "LEGACY_ENCODING_UNSURE";
    /** Runs/glyphs in a legacy font (.VnTime, VNI-Times) were converted. */
    static final String LEGACY_FONT_CONVERTED = "LEGACY_FONT_CONVERTED";
    /** Text in a legacy font was already Unicode: kept. */
    static final String LEGACY_FONT_ALREADY_UNICODE = "LEGACY_FONT_ALREADY_UNICODE";
    /** Control characters were removed. */
    static final String CONTROL_CHARS_REMOVED = "CONTROL_CHARS_REMOVED";
    /** PDF restricts permissions but opened without a password. */
    static final String PDF_PERMISSIONS_IGNORED = "PDF_PERMISSIONS_IGNORED";
    /** Some PDF pages are images without a text layer: their content is missing. */
    static final String PDF_SCANNED_PAGES = "PDF_SCANNED_PAGES";
    /** HTML page without document markers: the densest text block was taken. */
    static final String HTML_NO_DOCUMENT_MARKERS = "HTML_NO_DOCUMENT_MARKERS";

    private Diagnostics() {}

    static void add(List<Diagnostic> to, String code, String message) {
        to.add(new Diagnostic(STAGE, code, new Span(0, 0), message));
    }

    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*:?\\s*|\\b[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");

    /** A library's exception message, cut to one short line for a user-facing reason. */
    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        // a library's message often starts with the Java class of a cause: the reader is shown the words only
        m = JAVA_NAME.matcher(m).replaceAll("").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
