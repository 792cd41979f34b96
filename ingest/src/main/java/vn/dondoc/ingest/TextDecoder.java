package vn.dondoc.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * Bytes of a plain-text file to a Java string: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or
 * zero-byte pattern), UTF-32 with BOM, and for bytes that are not UTF-8 either Windows-1258 or
 * Windows-1252 (the latter when the bytes are TCVN3/VNI, which {@link TextCleaner#fixLegacyEncoding}
 * then converts). The result is not yet NFC.
 */
final class TextDecoder {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {}

    /** The charset the bytes announce by a byte order mark, or null. Sets {@code bomLength[0]}. */
    static Charset bomCharset(byte[] b, int[] bomLength) {
        if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
            bomLength[0] = 4;
            return UTF_32LE;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
            bomLength[0] = 4;
            return UTF_32BE;
        }
        if (b.length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
            bomLength[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
            bomLength[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
            bomLength[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        bomLength[0] = 0;
        return null;
    }

    /**
     * UTF-16 without BOM: one byte of each pair is the high byte, which in Vietnamese text is almost
     * always 0x00 (ASCII, Latin-1), 0x01 (ă đ ĩ ũ ơ ư) or 0x1E (toned letters), while the other byte
     * varies. Returns the charset or null.
     */
    static Charset utf16ByPattern(byte[] b) {
        int n = Math.min(b.length, 64 * 1024) & ~1;
        if (n < 4) {
            return null;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            int even = u(b[i]);
            int odd = u(b[i + 1]);
            if (even == 0 || even == 0x01 || even == 0x1E || even == 0x20) {
                evenHigh++;
            }
            if (odd == 0 || odd == 0x01 || odd == 0x1E || odd == 0x20) {
                oddHigh++;
            }
            evenZero += even == 0 ? 1 : 0;
            oddZero += odd == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Mostly ASCII in UTF-16: at least 30% zero high bytes, almost no zero low bytes.
        if (oddHigh > 0.9 * pairs && oddZero > 0.3 * pairs && evenZero < 0.05 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenHigh > 0.9 * pairs && evenZero > 0.3 * pairs && oddZero < 0.05 * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes bytes known to be text (not binary). */
    static String decode(byte[] b, List<Diagnostic> diagnostics) {
        int[] bom = new int[1];
        Charset charset = bomCharset(b, bom);
        if (charset == null) {
            charset = utf16ByPattern(b);
            if (charset != null) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.TEXT_ENCODING,
                        "tệp văn bản mã " + charset.name() + " không có BOM; đã nhận ra theo cấu trúc byte");
            }
        }
        if (charset != null) {
            return decodeReplacing(b, bom[0], charset, diagnostics);
        }
        Utf8Stats stats = utf8Stats(b);
        if (stats.invalid == 0) {
            return new String(b, StandardCharsets.UTF_8);
        }
        // A few bad bytes among many good UTF-8 sequences: a damaged UTF-8 file, not another encoding.
        if (stats.validMultiByte >= 20 * stats.invalid) {
            return decodeReplacing(b, 0, StandardCharsets.UTF_8, diagnostics);
        }
        // Not UTF-8: Windows-1258, or TCVN3/VNI bytes (read as Windows-1252, converted later).
        String cp1258 = new String(b, WINDOWS_1258);
        String cp1252 = new String(b, WINDOWS_1252);
        LegacyEncodingDetector.Detection legacy = TextCleaner.detector().detect(cp1252);
        LegacyEncodingDetector.Detection asIs =
                TextCleaner.detector().detect(java.text.Normalizer.normalize(cp1258, java.text.Normalizer.Form.NFC));
        if (legacy.verdict() == LegacyEncodingDetector.Verdict.LEGACY && legacy.scoreAfter() > asIs.scoreBefore()) {
            return cp1252;
        }
        Diagnostics.add(
                diagnostics,
                Diagnostics.TEXT_ENCODING,
                "tệp văn bản không phải UTF-8; đã đọc theo bảng mã Windows-1258");
        return cp1258;
    }

    private static String decodeReplacing(byte[] b, int offset, Charset charset, List<Diagnostic> diagnostics) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            String text = new String(b, offset, b.length - offset, charset);
            long bad = text.chars().filter(c -> c == 0xFFFD).count();
            Diagnostics.add(
                    diagnostics,
                    Diagnostics.INVALID_BYTES,
                    "tệp " + charset.name() + " có " + bad + " chỗ byte không hợp lệ, đã thay bằng ký tự �");
            return text;
        }
    }

    private record Utf8Stats(int validMultiByte, int invalid) {}

    private static Utf8Stats utf8Stats(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = u(b[i]);
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                invalid++;
                i++;
                continue;
            }
            if (i + need >= b.length) { // truncated sequence at the end
                invalid++;
                i++;
                continue;
            }
            int cp = c & (0x3F >> need);
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int cc = u(b[i + k]);
                if ((cc & 0xC0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Stats(valid, invalid);
    }

    static int u(byte b) {
        return b & 0xFF;
    }
}
