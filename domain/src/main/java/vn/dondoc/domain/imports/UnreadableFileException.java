package vn.dondoc.domain.imports;

/**
 * A file cannot be read as a document. {@code code} picks the message (import.error.&lt;code&gt;),
 * {@code detail} says more. Caught per file: the rest of the batch goes on.
 */
public final class UnreadableFileException extends Exception {
    private final String code;
    private final String detail;

    public UnreadableFileException(String code, String detail) {
        super(code + (detail == null ? "" : ": " + detail));
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
