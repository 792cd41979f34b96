package vn.dondoc.ingest;

/**
 * The file cannot become text. The message is one line, "file name: reason", where the reason is
 * Vietnamese and says what is wrong and what to do ("PDF có mật khẩu; hãy gỡ mật khẩu rồi nhập lại").
 */
public class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public UnreadableDocumentException(String fileName, String reason) {
        this(fileName, reason, null);
    }

    public UnreadableDocumentException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
