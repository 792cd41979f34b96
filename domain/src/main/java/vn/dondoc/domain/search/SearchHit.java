package vn.dondoc.domain.search;

import java.time.LocalDate;

/** One found document, with a short passage around the words found: escaped HTML, matches in {@code <mark>}. */
public record SearchHit(long documentId, String number, String type, String title, LocalDate issuedOn, double score,
                        String snippet) {
}
