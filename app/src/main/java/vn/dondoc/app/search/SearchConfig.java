package vn.dondoc.app.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import vn.dondoc.app.web.Messages;
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
 * dondoc-search-solr jar on the classpath) or plain SQL over documents ({@code dondoc.search.engine=sql}). Every instance's
 * embedded index follows the change log in the database ({@link SearchChanges}); see {@link IndexCatchUp}.
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
    SearchIndex searchIndex(
            @Value(ENGINE) String engine,
            @Value("${dondoc.search.index-dir:${dondoc.data-dir}/index}") String dir,
            @Value("${dondoc.search.solr.zk:${DONDOC_SOLR_ZK:}}") String solrZk,
            @Value("${dondoc.search.solr.collection:dondoc}") String solrCollection) {
        if ("solr".equals(engine))
            return SearchIndexProvider.open("solr", Map.of("zk", solrZk, "collection", solrCollection));
        return "memory".equals(dir) ? LuceneSearchIndex.inMemory() : LuceneSearchIndex.openAt(Path.of(dir));
    }

    @Bean
    SearchChanges searchChanges(JdbcClient jdbc, JdbcTemplate template) {
        return new SearchChanges(jdbc, template);
    }

    /**
     * An embedded index follows the change log from a position kept in its directory; a shared engine (SolrCloud)
     * is written by the instance that made the change and follows nothing.
     */
    @Bean
    @ConditionalOnExpression(INDEX_ENGINE)
    LuceneSearch luceneSearch(
            SearchIndex index,
            JdbcClient jdbc,
            Messages messages,
            SearchChanges changes,
            @Value(ENGINE) String engine,
            @Value("${dondoc.search.index-dir:${dondoc.data-dir}/index}") String dir,
            @Value("${dondoc.search.follow.hole-timeout:PT10M}") Duration holeTimeout) {
        FollowPosition position = "solr".equals(engine)
                ? null
                : "memory".equals(dir) ? FollowPosition.inMemory() : FollowPosition.inDirectory(Path.of(dir));
        return new LuceneSearch(index, new SearchFeed(jdbc, messages), changes, position, holeTimeout);
    }

    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "sql")
    Search sqlSearch(JdbcClient jdbc, Documents documents) {
        return new SqlDocumentSearch(jdbc, documents);
    }

    /**
     * For a command-line tool while a server holds the index: the changes only go to the change log, which the
     * server follows.
     */
    @Bean
    @ConditionalOnProperty(name = "dondoc.search.engine", havingValue = "none")
    Search noSearch(SearchChanges changes, JdbcClient jdbc, Messages messages) {
        SearchFeed feed = new SearchFeed(jdbc, messages);
        return new Search() {
            @Override
            public void changed(RecordKind kind, long id) {
                changed(kind, java.util.List.of(id));
            }

            @Override
            public void changed(RecordKind kind, java.util.Collection<Long> ids) {
                changes.append(SearchChanges.itemsOf(feed, kind, ids));
            }

            @Override
            public void changedAlone(RecordKind kind, long id) {
                if (kind == RecordKind.DOCUMENT) {
                    changed(kind, id);
                } else {
                    changes.append(java.util.List.of(new SearchChanges.Item(kind, id, true)));
                }
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
    IndexCatchUp indexCatchUp(LuceneSearch search, LockingTaskExecutor locks) {
        return new IndexCatchUp(search, locks);
    }

    /**
     * Brings the index in step with the database: at start (replay the change log, or rebuild), then every few
     * hundred ms (follow the log: what other instances changed) and every minute (counts differ: rebuild). An
     * embedded index does this in every instance; a shared engine is checked by one instance of the cluster.
     */
    static class IndexCatchUp {
        private final LuceneSearch search;
        private final LockingTaskExecutor locks;
        private boolean outOfStepBefore;

        IndexCatchUp(LuceneSearch search, LockingTaskExecutor locks) {
            this.search = search;
            this.locks = locks;
        }

        /**
         * At start: replay the change log (or rebuild), then compare item by item, for what no log row tells (a
         * process killed between a commit and its indexing before the log existed, entries whose record is gone).
         */
        @EventListener(ApplicationReadyEvent.class)
        public void atStart() {
            perInstanceOrOnce(() -> {
                search.catchUpAtStart();
                var fixed = search.reconcile();
                if (!fixed.isEmpty()) {
                    log.info(
                            "search index brought in step with the database: {}",
                            fixed.stream()
                                    .map(g -> g.kind() + " +" + g.missing().size() + " -"
                                            + g.extra().size())
                                    .toList());
                }
            });
        }

        @Scheduled(
                fixedDelayString = "${dondoc.search.follow-ms:300}",
                initialDelayString = "${dondoc.search.follow-ms:300}")
        public void follow() {
            try {
                search.follow();
            } catch (RuntimeException e) {
                log.warn("search index could not follow the change log; retried at the next poll: {}", e.toString());
            }
        }

        /**
         * Also every minute: the counts of the index against the database, for what no log tells (a restored
         * backup, rows written by hand). Following the log, a difference may only be a change on its way: the
         * index is rebuilt when two checks in a row find one.
         */
        @Scheduled(
                fixedDelayString = "${dondoc.search.catch-up-ms:60000}",
                initialDelayString = "${dondoc.search.catch-up-ms:60000}")
        public void catchUp() {
            perInstanceOrOnce(() -> {
                boolean outOfStep = search.outOfStep();
                boolean rebuild = outOfStep && (!search.follows() || outOfStepBefore);
                outOfStepBefore = outOfStep && !rebuild;
                if (rebuild) {
                    log.info("search index rebuilt from the database: {}", search.rebuild());
                }
            });
        }

        private void perInstanceOrOnce(Runnable task) {
            if (search.follows()) {
                task.run();
            } else {
                locks.executeWithLock(
                        task,
                        new LockConfiguration(
                                Instant.now(), "search-catch-up", Duration.ofHours(1), Duration.ofSeconds(10)));
            }
        }
    }

    /** Every ten minutes, once per cluster: the change log keeps a day ({@code dondoc.search.changes.keep}). */
    @Bean
    @ConditionalOnProperty(name = "dondoc.search.catch-up", havingValue = "true", matchIfMissing = true)
    ChangeLogPruning changeLogPruning(
            SearchChanges changes, @Value("${dondoc.search.changes.keep:P1D}") Duration keep) {
        return new ChangeLogPruning(changes, keep);
    }

    static class ChangeLogPruning {
        private final SearchChanges changes;
        private final Duration keep;

        ChangeLogPruning(SearchChanges changes, Duration keep) {
            this.changes = changes;
            this.keep = keep;
        }

        @Scheduled(
                fixedDelayString = "${dondoc.search.changes.prune-ms:600000}",
                initialDelayString = "${dondoc.search.changes.prune-ms:600000}")
        @SchedulerLock(name = "search-changes-prune", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
        public void prune() {
            int n = changes.prune(keep);
            if (n > 0) {
                log.info("search change log: {} row(s) older than {} pruned", n, keep);
            }
        }
    }
}
