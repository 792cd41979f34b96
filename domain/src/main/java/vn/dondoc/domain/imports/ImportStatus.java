package vn.dondoc.domain.imports;

/**
 * Life of one imported file. QUEUED → PROCESSING → READY (awaiting review) → CONFIRMED | DROPPED;
 * or DUPLICATE (same SHA-256 as a stored or pending file) or FAILED (with a reason).
 */
public enum ImportStatus {
    QUEUED,
    PROCESSING,
    READY,
    CONFIRMED,
    DUPLICATE,
    FAILED,
    DROPPED;

    public boolean finished() {
        return this != QUEUED && this != PROCESSING;
    }
}
