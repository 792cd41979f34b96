package vn.dondoc.domain.document;

import java.time.LocalDate;

/**
 * One edge of the citation graph: {@code documentId} cites {@code citedNumber}. While the cited
 * document is not stored, {@code citedDocumentId} is null; it is filled when that document arrives.
 */
public record DocumentReference(
        Long id,
        long documentId,
        String citedNumber,
        String citedType,
        LocalDate citedDate,
        String citedIssuer,
        Long citedDocumentId,
        int spanStart,
        int spanEnd) {}
