package vn.dondoc.ingest;

/** A format reader's "cannot read this", before the file name is known to be attached. */
final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
        super(reason, null, false, false);
    }

    Refusal(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
