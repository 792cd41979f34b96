package vn.dondoc.domain.search;

import java.time.LocalDate;

/** A query (words, with or without accents) and filters; null filters do not filter. */
public record SearchRequest(String query, String type, String issuer, LocalDate from, LocalDate to, int page, int size) {
    public SearchRequest {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
