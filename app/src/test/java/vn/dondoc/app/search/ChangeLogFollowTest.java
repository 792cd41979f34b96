package vn.dondoc.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.search.LuceneSearchIndex;

/**
 * The change log on H2, read by a second index in this test standing for another instance on the same
 * database: it applies what this instance wrote, waits for a transaction that took a lower id but commits
 * later, and rebuilds when its place in the log has been pruned away.
 */
@H2Config
class ChangeLogFollowTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Messages messages;

    @Autowired
    SearchChanges changes;

    @Autowired
    LuceneSearch search;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    TaskService tasks;

    @Autowired
    DocumentService documents;

    @Autowired
    PlatformTransactionManager transactions;

    LuceneSearchIndex otherIndex;
    LuceneSearch other;

    @BeforeEach
    void anotherInstanceStartsOnTheSameDatabase() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        otherIndex = LuceneSearchIndex.inMemory();
        other = new LuceneSearch(
                otherIndex, new SearchFeed(jdbc, messages), changes, FollowPosition.inMemory(), Duration.ofMinutes(10));
        other.catchUpAtStart();
    }

    @AfterEach
    void stopIt() {
        otherIndex.close();
    }

    private Task task(String text) {
        return tasks.create(new TaskDraft(
                        text,
                        null,
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 6, 30),
                        List.of(units.findByNameOrAbbreviation("VP")
                                .orElseThrow()
                                .id()),
                        List.of(),
                        null))
                .orElseThrow();
    }

    private static List<Long> found(LuceneSearch on, String q) {
        return on
                .search(new SearchRequest(q, Set.of(RecordKind.TASK), null, null, null, null, null, null, null, 0, 50))
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList();
    }

    private long logRows() {
        return jdbc.sql("SELECT COUNT(*) FROM search_changes").query(Long.class).single();
    }

    @Test
    void aChangeCommittedHereIsLoggedAndAppliedByTheOtherInstancesFollower() {
        long before = logRows();
        Task t = task("Rà soát hồ sơ đất đai xã Thạch Kim");
        assertThat(logRows()).isEqualTo(before + 1);
        assertThat(found(search, "Thạch Kim")).containsExactly(t.id());
        assertThat(found(other, "Thạch Kim")).isEmpty();

        assertThat(other.follow()).isEqualTo(1);
        assertThat(found(other, "Thach Kim")).containsExactly(t.id());

        tasks.delete(t.id());
        other.follow();
        assertThat(found(other, "Thạch Kim")).isEmpty();
    }

    @Test
    void anIndexWrittenBeforeItemsCarriedTheirReadersIsRebuiltAtStart() throws Exception {
        Task t = task("Nạo vét kênh mương nội đồng");
        // an index of the previous format: the same items (the counts agree), its log position current, no readers
        org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory();
        try (var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StringField(
                    "id", "task:" + t.id(), org.apache.lucene.document.Field.Store.YES));
            old.add(new org.apache.lucene.document.StringField(
                    "kind", "TASK", org.apache.lucene.document.Field.Store.YES));
            w.addDocument(old);
        }
        FollowPosition current = FollowPosition.inMemory();
        current.save(new FollowCursor(changes.last()));
        try (LuceneSearchIndex oldIndex = new LuceneSearchIndex(dir)) {
            LuceneSearch restarted = new LuceneSearch(
                    oldIndex, new SearchFeed(jdbc, messages), changes, current, Duration.ofMinutes(10));
            assertThat(oldIndex.outdated()).isTrue();
            assertThat(restarted.outOfStep()).as("counts alone would not tell").isFalse();

            restarted.catchUpAtStart();

            assertThat(oldIndex.outdated()).isFalse();
            assertThat(found(restarted, "nạo vét kênh mương")).containsExactly(t.id());
            assertThat(restarted
                            .search(
                                    new SearchRequest(
                                            "kenh muong",
                                            Set.of(RecordKind.TASK),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            0,
                                            10),
                                    new vn.dondoc.domain.access.Visibility(
                                            false,
                                            true,
                                            Set.of(units.findByNameOrAbbreviation("VP")
                                                    .orElseThrow()
                                                    .id())))
                            .orElseThrow()
                            .total())
                    .as("found by its unit, in the engine")
                    .isEqualTo(1);
        }
    }

    @Test
    void deletingATaskThatIsNotThereLogsNothing() {
        long before = logRows();
        assertThat(tasks.delete(987_654_321L)).isFalse();
        assertThat(logRows()).isEqualTo(before);
        Task t = task("Việc sẽ bị xóa");
        tasks.delete(t.id());
        assertThat(logRows()).isEqualTo(before + 2);
        assertThat(tasks.delete(t.id())).as("already deleted").isFalse();
        assertThat(logRows()).isEqualTo(before + 2);
    }

    @Test
    void aRolledBackChangeLeavesNoRowInTheLog() {
        long before = logRows();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            task("Việc sẽ không được lưu");
            status.setRollbackOnly();
        });
        assertThat(logRows()).isEqualTo(before);
        other.follow();
        assertThat(found(other, "không được lưu")).isEmpty();
    }

    @Test
    void aTransactionThatTookALowerIdButCommitsLaterIsNotSkipped() throws Exception {
        Task slow = task("Kiểm tra công tác phòng cháy");
        other.follow();
        CountDownLatch logged = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread writer = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("UPDATE tasks SET body = 'Kiểm tra công tác cứu nạn cứu hộ' WHERE id = :id")
                    .param("id", slow.id())
                    .update();
            search.changed(RecordKind.TASK, slow.id()); // takes its log id now, commits later
            logged.countDown();
            try {
                commit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        writer.start();
        assertThat(logged.await(10, TimeUnit.SECONDS)).isTrue();
        Task quick = task("Tập huấn nghiệp vụ văn thư"); // a higher id, committed first
        other.follow();
        assertThat(found(other, "văn thư")).containsExactly(quick.id());
        assertThat(found(other, "cứu nạn")).isEmpty();

        commit.countDown();
        writer.join();
        other.follow();
        assertThat(found(other, "cứu nạn cứu hộ")).containsExactly(slow.id());
    }

    @Test
    void anInstanceWhosePlaceInTheLogWasPrunedRebuildsItsIndexAtStart() {
        Task t = task("Chuẩn bị hội nghị tổng kết ngành");
        FollowPosition stale = FollowPosition.inMemory();
        stale.save(new FollowCursor(0));
        // rows written behind the log's back (restored, edited by hand): only a rebuild can bring them
        jdbc.sql("UPDATE tasks SET body = 'Chuẩn bị hội nghị sơ kết sáu tháng' WHERE id = :id")
                .param("id", t.id())
                .update();
        changes.prune(Duration.ZERO);
        assertThat(changes.prunedThrough()).isPositive();

        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            LuceneSearch late =
                    new LuceneSearch(index, new SearchFeed(jdbc, messages), changes, stale, Duration.ofMinutes(10));
            late.catchUpAtStart();
            assertThat(found(late, "sơ kết sáu tháng")).containsExactly(t.id());
            assertThat(stale.load().high()).isGreaterThanOrEqualTo(changes.prunedThrough());
        }
    }

    @Test
    void theFollowersPlaceSurvivesARestartWithItsHoles() {
        FollowCursor c = new FollowCursor(10);
        c.saw(14, 1_000);
        assertThat(c.holes()).containsOnlyKeys(11L, 12L, 13L);
        c.saw(12, 2_000);
        FollowCursor again = FollowCursor.parse(c.format());
        assertThat(again.high()).isEqualTo(14);
        assertThat(again.holes()).containsOnlyKeys(11L, 13L);
        assertThat(again.passed(12)).isTrue();
        assertThat(again.passed(13)).isFalse();
        again.expire(1_000 + 600_001, 600_000);
        assertThat(again.holes()).isEmpty();
    }
}
