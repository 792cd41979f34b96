package vn.dondoc.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the user asked for. The text is free text, never query syntax: quotes, parentheses, AND/OR
 * are treated as ordinary characters, so no input can make the search fail.
 *
 * @param text   free text; blank means "everything that passes the filters", newest first
 * @param kinds  empty = all kinds
 * @param page   0-based page number
 * @param size   hits per page (1..100)
 * @param facets whether to count hits per type and year
 * @param readers who asks, for an engine-side filter on {@link SearchDoc#readers}; null = no restriction
 */
public record SearchQuery(
        String text,
        Set<Kind> kinds,
        String typeCode,
        String issuer,
        Integer year,
        String status,
        String unit,
        LocalDate dateFrom,
        LocalDate dateTo,
        int page,
        int size,
        boolean facets,
        Readers readers) {

    /**
     * What a restricted reader may see, filtered inside the engine so totals, facets and deep hits are exact:
     * the items of these units ({@link SearchDoc#readers} naming one of them) and, with {@code agency}, the
     * agency's own items (naming none). {@code new Readers(false, Set.of())} sees nothing.
     */
    public record Readers(boolean agency, Set<Long> units) {
        public Readers {
            units = units == null ? Set.of() : Set.copyOf(units);
        }
    }

    public static final int MAX_SIZE = 100;
    /** Deep paging is not a use case here; cap it so a crafted page number cannot cost much. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        if (((long) page + 1) * size > MAX_WINDOW) page = MAX_WINDOW / size - 1;
    }

    public static SearchQuery of(String text) {
        return builder().text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String text = "", typeCode, issuer, status, unit;
        private Set<Kind> kinds = Set.of();
        private Integer year;
        private LocalDate dateFrom, dateTo;
        private int page = 0, size = 10;
        private boolean facets = false;
        private Readers readers;

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder kinds(Kind... v) {
            kinds = Set.of(v);
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

        public Builder unit(String v) {
            unit = v;
            return this;
        }

        public Builder dateFrom(LocalDate v) {
            dateFrom = v;
            return this;
        }

        public Builder dateTo(LocalDate v) {
            dateTo = v;
            return this;
        }

        public Builder page(int v) {
            page = v;
            return this;
        }

        public Builder size(int v) {
            size = v;
            return this;
        }

        public Builder facets(boolean v) {
            facets = v;
            return this;
        }
        /** Only what these readers may see (null: everything). */
        public Builder readers(Readers v) {
            readers = v;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(
                    text, kinds, typeCode, issuer, year, status, unit, dateFrom, dateTo, page, size, facets, readers);
        }
    }
}
