package vn.dondoc.domain.followup;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;

/**
 * What a progress report may carry: at most {@code maxFiles} files of at most {@code maxBytes} each, of the kinds an
 * agency exchanges (PDF, Word, Excel, OpenDocument, images, plain text). The kind is read from the bytes; the name
 * the sender gave is cleaned (no path, no control or reserved characters, no leading dot, at most 150 characters)
 * and its extension must agree with the bytes, so a download never turns into a page or a program.
 */
public final class AttachmentCheck {
    public static final String FALLBACK_NAME = "tep-dinh-kem";
    private static final int MAX_NAME = 150;

    /** A file fit to keep: cleaned name, sniffed type, the bytes. */
    public record Accepted(String fileName, String contentType, byte[] bytes) {}

    private final long maxBytes;
    private final int maxFiles;

    public AttachmentCheck(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Every file accepted, or every reason why not (field {@code files}). */
    public Outcome<List<Accepted>> check(List<Upload> uploads) {
        List<Rejection> problems = new ArrayList<>();
        List<Accepted> out = new ArrayList<>();
        if (uploads.size() > maxFiles) {
            problems.add(Rejection.of("attachment.tooMany", "files", uploads.size(), maxFiles));
        }
        for (Upload u : uploads) {
            String name = cleanName(u.name());
            byte[] bytes = u.bytes() == null ? new byte[0] : u.bytes();
            if (bytes.length == 0) {
                problems.add(Rejection.of("attachment.empty", "files", name));
                continue;
            }
            if (bytes.length > maxBytes) {
                problems.add(Rejection.of("attachment.tooLarge", "files", name, maxBytes / (1024 * 1024)));
                continue;
            }
            Kind kind = sniff(bytes, extension(name));
            if (kind == null) {
                problems.add(Rejection.of("attachment.kind", "files", name));
                continue;
            }
            // "bao-cao.html" that is a PDF is kept as "bao-cao.html.pdf": the name never promises another kind
            String kept = extension(name).equals(kind.extension()) ? name : cleanName(name + "." + kind.extension());
            out.add(new Accepted(kept, kind.contentType(), bytes));
        }
        return problems.isEmpty() ? Outcome.ok(List.copyOf(out)) : Outcome.rejected(problems);
    }

    /**
     * The name without any directory, control character, character reserved on Windows or in a header
     * ({@code <>:"/\|?*;}), leading dots or spaces; NFC; shortened to 150 characters keeping the extension.
     */
    public static String cleanName(String raw) {
        if (raw == null) {
            return FALLBACK_NAME;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)
                    || "<>:\"/\\|?*;".indexOf(c) >= 0
                    || Character.getType(c) == Character.FORMAT) {
                b.append('_');
            } else if (Character.isWhitespace(c)) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        s = b.toString().replaceAll(" +", " ").strip().replaceAll("^[. _]+", "").replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            return FALLBACK_NAME;
        }
        if (s.length() > MAX_NAME) {
            String ext = extension(s);
            String keep = ext.isEmpty() || ext.length() > 10 ? "" : "." + ext;
            s = s.substring(0, MAX_NAME - keep.length()).strip() + keep;
        }
        return s;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A kept kind: its content type and the extension a file of it must end with. */
    record Kind(String contentType, String extension) {}

    /**
     * The kind the bytes are, when it is one we keep, else null. The name's extension only tells apart kinds that
     * share their first bytes (the ZIP-based and the old Office formats; text and CSV).
     */
    static Kind sniff(byte[] b, String ext) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return new Kind("application/pdf", "pdf");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Kind("image/png", "png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return new Kind("image/jpeg", ext.equals("jpeg") ? "jpeg" : "jpg");
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) { // a ZIP: the Office Open XML and OpenDocument formats
            return switch (ext) {
                case "docx" -> new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext);
                case "xlsx" -> new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext);
                case "pptx" ->
                    new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ext);
                case "odt" -> new Kind("application/vnd.oasis.opendocument.text", ext);
                case "ods" -> new Kind("application/vnd.oasis.opendocument.spreadsheet", ext);
                default -> new Kind("application/zip", "zip");
            };
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) { // the old Office formats
            return switch (ext) {
                case "doc" -> new Kind("application/msword", ext);
                case "xls" -> new Kind("application/vnd.ms-excel", ext);
                case "ppt" -> new Kind("application/vnd.ms-powerpoint", ext);
                default -> null;
            };
        }
        if (plainText(b)) {
            return ext.equals("csv")
                    ? new Kind("text/csv;charset=UTF-8", "csv")
                    : new Kind("text/plain;charset=UTF-8", "txt");
        }
        return null;
    }

    private static boolean starts(byte[] b, int... magic) {
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

    /** UTF-8 without NUL, and nothing a browser would take for markup. */
    private static boolean plainText(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
            String head =
                    s.substring(0, Math.min(s.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
            return s.indexOf('\0') < 0 && !head.startsWith("<");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
