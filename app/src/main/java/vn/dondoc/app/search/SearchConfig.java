package vn.dondoc.app.search;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;
import vn.dondoc.search.LuceneSearchIndex;
import vn.dondoc.search.SearchIndex;
import vn.dondoc.search.SearchIndexProvider;

/**
 * Chooses the engine behind the {@link Search} port: the search module's Lucene index over documents and
 * records (default, under {@code dondoc.search.index-dir}; "memory" for tests), the same index on SolrCloud
 * ({@code dondoc.search.engine=solr} or DONDOC_SEARCH=solr, with DONDOC_SOLR_ZK=host:port/solr; needs the
 * dondoc-search-solr jar on the classpath) or plain SQL over documents ({@code dondoc.search.engine=sql}). On start and every minute, an index out of step with the database is rebuilt.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfig {
    private static final Logger log = LoggerFactory.getLogger(SearchConfig.class);

    /** The engine's name: dondoc.search.engine, else DONDOC_SEARCH, else lucene. */
    static final String ENGINE = "${dondoc.search.engine:${DONDOC_SEARCH:lucene}}";
    /** Engines behind the SearchIndex interface: embedded Lucene, or SolrCloud (dondoc-search-solr on the classpath). */
    static final String INDEX_ENGINE = "'" + ENGINE + "' matches 'lucene|solr'";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(INDEX_ENGINE)
    SearchIndex searchIndex(@Value(ENGINE) String engine,
                            @Value("${dondoc.search.index-dir:${dondoc.data-dir}/index}") String dir,
                            @Value("${dondoc.search.solr.zk:${DONDOC_SOLR_ZK:}}") String solrZk,
                            @Value("${dondoc.search.solr.collection:dondoc}") String solrCollection) {
        if ("solr".equals(engine)) return SearchIndexProvider.open("solr", Map.of("zk", solrZk, "collection", solrCollection));
        return "memory".equals(dir) ? LuceneSearchIndex.inMemory() : LuceneSearchIndex.openAt(Path.of(dir));
    }

    @Bean
    @ConditionalOnExpression(INDEX_ENGINE)
    Search luceneSearch(SearchIndex index, JdbcClient jdbc, Messages messages) {
        return new LuceneSearch(index, new SearchFeed(jdbc, messages));
    }

    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "sql")
    Search sqlSearch(JdbcClient jdbc, Documents documents) {
        return new SqlDocumentSearch(jdbc, documents);
    }

    /** For a command-line tool while a server holds the index: the server catches up on its own. */
    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "none")
    Search noSearch() {
        return new Search() {
            @Override
            public void changed(RecordKind kind, long id) {
            }

            @Override
            public java.util.Map<RecordKind, Long> rebuild() {
                return java.util.Map.of();
            }

            @Override
            public boolean outOfStep() {
                return false;
            }

            @Override
            public SearchResults search(SearchRequest request) {
                return new SearchResults(java.util.List.of(), 0);
            }
        };
    }

    /** Off in command-line tools (dondoc.search.catch-up=false): a rebuild beside an import or a generation doubles its work. */
    @Bean
    @ConditionalOnExpression(INDEX_ENGINE)
    @ConditionalOnProperty(name = "dondoc.search.catch-up", havingValue = "true", matchIfMissing = true)
    IndexCatchUp indexCatchUp(DocumentService documents) {
        return new IndexCatchUp(documents);
    }

    /** Rebuilds the index at start when it does not match the database (new machine, crash, CLI import). */
    static final class IndexCatchUp {
        private final DocumentService documents;

        IndexCatchUp(DocumentService documents) {
            this.documents = documents;
        }

        /**
         * At start, item by item: a process killed between a commit and its indexing left records the index
         * lacks (or entries whose record is gone); they are indexed (or removed) before anyone searches.
         */
        @EventListener(ApplicationReadyEvent.class)
        void atStart() {
            var fixed = documents.reconcileIndex();
            if (!fixed.isEmpty()) {
                log.info("search index brought in step with the database: {}", fixed.stream()
                        .map(g -> g.kind() + " +" + g.missing().size() + " -" + g.extra().size()).toList());
            }
            catchUp();
        }

        /** Also every minute: documents imported from the command line while the server runs get indexed. */
        @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${dondoc.search.catch-up-ms:60000}",
                initialDelayString = "${dondoc.search.catch-up-ms:60000}")
        void catchUp() {
            if (documents.indexOutOfStep()) {
                log.info("search index rebuilt from the database: {}", documents.reindexAll());
            }
        }
    }
}
