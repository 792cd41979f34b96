package vn.dondoc.domain.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A query (words, with or without accents) and filters; null filters do not filter.
 *
 * @param kinds  what to look for; empty = every kind
 * @param type   document type code (of the document, or of the document a record was taken from)
 * @param issuer issuing body of that document, as written
 * @param status a task's status ({@code IN_PROGRESS} ...)
 * @param unit   a unit named on the record: lead, cooperating or preparing unit, reporting unit
 * @param year   year of the document (a record without one: of its own date)
 */
public record SearchRequest(
        String query,
        Set<RecordKind> kinds,
        String type,
        String issuer,
        String status,
        String unit,
        Integer year,
        LocalDate from,
        LocalDate to,
        int page,
        int size) {
    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    /** Every kind, filtered by document type, issuer and dates only. */
    public SearchRequest(String query, String type, String issuer, LocalDate from, LocalDate to, int page, int size) {
        this(query, Set.of(), type, issuer, null, null, null, from, to, page, size);
    }
}
