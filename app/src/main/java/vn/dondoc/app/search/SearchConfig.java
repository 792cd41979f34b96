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

    @Bean
    IndexCatchUp indexCatchUp(DocumentService documents) {
        return new IndexCatchUp(documents);
    }

    /** Rebuilds the index at start when it does not match the database (new machine, crash, CLI import). */
    static final class IndexCatchUp {
        private final DocumentService documents;

        IndexCatchUp(DocumentService documents) {
            this.documents = documents;
        }

        @EventListener(ApplicationReadyEvent.class)
        void catchUp() {
            if (documents.indexOutOfStep()) {
                long n = documents.reindexAll();
                log.info("search index rebuilt from the database: {} document(s)", n);
            }
        }
    }
}
