package vn.dondoc.domain.followup;

import java.time.Instant;

/**
 * A file carried by a progress report (its bytes are kept apart, read only to serve a download): the name as
 * cleaned on arrival, the content type sniffed from the bytes, never taken from the sender.
 */
public record Attachment(
        Long id,
        long taskId,
        long reportId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant addedAt) {}
