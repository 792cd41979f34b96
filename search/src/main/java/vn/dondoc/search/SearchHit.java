package vn.dondoc.search;

import java.time.LocalDate;

/**
 * One hit. {@code snippet} is HTML: the text is escaped and matched words are wrapped in
 * {@code <mark>}; it is safe to insert as is. {@code parent} is the item's {@link SearchDoc#parent()} (may be null).
 */
public record SearchHit(
        String id,
        Kind kind,
        String title,
        String docNumber,
        String typeCode,
        Integer year,
        LocalDate date,
        float score,
        String snippet,
        String parent) {}
