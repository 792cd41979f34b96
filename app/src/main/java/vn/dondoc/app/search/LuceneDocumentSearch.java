package vn.dondoc.app.search;

import java.util.List;
import java.util.stream.StreamSupport;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.search.DocumentSearch;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;
import vn.dondoc.search.Kind;
import vn.dondoc.search.SearchDoc;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchQuery;

/** The search port on the search module's engine (embedded Lucene today). Commits on every change. */
public final class LuceneDocumentSearch implements DocumentSearch {
    private static final String PREFIX = "document:";
    private final SearchIndex index;

    public LuceneDocumentSearch(SearchIndex index) {
        this.index = index;
    }

    static SearchDoc toSearchDoc(Document d) {
        return SearchDoc.builder(PREFIX + d.id(), Kind.DOCUMENT).title(d.title()).body(d.text()).docNumber(d.number())
                .typeCode(d.type()).issuer(d.issuer()).date(d.issuedOn()).build();
    }

    @Override
    public void index(Document d) {
        index.index(toSearchDoc(d));
        index.commit();
    }

    @Override
    public void remove(long documentId) {
        index.delete(PREFIX + documentId);
        index.commit();
    }

    @Override
    public long rebuild(Iterable<Document> all) {
        return index.rebuild(() -> StreamSupport.stream(all.spliterator(), false).map(LuceneDocumentSearch::toSearchDoc)
                .iterator());
    }

    @Override
    public long count() {
        return index.count();
    }

    @Override
    public SearchResults search(SearchRequest q) {
        vn.dondoc.search.SearchResults r = index.search(SearchQuery.builder().text(q.query()).kinds(Kind.DOCUMENT)
                .typeCode(q.type()).issuer(q.issuer()).dateFrom(q.from()).dateTo(q.to()).page(q.page()).size(q.size())
                .build());
        List<SearchHit> hits = r.hits().stream().filter(h -> h.id().startsWith(PREFIX))
                .map(h -> new SearchHit(Long.parseLong(h.id().substring(PREFIX.length())), h.docNumber(), h.typeCode(),
                        h.title(), h.date(), h.score(), h.snippet())).toList();
        return new SearchResults(hits, r.total());
    }
}
