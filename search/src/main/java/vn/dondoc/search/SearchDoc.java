package vn.dondoc.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One searchable item: a document or a record (task, target, calendar event ...).
 * Only {@code id} and {@code kind} are required; everything else may be null or empty.
 *
 * @param id           unique across kinds, e.g. "document:12", "task:7"
 * @param docNumber    số, ký hiệu such as "42-CT/TU" or "23/2021/QĐ-TTg" (optional)
 * @param typeCode     DocumentType code, e.g. "CHI_THI" (optional)
 * @param year         year of issue or of the record; null when unknown
 * @param units        org units concerned (issuer, lead, cooperating ...)
 * @param parent       id of the item this one was taken from (a task's document, "document:12"); returned with hits
 * @param readers      ids of the org units the item belongs to for reading (a task: its lead and cooperating
 *                     units; a document: its issuer and the units its tasks name ...); empty = the agency's own,
 *                     read by every reader (see {@link SearchQuery.Readers})
 */
public record SearchDoc(
        String id,
        Kind kind,
        String title,
        String body,
        String docNumber,
        String typeCode,
        String issuer,
        Integer year,
        String status,
        List<String> units,
        LocalDate date,
        String parent,
        java.util.Set<Long> readers) {

    public SearchDoc {
        Objects.requireNonNull(id, "SearchDoc.id");
        if (id.isBlank()) throw new IllegalArgumentException("SearchDoc.id must not be blank");
        Objects.requireNonNull(kind, "SearchDoc.kind");
        units = units == null ? List.of() : List.copyOf(units);
        readers = readers == null ? java.util.Set.of() : java.util.Set.copyOf(readers);
        if (year == null && date != null) year = date.getYear();
    }

    public static Builder builder(String id, Kind kind) {
        return new Builder(id, kind);
    }

    /** Fluent construction, since most items fill only a few fields. */
    public static final class Builder {
        private final String id;
        private final Kind kind;
        private String title, body, docNumber, typeCode, issuer, status, parent;
        private Integer year;
        private List<String> units = List.of();
        private LocalDate date;
        private java.util.Set<Long> readers = java.util.Set.of();

        private Builder(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder body(String v) {
            body = v;
            return this;
        }

        public Builder docNumber(String v) {
            docNumber = v;
            return this;
        }

        public Builder typeCode(String v) {
            typeCode = v;
            return this;
        }

        public Builder issuer(String v) {
            issuer = v;
            return this;
        }

        public Builder year(Integer v) {
            year = v;
            return this;
        }

        public Builder status(String v) {
            status = v;
            return this;
        }

        public Builder units(List<String> v) {
            units = v;
            return this;
        }

        public Builder units(String... v) {
            units = List.of(v);
            return this;
        }

        public Builder date(LocalDate v) {
            date = v;
            return this;
        }

        public Builder parent(String v) {
            parent = v;
            return this;
        }

        public Builder readers(java.util.Collection<Long> v) {
            readers = v == null ? java.util.Set.of() : java.util.Set.copyOf(v);
            return this;
        }

        public Builder readers(Long... v) {
            readers = java.util.Set.copyOf(List.of(v));
            return this;
        }

        public SearchDoc build() {
            return new SearchDoc(
                    id, kind, title, body, docNumber, typeCode, issuer, year, status, units, date, parent, readers);
        }
    }
}
