package vn.dondoc.ingest;

import java.text.Normalizer;
import java.util.List;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector;
import vn.dondoc.ingest.encoding.Utf8Mojibake;
import vn.dondoc.textcore.model.Diagnostic;

/** The last steps every format shares: legacy-encoding check, NFC, line ends, control characters. */
final class TextCleaner {
    private static final LegacyEncodingDetector DETECTOR = new LegacyEncodingDetector();

    private TextCleaner() {}

    static LegacyEncodingDetector detector() {
        return DETECTOR;
    }

    /**
     * Converts TCVN3/VNI mojibake when the detector is confident; when it is unsure, keeps the
     * text and says so.
     */
    static String fixLegacyEncoding(String text, List<Diagnostic> diagnostics) {
        if (Utf8Mojibake.looksLikeIt(text)) {
            String repaired = Utf8Mojibake.repair(text);
            if (DETECTOR.score(repaired) >= DETECTOR.score(text) + 0.3) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.UTF8_MOJIBAKE_REPAIRED,
                        "văn bản UTF-8 đã bị đọc nhầm thành Windows-1252 (\"Ná»™i\"); đã sửa lại");
                return repaired;
            }
        }
        LegacyEncodingDetector.Detection d = DETECTOR.detect(text);
        report(d, diagnostics);
        return d.verdict() == LegacyEncodingDetector.Verdict.LEGACY
                ? LegacyEncodingDetector.convert(text, d.encoding())
                : text;
    }

    /** Adds the diagnostic a detection calls for (none when the text is Unicode). */
    static void report(LegacyEncodingDetector.Detection d, List<Diagnostic> diagnostics) {
        switch (d.verdict()) {
            case LEGACY ->
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.LEGACY_ENCODING_CONVERTED,
                        String.format(
                                java.util.Locale.ROOT,
                                "văn bản dùng bảng mã %s, đã chuyển sang Unicode (độ tin cậy %.2f: %.0f%% từ hợp lệ sau chuyển, %.0f%% trước; %d từ)",
                                d.encoding(),
                                d.confidence(),
                                100 * d.scoreAfter(),
                                100 * d.scoreBefore(),
                                d.candidateWords()));
            case UNSURE ->
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.LEGACY_ENCODING_UNSURE,
                        String.format(
                                java.util.Locale.ROOT,
                                "văn bản có thể dùng bảng mã cũ%s nhưng không chắc chắn (%.0f%% từ hợp lệ); giữ nguyên, hãy kiểm tra bảng mã",
                                d.encoding() == null ? "" : " (" + d.encoding() + "?)",
                                100 * d.scoreBefore()));
            default -> {}
        }
    }

    /**
     * NFC; {@code \r\n}, {@code \r}, form feed, vertical tab, U+2028/2029 to {@code \n}; other control
     * characters and BOMs removed. Nothing else changes: clean UTF-8 NFC text comes out as it went in,
     * so spans the pipeline finds match the file.
     */
    static String clean(String text, List<Diagnostic> diagnostics) {
        // Controls go first, NFC last: a removed control between a letter and a mark would leave them unjoined.
        String nfc = text;
        StringBuilder out = new StringBuilder(nfc.length());
        int removed = 0;
        int n = nfc.length();
        for (int i = 0; i < n; i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && nfc.charAt(i + 1) == '\n') {
                    i++;
                }
                newline(out);
            } else if (c == '\n' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                newline(out);
            } else if (c == '\uFEFF') {
                // byte order mark or zero-width no-break space: nothing to read
            } else if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                removed++;
            } else {
                out.append(c);
            }
        }
        if (removed > 0) {
            Diagnostics.add(
                    diagnostics,
                    Diagnostics.CONTROL_CHARS_REMOVED,
                    "đã bỏ " + removed + " ký tự điều khiển không đọc được");
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static void newline(StringBuilder out) {
        out.append('\n');
    }
}
