package vn.dondoc.domain.document;

import java.time.LocalDate;

/** Filters of the document list; null fields do not filter. */
public record DocumentFilter(String type, String number, String issuer, LocalDate from, LocalDate to) {
    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null);
    }
}
