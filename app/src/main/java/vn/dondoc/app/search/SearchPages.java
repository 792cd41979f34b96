package vn.dondoc.app.search;

import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Params;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.textcore.model.DocumentType;

/** One search box over documents and the records read from them, with facets as filters. */
@HtmlPages
class SearchPages {
    private final VisibleSearch search;
    private final OrgUnits units;

    SearchPages(VisibleSearch search, OrgUnits units) {
        this.search = search;
        this.units = units;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) RecordKind kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("units", units.all());
        if (!q.isBlank()
                || kind != null
                || Params.blank(type) != null
                || status != null
                || Params.blank(unit) != null
                || year != null) {
            model.addAttribute(
                    "results",
                    SearchView.of(search.search(new SearchRequest(
                            q,
                            kind == null ? null : Set.of(kind),
                            Params.blank(type),
                            null,
                            status == null ? null : status.name(),
                            Params.blank(unit),
                            year,
                            null,
                            null,
                            Math.max(0, page),
                            20))));
        }
        return "search/search";
    }
}
