package vn.dondoc.search.solr.plugin;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import vn.dondoc.search.SearchQueries;

/**
 * {@code {!dondoc part=match|rescore|highlight v=$qq}}: builds inside Solr the very queries the embedded
 * Lucene engine runs ({@link SearchQueries}), so both engines match, rank and highlight alike. The text is
 * free text, never query syntax. A part with nothing to look for matches nothing.
 */
public final class DondocQParserPlugin extends QParserPlugin {
    private final SearchQueries queries = new SearchQueries();

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                String text = SearchQueries.trimQuery(qstr);
                if (text.isBlank()) return new MatchNoDocsQuery();
                String part = localParams == null ? "match" : localParams.get("part", "match");
                Query q = switch (part) {
                    case "rescore" -> queries.rescoreQuery(text);
                    case "highlight" -> queries.highlightQuery(text);
                    default -> queries.matchQuery(text);
                };
                return q == null ? new MatchNoDocsQuery() : q;
            }
        };
    }
}
