package vn.dondoc.app.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;

/**
 * Search as the person asking may see it. The search engines index each record's units and filter on them
 * ({@link Search#search(SearchRequest, Visibility)}): exact totals, every hit reachable. An engine that cannot
 * (the database fallback) is filtered here on the records' units, with the same SQL predicates as the lists
 * ({@link Visible}): to keep paging and the total right, the engine's best {@link #WINDOW} hits are read in ranked chunks and
 * filtered: the total is the number of visible hits among them, page {@code n} holds the {@code n}-th run of
 * visible hits in rank order, so the total always counts what the pages can show. The window bounds the cost
 * (ten engine calls and ten indexed SQL checks of 100 ids at most): a broad query ("kế hoạch" matches ~19,000
 * records of a generated province) shows a restricted person the visible ones among its 1,000 best, and a
 * narrower query or a filter reaches the rest. Someone who sees everything asks the engine once, as before.
 */
@Component
public class VisibleSearch {
    /** How many of the engine's best hits are filtered for someone who does not see everything. */
    static final int WINDOW = 1_000;

    private static final int CHUNK = 100;

    private final Search search;
    private final Access access;
    private final JdbcClient jdbc;

    VisibleSearch(Search search, Access access, JdbcClient jdbc) {
        this.search = search;
        this.access = access;
        this.jdbc = jdbc;
    }

    public SearchResults search(SearchRequest q) {
        Visibility v = access.visibility();
        if (v.everything()) {
            return search.search(q);
        }
        java.util.Optional<SearchResults> filtered = search.search(q, v);
        if (filtered.isPresent()) {
            return filtered.get();
        }
        long skip = (long) q.page() * q.size();
        long visible = 0;
        List<SearchHit> page = new ArrayList<>();
        for (int chunk = 0; (long) chunk * CHUNK < WINDOW; chunk++) {
            SearchResults r = search.search(new SearchRequest(
                    q.query(),
                    q.kinds(),
                    q.type(),
                    q.issuer(),
                    q.status(),
                    q.unit(),
                    q.year(),
                    q.from(),
                    q.to(),
                    chunk,
                    CHUNK));
            if (r.hits().isEmpty()) {
                break;
            }
            for (SearchHit h : readable(r.hits(), v)) {
                if (visible >= skip && page.size() < q.size()) {
                    page.add(h);
                }
                visible++;
            }
            if ((long) (chunk + 1) * CHUNK >= r.total()) {
                break;
            }
        }
        return new SearchResults(page, visible);
    }

    /** The hits the person may read, in their order. */
    List<SearchHit> readable(List<SearchHit> hits, Visibility v) {
        Map<RecordKind, List<Long>> byKind = new EnumMap<>(RecordKind.class);
        for (SearchHit h : hits) {
            byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h.id());
        }
        Map<RecordKind, Set<Long>> ok = new EnumMap<>(RecordKind.class);
        byKind.forEach((kind, ids) -> ok.put(kind, visibleIds(kind, ids, v)));
        return hits.stream().filter(h -> ok.get(h.kind()).contains(h.id())).toList();
    }

    private Set<Long> visibleIds(RecordKind kind, List<Long> ids, Visibility v) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        String sql = switch (kind) {
            case DOCUMENT ->
                "SELECT d.id FROM documents d WHERE d.id IN (:ids) AND d.deleted_at IS NULL AND ("
                        + Visible.documents(v, "d.id", "d.issuer_unit_id", params) + ")";
            case TASK ->
                "SELECT t.id FROM tasks t WHERE t.id IN (:ids) AND t.deleted_at IS NULL AND ("
                        + Visible.tasks(v, "t.id", params) + ")";
            case EVENT ->
                "SELECT e.id FROM calendar_events e WHERE e.id IN (:ids) AND e.deleted_at IS NULL AND ("
                        + Visible.events(v, "e.id", params) + ")";
            case TARGET ->
                "SELECT t.id FROM targets t WHERE t.id IN (:ids) AND t.deleted_at IS NULL AND ("
                        + Visible.withDocument(v, "t.document_id", params) + ")";
            case RESULT ->
                "SELECT r.id FROM results r WHERE r.id IN (:ids) AND r.deleted_at IS NULL AND ("
                        + Visible.results(v, "r.reporting_unit_id", "r.document_id", params) + ")";
        };
        return new HashSet<>(jdbc.sql(sql).params(params).query(Long.class).list());
    }
}
