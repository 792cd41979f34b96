package vn.dondoc.domain.imports;

import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: import batches and files. All state lives in the store, so any instance can continue the work. */
public interface ImportJobs {
    long createBatch(String label, boolean autoConfirm);

    Optional<ImportBatch> batch(long id);

    Page<ImportBatch> batches(PageRequest page);

    ImportFile addFile(long batchId, String fileName, byte[] bytes, String hash, ImportStatus status, String errorCode,
                       String errorDetail, Long documentId);

    /** Atomically takes one QUEUED file (sets PROCESSING); empty when there is none. */
    Optional<ImportFile> claimNext();

    Optional<ImportFile> find(long fileId);

    /** Puts files back in the queue that an instance took but did not finish (it stopped or crashed). */
    int requeueStale(java.time.Duration olderThan);

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
