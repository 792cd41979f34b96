package vn.dondoc.domain.search;

import java.time.LocalDate;

/** One found document, with a short passage of its text around the words found. */
public record SearchHit(long documentId, String number, String type, String title, LocalDate issuedOn, double score,
                        String snippet) {
}
