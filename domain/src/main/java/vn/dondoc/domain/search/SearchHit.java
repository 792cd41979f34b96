package vn.dondoc.domain.search;

import java.time.LocalDate;

/**
 * One found item, with a short passage around the words found: escaped HTML, matches in {@code <mark>}.
 *
 * @param documentId the document itself, or the one the record was taken from (null for a record entered by hand)
 * @param number     the document's number (documents only)
 * @param date       issue date of a document, deadline of a task, day of an agenda item
 */
public record SearchHit(
        RecordKind kind,
        long id,
        Long documentId,
        String number,
        String type,
        String title,
        LocalDate date,
        double score,
        String snippet) {}
