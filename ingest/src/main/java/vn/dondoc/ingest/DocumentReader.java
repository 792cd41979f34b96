package vn.dondoc.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * Turns any file an agency has into clean Unicode NFC text for the extraction pipeline: plain
 * text in any Vietnamese encoding (UTF-8/16, Windows-1258, TCVN3, VNI), DOCX, PDF with a text
 * layer, and web pages. The format comes from the bytes, not the extension. What cannot be read
 * raises {@link UnreadableDocumentException} with a one-line Vietnamese reason.
 *
 * <p>Memory: a file is read whole, so files above {@code maxFileBytes} (default 100 MB) are refused
 * before reading; extracted text above {@code maxTextChars} is refused too. Thread-safe and
 * stateless: build once, share. (Creating the first instance sets POI's JVM-wide zip-bomb limits.)
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_TEXT_CHARS = 50_000_000;

    private final long maxFileBytes;
    private final int maxTextChars;

    public DocumentReader() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TEXT_CHARS);
    }

    public DocumentReader(long maxFileBytes, int maxTextChars) {
        if (maxFileBytes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("ingest: limits must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        this.maxTextChars = maxTextChars;
    }

    public ReadResult read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(name, "là thư mục, không phải tệp");
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new UnreadableDocumentException(name, tooLarge(size));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "không tìm thấy tệp", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "không đọc được tệp (" + e.getMessage() + ")", e);
        }
    }

    public ReadResult read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName;
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name, "tệp rỗng");
        }
        if (bytes.length > maxFileBytes) {
            throw new UnreadableDocumentException(name, tooLarge(bytes.length));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceFormat expected = expectedFormat(name);
        FormatSniffer.Sniff sniff = FormatSniffer.sniff(bytes);
        if (sniff.refusal() != null) {
            throw new UnreadableDocumentException(name, refusalReason(name, sniff));
        }
        try {
            SourceFormat format = sniff.format();
            String text;
            switch (format) {
                case PDF -> text = PdfReader.read(bytes, maxTextChars, diagnostics);
                case DOCX -> text = DocxReader.read(bytes, maxTextChars, diagnostics);
                default -> {
                    // Plain text or a web page: both are characters first.
                    String decoded = HtmlReader.looksLikeHtml(TextDecoder.decode(head(bytes), new ArrayList<>()))
                            ? HtmlReader.decode(bytes, diagnostics)
                            : TextDecoder.decode(bytes, diagnostics);
                    if (decoded.length() > maxTextChars) {
                        throw new Refusal(
                                "văn bản quá lớn (hơn " + maxTextChars + " ký tự); hãy tách tệp rồi nhập lại");
                    }
                    if (HtmlReader.looksLikeHtml(decoded)) {
                        format = SourceFormat.HTML;
                        text = HtmlReader.read(decoded, diagnostics);
                    } else {
                        text = decoded;
                    }
                }
            }
            if (expected != null && expected != format) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.EXTENSION_MISMATCH,
                        "tệp có đuôi ." + extension(name) + " nhưng thực chất là " + format + "; đã đọc theo "
                                + format);
            }
            boolean fontsDecided = diagnostics.stream().anyMatch(d -> d.code().startsWith("LEGACY_FONT"));
            if (!fontsDecided) {
                text = TextCleaner.fixLegacyEncoding(text, diagnostics);
            }
            text = TextCleaner.clean(text, diagnostics);
            if (text.isBlank()) {
                throw new Refusal(
                        format == SourceFormat.TEXT
                                ? "tệp chỉ có khoảng trắng, không có chữ"
                                : format + " không chứa chữ nào");
            }
            return new ReadResult(text, format, diagnostics);
        } catch (Refusal r) {
            throw new UnreadableDocumentException(name, r.getMessage(), r.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader library choking on odd input must not take a batch down with it.
            // the library's own words name Java classes: the reader is told what happened, the cause keeps the rest
            throw new UnreadableDocumentException(name, "tệp hỏng hoặc có cấu trúc lạ, không đọc được", e);
        }
    }

    /**
     * Refusals that state a type ("là ảnh PNG, ...") name the extension when it lied:
     * "tệp có đuôi .docx nhưng thực chất là ảnh PNG, ...".
     */
    private static String refusalReason(String name, FormatSniffer.Sniff sniff) {
        String reason = sniff.refusal();
        if (!reason.startsWith("là ")) {
            return reason;
        }
        String ext = extension(name);
        boolean extensionLies =
                ext != null && expectedFormat(name) != null && !sniff.typeName().contains("(." + ext + ")");
        if (extensionLies) {
            return "tệp có đuôi ." + ext + " nhưng thực chất " + reason;
        }
        return reason.startsWith("là tệp ") ? reason.substring(3) : "tệp " + reason;
    }

    private static byte[] head(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n & ~3);
    }

    private String tooLarge(long size) {
        return String.format(
                Locale.ROOT,
                "tệp quá lớn (%.1f MB, giới hạn %d MB); hãy tách tệp rồi nhập lại",
                size / 1048576.0,
                maxFileBytes / 1048576);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1 || name.indexOf('/', dot) >= 0 || name.indexOf('\\', dot) >= 0) {
            return null;
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the extension claims; null when it claims nothing we know. */
    static SourceFormat expectedFormat(String name) {
        String ext = extension(name);
        if (ext == null) {
            return null;
        }
        return switch (ext) {
            case "txt", "text" -> SourceFormat.TEXT;
            case "docx", "docm", "dotx", "doc" -> SourceFormat.DOCX;
            case "pdf" -> SourceFormat.PDF;
            case "html", "htm", "xhtml", "aspx", "php", "jsp" -> SourceFormat.HTML;
            default -> null;
        };
    }
}
