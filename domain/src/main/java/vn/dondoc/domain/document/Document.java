package vn.dondoc.domain.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document: metadata, normalized text, the name of its original file and the SHA-256 of
 * the original bytes (how a second import of the same file is recognised). The original bytes are
 * kept in the store but not carried here, so lists stay light.
 */
public record Document(
        Long id,
        String number,
        String type,
        String title,
        String issuer,
        Long issuerUnitId,
        LocalDate issuedOn,
        String place,
        String sourceName,
        String contentHash,
        String text,
        Long importFileId,
        Instant createdAt) {}
