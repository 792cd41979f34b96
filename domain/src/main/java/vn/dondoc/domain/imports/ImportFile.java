package vn.dondoc.domain.imports;

import java.time.Instant;

/**
 * One file of an import batch and where it is. {@code errorCode} is a message key suffix
 * ("empty", "binary", ...), {@code errorDetail} what to show with it (may be null); {@code attempts}
 * how many times a worker took the file up (a crash or an error puts it back, up to a limit).
 */
public record ImportFile(
        Long id,
        long batchId,
        String fileName,
        long size,
        String contentHash,
        ImportStatus status,
        String errorCode,
        String errorDetail,
        Long documentId,
        String text,
        Instant updatedAt,
        int attempts) {}
