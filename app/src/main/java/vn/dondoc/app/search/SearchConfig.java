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
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.search.DocumentSearch;
import vn.dondoc.search.LuceneSearchIndex;
import vn.dondoc.search.SearchIndex;

/**
 * Chooses the engine behind the {@link DocumentSearch} port: the search module's Lucene index
 * (default, under {@code dondoc.search.index-dir}; "memory" for tests) or plain SQL
 * ({@code dondoc.search.engine=sql}). On start, an index out of step with the database is rebuilt.
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
    DocumentSearch luceneDocumentSearch(SearchIndex index) {
        return new LuceneDocumentSearch(index);
    }

    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "sql")
    DocumentSearch sqlDocumentSearch(JdbcClient jdbc) {
        return new SqlDocumentSearch(jdbc);
    }

    /** For a command-line tool while a server holds the index: the server catches up on its own. */
    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "none")
    DocumentSearch noDocumentSearch() {
        return new DocumentSearch() {
            @Override
            public void index(vn.dondoc.domain.document.Document document) {
            }

            @Override
            public void remove(long documentId) {
            }

            @Override
            public long rebuild(Iterable<vn.dondoc.domain.document.Document> all) {
                return 0;
            }

            @Override
            public long count() {
                return -1;
            }

            @Override
            public vn.dondoc.domain.search.SearchResults search(vn.dondoc.domain.search.SearchRequest request) {
                return new vn.dondoc.domain.search.SearchResults(java.util.List.of(), 0);
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "lucene", matchIfMissing = true)
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
                long n = documents.reindexAll();
                log.info("search index rebuilt from the database: {} document(s)", n);
            }
        }
    }
}
