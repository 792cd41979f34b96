package vn.dondoc.domain.document;

import java.time.LocalDate;
import vn.dondoc.domain.access.Visibility;

/** Filters of the document list; null fields do not filter; {@code visible}: what the person asking may read. */
public record DocumentFilter(
        String type, String number, String issuer, LocalDate from, LocalDate to, Visibility visible) {
    public DocumentFilter {
        visible = visible == null ? Visibility.EVERYTHING : visible;
    }

    public DocumentFilter(String type, String number, String issuer, LocalDate from, LocalDate to) {
        this(type, number, issuer, from, to, Visibility.EVERYTHING);
    }

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null);
    }

    public DocumentFilter visibleTo(Visibility v) {
        return new DocumentFilter(type, number, issuer, from, to, v);
    }
}
