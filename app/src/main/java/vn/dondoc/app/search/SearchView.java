package vn.dondoc.app.search;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchResults;

/** Search results as the API and the pages show them: each hit with the page that opens it. */
public record SearchView(List<Hit> hits, long total) {

    /**
     * @param documentId the document, or the one the record was taken from
     * @param link       the page showing the hit: a document, a task, the agenda of the event's day
     */
    public record Hit(
            RecordKind kind,
            long id,
            Long documentId,
            String number,
            String type,
            String title,
            LocalDate date,
            double score,
            String snippet,
            String link) {}

    public static SearchView of(SearchResults r) {
        return new SearchView(
                r.hits().stream()
                        .map(h -> new Hit(
                                h.kind(),
                                h.id(),
                                h.documentId(),
                                h.number(),
                                h.type(),
                                h.title(),
                                h.date(),
                                h.score(),
                                h.snippet(),
                                link(h)))
                        .toList(),
                r.total());
    }

    static String link(SearchHit h) {
        return switch (h.kind()) {
            case DOCUMENT -> "/documents/" + h.id();
            case TASK -> "/tasks/" + h.id();
            case EVENT ->
                h.date() != null ? "/calendar?from=" + h.date() + "&to=" + h.date() : documentOr(h, "/calendar");
            case TARGET -> documentOr(h, "/api/targets/" + h.id());
            case RESULT -> documentOr(h, "/api/results/" + h.id());
        };
    }

    private static String documentOr(SearchHit h, String otherwise) {
        return h.documentId() != null ? "/documents/" + h.documentId() : otherwise;
    }
}
