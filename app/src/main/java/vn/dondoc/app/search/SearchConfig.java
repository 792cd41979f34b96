package vn.dondoc.app.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.domain.search.DocumentSearch;

/** Chooses the search engine behind the {@link DocumentSearch} port. */
@Configuration(proxyBeanMethods = false)
public class SearchConfig {
    @Bean
    DocumentSearch documentSearch(JdbcClient jdbc) {
        return new SqlDocumentSearch(jdbc);
    }
}
