package vn.dondoc.app.search;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.SearchRequest;

/**
 * REST: full-text search over documents, tasks, agenda items, targets and results; words with or without
 * accents; filters by kind, document type, issuer, year, task status and unit (lead, cooperating, preparing).
 */
@RestController
public class SearchApi {
    private final VisibleSearch search;

    SearchApi(VisibleSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    public SearchView search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Set<RecordKind> kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return SearchView.of(
                search.search(new SearchRequest(q, kind, type, issuer, status, unit, year, from, to, page, size)));
    }
}
