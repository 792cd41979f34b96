package vn.dondoc.app.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;

/**
 * Fallback search over the database: every word (accents optional) must occur in the accent-folded
 * text. Documents only, no ranking beyond "newest first"; used when no Lucene index is configured.
 */
public final class SqlDocumentSearch implements Search {
    /** The text lives beside the document's row (V58). */
    private static final String TEXTS = " JOIN document_texts t ON t.document_id = documents.id";

    private final JdbcClient jdbc;
    private final Documents documents;

    public SqlDocumentSearch(JdbcClient jdbc, Documents documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public void changed(RecordKind kind, long id) {
        // a document's folded text is written with it; records are not searched here
    }

    @Override
    public Map<RecordKind, Long> rebuild() {
        List<Long> ids = documents.allIds();
        // writing a document's metadata writes its folded text again; one document at a time
        ids.forEach(id -> documents.find(id).ifPresent(documents::updateMetadata));
        return Map.of(RecordKind.DOCUMENT, (long) ids.size());
    }

    @Override
    public boolean outOfStep() {
        return false; // the database is the index
    }

    @Override
    public SearchResults search(SearchRequest q) {
        boolean onlyRecords = !q.kinds().isEmpty() && !q.kinds().contains(RecordKind.DOCUMENT);
        if (onlyRecords || q.status() != null || q.unit() != null) { // filters only records have
            return new SearchResults(List.of(), 0);
        }
        List<String> words = Arrays.stream(Texts.fold(q.query()).split("[^\\p{L}\\p{N}/.-]+"))
                .filter(w -> !w.isBlank())
                .toList();
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("doc_type = :type", "type", q.type())
                .and("LOWER(issuer) LIKE :issuer", "issuer", Where.contains(q.issuer()))
                .and("EXTRACT(YEAR FROM issued_on) = :year", "year", q.year())
                .and("issued_on >= :from", "from", q.from())
                .and("issued_on <= :to", "to", q.to());
        for (int i = 0; i < words.size(); i++) {
            w.and("t.folded_body LIKE :w" + i, "w" + i, "%" + words.get(i) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM documents" + TEXTS + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<SearchHit> hits = new ArrayList<>();
        jdbc.sql("SELECT id, doc_number, doc_type, title, issued_on, t.body FROM documents" + TEXTS + w.sql()
                        + " ORDER BY issued_on DESC NULLS LAST, id DESC LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", q.size())
                .param("off", (long) q.page() * q.size())
                .query(rs -> {
                    hits.add(new SearchHit(
                            RecordKind.DOCUMENT,
                            rs.getLong("id"),
                            rs.getLong("id"),
                            rs.getString("doc_number"),
                            rs.getString("doc_type"),
                            rs.getString("title"),
                            Rows.date(rs, "issued_on"),
                            1.0,
                            snippet(rs.getString("body"), words)));
                });
        return new SearchResults(hits, total);
    }

    private static String snippet(String body, List<String> words) {
        if (body == null) {
            return "";
        }
        String folded = Texts.fold(body);
        int at = words.isEmpty() ? 0 : Math.max(0, folded.indexOf(words.get(0)));
        // folding keeps one char per precomposed letter, so positions line up closely enough for a passage
        int from = Math.max(0, Math.min(at, body.length()) - 80);
        int to = Math.min(body.length(), from + 240);
        return (from > 0 ? "…" : "")
                + org.springframework.web.util.HtmlUtils.htmlEscape(
                        body.substring(from, to).replaceAll("\\s+", " ").trim())
                + (to < body.length() ? "…" : "");
    }
}
