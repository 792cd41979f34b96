package vn.dondoc.app.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.config.Rows;
import vn.dondoc.app.config.Where;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.search.DocumentSearch;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;

/**
 * Fallback search over the database: every word (accents optional) must occur in the accent-folded
 * text. No ranking beyond "newest first"; used when no Lucene index is configured.
 */
public final class SqlDocumentSearch implements DocumentSearch {
    private final JdbcClient jdbc;

    public SqlDocumentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void index(Document d) {
        // the folded text is written with the document; nothing else to do
    }

    @Override
    public void remove(long documentId) {
    }

    @Override
    public long rebuild(Iterable<Document> all) {
        long n = 0;
        for (Document d : all) {
            jdbc.sql("UPDATE documents SET folded_body = :f WHERE id = :id").param("f", foldedOf(d)).param("id", d.id()).update();
            n++;
        }
        return n;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM documents").query(Long.class).single();
    }

    private static String foldedOf(Document d) {
        return Texts.fold(String.join(" ", d.number() == null ? "" : d.number(), d.title() == null ? "" : d.title(),
                d.issuer() == null ? "" : d.issuer(), d.text() == null ? "" : d.text()));
    }

    @Override
    public SearchResults search(SearchRequest q) {
        List<String> words = Arrays.stream(Texts.fold(q.query()).split("[^\\p{L}\\p{N}/.-]+")).filter(w -> !w.isBlank())
                .toList();
        Where w = new Where().and("doc_type = :type", "type", q.type())
                .and("LOWER(issuer) LIKE :issuer", "issuer", Where.contains(q.issuer()))
                .and("issued_on >= :from", "from", q.from()).and("issued_on <= :to", "to", q.to());
        for (int i = 0; i < words.size(); i++) {
            w.and("folded_body LIKE :w" + i, "w" + i, "%" + words.get(i) + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM documents" + w.sql()).params(w.params()).query(Long.class).single();
        List<SearchHit> hits = new ArrayList<>();
        jdbc.sql("SELECT id, doc_number, doc_type, title, issued_on, body, folded_body FROM documents" + w.sql()
                        + " ORDER BY issued_on DESC NULLS LAST, id DESC LIMIT :lim OFFSET :off")
                .params(w.params()).param("lim", q.size()).param("off", (long) q.page() * q.size())
                .query(rs -> {
                    hits.add(new SearchHit(rs.getLong("id"), rs.getString("doc_number"), rs.getString("doc_type"),
                            rs.getString("title"), Rows.date(rs, "issued_on"), 1.0,
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
        return (from > 0 ? "…" : "") + org.springframework.web.util.HtmlUtils.htmlEscape(
                body.substring(from, to).replaceAll("\\s+", " ").trim()) + (to < body.length() ? "…" : "");
    }
}
