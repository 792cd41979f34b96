package vn.dondoc.domain.imports;

import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: import batches and files. All state lives in the store, so any instance can continue the work. */
public interface ImportJobs {
    /** A batch of the agency as a whole (the command line, the demo, an administrator): see {@link #batchVisible}. */
    default long createBatch(String label, boolean autoConfirm) {
        return createBatch(label, autoConfirm, java.util.Set.of());
    }

    /** A batch that belongs to these units (those of its uploader's grants). */
    long createBatch(String label, boolean autoConfirm, java.util.Set<Long> ownerUnits);

    Optional<ImportBatch> batch(long id);

    /**
     * The batches this person may read, newest first: those of a unit within their visibility; a batch of no
     * unit only when they see everything (its files may hold any unit's documents before review).
     */
    Page<ImportBatch> batches(PageRequest page, vn.dondoc.domain.access.Visibility visible);

    /** Whether this person may read the batch (and its files and their proposals), by the rule of {@link #batches}. */
    boolean batchVisible(long batchId, vn.dondoc.domain.access.Visibility visible);

    ImportFile addFile(
            long batchId,
            String fileName,
            byte[] bytes,
            String hash,
            ImportStatus status,
            String errorCode,
            String errorDetail,
            Long documentId);

    /**
     * Atomically takes one QUEUED file: sets PROCESSING, counts the attempt and leases the file to this
     * instance for a while; empty when there is none.
     */
    Optional<ImportFile> claimNext();

    /**
     * Keeps the lease of a claimed file alive while it is being read (a large file may take longer than
     * one lease); closing stops renewing. An instance killed meanwhile stops renewing too, so its file
     * comes back to the queue once the lease runs out ({@link #requeueExpired}).
     */
    Lease hold(long fileId);

    /** A held file's lease; {@link #close} stops renewing it. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    Optional<ImportFile> find(long fileId);

    /**
     * Files whose holder stopped without finishing them (lease run out: killed, crashed, power cut): queued
     * again, noted as interrupted; given up (FAILED) once taken up {@code maxAttempts} times; dropped when a
     * later batch took the same content over. Returns how many files changed.
     */
    int requeueExpired(int maxAttempts);

    /**
     * A later batch ({@code byBatch}) imports the same content as this unfinished file of an earlier one:
     * the old file is dropped with a note, if it is still queued or its holder's lease ran out. False when
     * a live worker holds it.
     */
    boolean takeOver(long fileId, long byBatch);

    /** How many unfinished files of earlier batches this batch took over. */
    int takenOverBy(long batchId);

    /** Back to the queue after an error that another attempt may not repeat, with the error as a note. */
    void retryLater(long fileId, String errorCode, String errorDetail);

    /** A person asks for a failed file to be read again: queued, with its attempts counted from zero. */
    boolean retry(long fileId);

    /** Failed files of every batch, newest first (the import page lists them with "retry" and "drop"). */
    List<ImportFile> failed(int limit, vn.dondoc.domain.access.Visibility visible);

    Optional<byte[]> bytes(long fileId);

    List<ImportFile> files(long batchId);

    /** A file with this hash that is queued, being read, awaiting review or confirmed. */
    Optional<ImportFile> findLiveByHash(String hash);

    /** Read and waiting for review: the text, and what the reader noticed while reading it. */
    void markReady(long fileId, String text, List<vn.dondoc.textcore.model.Diagnostic> readerNotes);

    /** What the reader noticed about a file it read (empty when nothing, or not read yet). */
    List<vn.dondoc.textcore.model.Diagnostic> readerNotes(long fileId);

    void markFailed(long fileId, String errorCode, String errorDetail);

    void markDuplicate(long fileId, Long documentId, String errorDetail);

    void markConfirmed(long fileId, long documentId);

    void markDropped(long fileId);

    /** Attaches a note (code and detail) to a file without changing its state. */
    void note(long fileId, String code, String detail);
}
