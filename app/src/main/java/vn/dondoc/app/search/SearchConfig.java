package vn.dondoc.app.search;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * Chooses the engine behind the {@link Search} port: the search module's Lucene index over documents and
 * records (default, under {@code dondoc.search.index-dir}; "memory" for tests) or plain SQL over documents
 * ({@code dondoc.search.engine=sql}). On start and every minute, an index out of step with the database is rebuilt.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfig {
    private static final Logger log = LoggerFactory.getLogger(SearchConfig.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "lucene", matchIfMissing = true)
    SearchIndex searchIndex(@Value("${dondoc.search.index-dir:${dondoc.data-dir}/index}") String dir) {
        return "memory".equals(dir) ? LuceneSearchIndex.inMemory() : LuceneSearchIndex.openAt(Path.of(dir));
    }

    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "lucene", matchIfMissing = true)
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
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "lucene", matchIfMissing = true)
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

        /** Also every minute: documents imported from the command line while the server runs get indexed. */
        @EventListener(ApplicationReadyEvent.class)
        @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${dondoc.search.catch-up-ms:60000}",
                initialDelayString = "${dondoc.search.catch-up-ms:60000}")
        void catchUp() {
            if (documents.indexOutOfStep()) {
                log.info("search index rebuilt from the database: {}", documents.reindexAll());
            }
        }
    }
}
