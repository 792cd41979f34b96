package vn.dondoc.app.search;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.search.DocumentSearch;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;

/** REST: full-text search over documents, words with or without accents, with filters. */
@RestController
public class SearchApi {
    private final DocumentSearch search;

    SearchApi(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    public SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String type,
                                @RequestParam(required = false) String issuer, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
        return search.search(new SearchRequest(q, type, issuer, from, to, page, size));
    }
}
