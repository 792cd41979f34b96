package vn.dondoc.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits.
 *
 * @param total        number of matching items (exact when {@code totalExact})
 * @param typeCounts   hits per type code (only when facets were asked for), most frequent first
 * @param yearCounts   hits per year (only when facets were asked for), newest first
 * @param tookMillis   time spent in the engine
 */
public record SearchResults(
        long total,
        boolean totalExact,
        List<SearchHit> hits,
        Map<String, Long> typeCounts,
        Map<Integer, Long> yearCounts,
        long tookMillis) {

    public SearchResults {
        hits = List.copyOf(hits);
        typeCounts = typeCounts == null ? Map.of() : typeCounts;
        yearCounts = yearCounts == null ? Map.of() : yearCounts;
    }

    public static SearchResults empty() {
        return new SearchResults(0, true, List.of(), Map.of(), Map.of(), 0);
    }
}
