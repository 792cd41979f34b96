package vn.dondoc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file is from its bytes: magic numbers first, then a look inside containers (zip:
 * which Office part; OLE2: old Word or an encrypted OOXML), then text-or-binary.
 */
final class FormatSniffer {

    /** The verdict: a readable format, or a refusal; {@code typeName} names the real type for messages. */
    record Sniff(SourceFormat format, String typeName, String refusal) {
        static Sniff readable(SourceFormat format, String typeName) {
            return new Sniff(format, typeName, null);
        }

        static Sniff refused(String typeName, String refusal) {
            return new Sniff(null, typeName, refusal);
        }
    }

    /** Sum of declared uncompressed sizes above which a zip is refused before POI opens it. */
    static final long MAX_DECLARED_UNZIPPED = 1L << 30;

    private FormatSniffer() {}

    static Sniff sniff(byte[] b) {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Sniff.readable(SourceFormat.PDF, "PDF");
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return zip(b);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(b);
        }
        String image = imageType(b);
        if (image != null) {
            return Sniff.refused(
                    "ảnh " + image, "là ảnh " + image + ", không phải văn bản; cần OCR (nhận dạng chữ) trước khi nhập");
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return Sniff.refused("RTF", "tệp RTF chưa được hỗ trợ; hãy mở bằng Word, lưu thành .docx rồi nhập lại");
        }
        String archive = archiveType(b);
        if (archive != null) {
            return Sniff.refused("tệp nén " + archive, "là tệp nén " + archive + "; hãy giải nén rồi nhập từng tệp");
        }
        if (isBinary(b)) {
            return Sniff.refused("tệp nhị phân", "là tệp nhị phân, không phải văn bản");
        }
        return Sniff.readable(SourceFormat.TEXT, "văn bản thuần");
    }

    /** Binary: NUL bytes or many control bytes, unless the bytes are UTF-16/32 text. */
    static boolean isBinary(byte[] b) {
        int[] bom = new int[1];
        if (TextDecoder.bomCharset(b, bom) != null || TextDecoder.utf16ByPattern(b) != null) {
            return false;
        }
        int n = Math.min(b.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A && c != 0x1B) {
                control++;
            }
        }
        return control > 4 + n / 20;
    }

    private static Sniff zip(byte[] b) {
        List<String> names = new ArrayList<>();
        long declared = centralDirectory(b, names);
        if (declared < 0) {
            // No readable central directory (truncated download?): POI reads local headers and may cope.
            if (indexOf(b, "word/".getBytes(StandardCharsets.US_ASCII), b.length) >= 0) {
                return Sniff.readable(SourceFormat.DOCX, "DOCX");
            }
            return Sniff.refused("tệp zip", "tệp zip bị hỏng, không đọc được");
        }
        boolean word = names.stream().anyMatch(n -> n.startsWith("word/") && n.endsWith(".xml"));
        if (word) {
            if (declared > MAX_DECLARED_UNZIPPED) {
                return Sniff.refused("DOCX", "DOCX bị hỏng hoặc là zip bomb (giải nén ra hơn 1 GB); không đọc");
            }
            return Sniff.readable(SourceFormat.DOCX, "DOCX");
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Sniff.refused(
                    "bảng tính Excel (.xlsx)",
                    "là bảng tính Excel (.xlsx), chưa được hỗ trợ; hãy chép nội dung sang .docx");
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Sniff.refused(
                    "bản trình chiếu PowerPoint (.pptx)", "là bản trình chiếu PowerPoint (.pptx), chưa được hỗ trợ");
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            return Sniff.refused(
                    "tài liệu OpenDocument (.odt)",
                    "là tài liệu OpenDocument (.odt), chưa được hỗ trợ; hãy lưu thành .docx rồi nhập lại");
        }
        return Sniff.refused("tệp nén zip", "là tệp nén zip; hãy giải nén rồi nhập từng tệp");
    }

    /** Reads entry names from the zip's central directory; returns the declared unzipped total or -1. */
    static long centralDirectory(byte[] b, List<String> names) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return -1;
        }
        int count = le16(b, eocd + 10);
        long offset = le32(b, eocd + 16);
        long total = 0;
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int k = 0; k < count; k++) {
            if (p < 0 || p + 46 > b.length || le32(b, p) != 0x02014b50L) {
                return -1;
            }
            long size = le32(b, p + 24);
            int nameLength = le16(b, p + 28);
            int extra = le16(b, p + 30);
            int comment = le16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return -1;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            total += size == 0xFFFFFFFFL ? Long.MAX_VALUE / 4 : size; // Zip64: size elsewhere, assume huge
            p += 46 + nameLength + extra + comment;
        }
        return total;
    }

    private static Sniff ole2(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return Sniff.refused(
                        "tệp Office có mật khẩu", "tệp Office (DOCX) có mật khẩu; hãy gỡ mật khẩu rồi nhập lại");
            }
            if (root.hasEntry("WordDocument")) {
                return Sniff.refused(
                        "tệp Word 97-2003 (.doc)",
                        "là tệp Word 97-2003 (.doc), chưa được hỗ trợ; hãy mở bằng Word, lưu thành .docx rồi nhập lại");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Sniff.refused(
                        "bảng tính Excel 97-2003 (.xls)", "là bảng tính Excel 97-2003 (.xls), chưa được hỗ trợ");
            }
        } catch (IOException | RuntimeException e) {
            return Sniff.refused("tệp Office cũ", "tệp Office cũ (OLE2) bị hỏng, không đọc được");
        }
        return Sniff.refused(
                "tệp Office cũ", "là tệp Office cũ (OLE2), chưa được hỗ trợ; hãy lưu thành .docx rồi nhập lại");
    }

    private static String imageType(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return "TIFF";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')
                && b.length >= 12
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "WebP";
        }
        if (startsWith(b, 'B', 'M') && b.length > 26 && isBinary(b)) {
            return "BMP";
        }
        return null;
    }

    private static String archiveType(byte[] b) {
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7z";
        }
        if (startsWith(b, 'R', 'a', 'r', '!')) {
            return "RAR";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int end = Math.min(b.length - needle.length, within);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int le16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int p) {
        return (le16(b, p) | (long) le16(b, p + 2) << 16) & 0xFFFFFFFFL;
    }
}
