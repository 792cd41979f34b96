package vn.dondoc.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.consistency.ConsistencyCheck;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.imports.TextReader;
import vn.dondoc.domain.search.IndexGap;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/**
 * Issue 9 items 7-8 inside one JVM, on H2 and on PostgreSQL: a file that keeps failing is retried a
 * bounded number of times and then failed with its reason, a person retries or drops it (audited), a
 * file left by a killed reader comes back, a rerun takes over an interrupted batch, the index is
 * reconciled item by item, and a plan with 20,000 tasks is stored whole.
 */
public abstract class ImportRecoveryContract {
    /** A file whose name says so fails the way a bug or a lost connection would: with an exception. */
    static final String FAILING = "hong-mai";

    @TestConfiguration
    static class FailingReader {
        @Bean
        @Primary
        TextReader failingForSomeNames() {
            TextReader real = new IngestTextReader();
            return (name, bytes) -> {
                if (name.contains(FAILING)) {
                    throw new IllegalStateException("bộ đọc thử nghiệm hỏng với " + name);
                }
                return real.read(name, bytes);
            };
        }
    }

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ImportService imports;

    @Autowired
    protected ImportJobs jobs;

    @Autowired
    protected DocumentService documents;

    @Autowired
    protected Search search;

    @Autowired
    protected ConsistencyCheck check;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected WebApplicationContext context;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
    }

    static String plan(int number, int tasks) {
        String[] units = {"Sở Tài chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư"};
        StringBuilder b = new StringBuilder("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: " + number + "/KH-UBND\n"
                + "Hà Tĩnh, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTriển khai nhiệm vụ số " + number
                + "\n\nI. NHIỆM VỤ\n\n");
        for (int t = 1; t <= tasks; t++) {
            b.append(t)
                    .append(". ")
                    .append(units[t % units.length])
                    .append(" chủ trì, phối hợp với Sở Tư pháp rà soát")
                    .append(" thủ tục hành chính nhóm ")
                    .append(t)
                    .append("; hoàn thành trước ngày 30/6/2024.\n");
        }
        return b.toString();
    }

    static IncomingFile file(String name, String text) {
        return new IncomingFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void aFileThatKeepsFailingIsTakenUpAtMostMaxAttemptsTimesThenFailedWithItsReason() {
        long batch = imports.stage("t", List.of(file(FAILING + ".txt", plan(1, 2)), file("tot.txt", plan(2, 2))), true);
        imports.processUntilDone(batch, 60_000);

        ImportFile failed = jobs.files(batch).stream()
                .filter(f -> f.fileName().contains(FAILING))
                .findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(imports.maxAttempts());
        assertThat(failed.errorCode()).isEqualTo("extraction");
        // the clerk reads what happened in Vietnamese; the cause (here the test reader's) goes to the log, never a
        // class name
        assertThat(failed.errorDetail())
                .contains("lỗi khi phân tích nội dung", imports.maxAttempts() + "/" + imports.maxAttempts())
                .doesNotContain("Exception");
        assertThat(jobs.files(batch).stream()
                        .filter(f -> f.fileName().equals("tot.txt"))
                        .findFirst()
                        .orElseThrow()
                        .status())
                .as("the other file of the batch is stored all the same")
                .isEqualTo(ImportStatus.CONFIRMED);
        assertThat(jobs.failed(10, vn.dondoc.domain.access.Visibility.EVERYTHING))
                .extracting(ImportFile::id)
                .contains(failed.id());
    }

    @Test
    void aClerkRetriesOrDropsAFailedFileFromTheImportPageAndTheAuditTrailKeepsIt() throws Exception {
        long unit = jdbc.sql("SELECT id FROM org_units ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        // the clerk's own upload: the batch belongs to the clerk's unit (Visible.importBatches)
        long batch = imports.stage(
                "t",
                List.of(file(FAILING + "-1.txt", plan(1, 2)), file(FAILING + "-2.txt", plan(2, 2))),
                true,
                java.util.Set.of(unit));
        imports.processUntilDone(batch, 60_000);
        List<ImportFile> files = jobs.files(batch);
        MockMvc clerk = SignIn.mvc(context, SignIn.as(Role.CLERK, unit));

        clerk.perform(get("/imports"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(FAILING + "-1.txt")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thử lại")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bỏ")));

        SignIn.mvc(context, SignIn.as(Role.VIEWER, unit))
                .perform(post("/imports/files/{id}/drop", files.get(0).id()))
                .andExpect(status().isForbidden());
        assertThat(jobs.find(files.get(0).id()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);

        clerk.perform(post("/imports/files/{id}/drop", files.get(0).id())).andExpect(status().is3xxRedirection());
        assertThat(jobs.find(files.get(0).id()).orElseThrow().status()).isEqualTo(ImportStatus.DROPPED);

        clerk.perform(post("/imports/files/{id}/retry", files.get(1).id())).andExpect(status().is3xxRedirection());
        ImportFile retried = jobs.find(files.get(1).id()).orElseThrow();
        assertThat(retried.status()).isIn(ImportStatus.QUEUED, ImportStatus.PROCESSING, ImportStatus.FAILED);
        imports.processUntilDone(batch, 60_000);
        assertThat(jobs.find(files.get(1).id()).orElseThrow().attempts())
                .as("counted anew, bounded again")
                .isEqualTo(imports.maxAttempts());

        List<String> audited = jdbc.sql("SELECT action || ' ' || kind || ' ' || outcome FROM audit_events"
                        + " WHERE record_id = :id ORDER BY id")
                .param("id", files.get(0).id())
                .query(String.class)
                .list();
        assertThat(audited).contains("CONFIRM_IMPORT importFile REFUSED", "CONFIRM_IMPORT importFile DONE");
        assertThat(count("SELECT COUNT(*) FROM audit_events WHERE kind = 'importFile' AND record_id = "
                        + files.get(1).id()))
                .isEqualTo(1);
    }

    @Test
    void aFileWhoseReaderWasKilledComesBackUntilItsAttemptsAreUsedUp() {
        long batch = imports.stage("t", List.of(file("a.txt", plan(1, 2))), false);
        long id = jobs.files(batch).get(0).id();
        for (int attempt = 1; attempt <= imports.maxAttempts(); attempt++) {
            // a reader takes the file up and dies: nobody renews its lease
            assertThat(jobs.claimNext()).map(ImportFile::id).contains(id);
            assertThat(imports.requeueInterrupted()).as("lease still running").isZero();
            jdbc.sql("UPDATE import_files SET lease_until = lease_until - INTERVAL '1' HOUR WHERE id = :id")
                    .param("id", id)
                    .update();
            assertThat(imports.requeueInterrupted()).isEqualTo(1);
            ImportFile f = jobs.find(id).orElseThrow();
            if (attempt < imports.maxAttempts()) {
                assertThat(f.status()).isEqualTo(ImportStatus.QUEUED);
                assertThat(f.errorCode()).isEqualTo("requeued");
            } else {
                assertThat(f.status()).isEqualTo(ImportStatus.FAILED);
                assertThat(f.errorCode()).isEqualTo("interrupted");
            }
        }
    }

    @Test
    void aRerunTakesOverTheUnfinishedFilesOfAnInterruptedBatchAndReportsTheRestAsStored() {
        List<IncomingFile> all =
                List.of(file("1.txt", plan(1, 2)), file("2.txt", plan(2, 2)), file("3.txt", plan(3, 2)));
        long first = imports.stage("killed", all, true);
        // the killed run stored one file and was reading another; the third never started
        assertThat(imports.processNext()).isTrue();
        ImportFile reading = jobs.claimNext().orElseThrow();
        jdbc.sql("UPDATE import_files SET lease_until = lease_until - INTERVAL '1' HOUR WHERE id = :id")
                .param("id", reading.id())
                .update();

        long rerun = imports.stage("rerun", all, true);
        imports.processUntilDone(rerun, 60_000);

        assertThat(jobs.files(rerun))
                .extracting(ImportFile::status)
                .containsExactly(ImportStatus.DUPLICATE, ImportStatus.CONFIRMED, ImportStatus.CONFIRMED);
        assertThat(jobs.files(first))
                .extracting(ImportFile::status)
                .containsExactly(ImportStatus.CONFIRMED, ImportStatus.DROPPED, ImportStatus.DROPPED);
        assertThat(jobs.files(first).get(1).errorCode()).isEqualTo("takenOver");
        assertThat(jobs.takenOverBy(rerun)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM documents")).isEqualTo(3);
        assertThat(check.run().problems()).isEmpty();
    }

    @Test
    void aDeletedDocumentLeavesTheIndexWithItsRecordsAndCheckNamesARecordLeftShown() {
        long batch = imports.stage("t", List.of(file("2.txt", plan(2, 3))), true);
        imports.processUntilDone(batch, 60_000);
        long doc = count("SELECT id FROM documents");
        assertThat(documents.delete(doc)).isTrue();
        assertThat(search.gaps()).isEmpty();
        assertThat(check.run().problems()).isEmpty();

        // a record of the deleted document shown again behind its back
        long task = count("SELECT MIN(id) FROM tasks");
        jdbc.sql("UPDATE tasks SET deleted_at = NULL WHERE id = :id")
                .param("id", task)
                .update();
        assertThat(check.run().problems())
                .extracting(ConsistencyCheck.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Văn bản #" + doc + " đã xóa", "tasks"));

        assertThat(documents.restore(doc)).isTrue();
        assertThat(search.gaps()).isEmpty();
        assertThat(check.run().problems()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE deleted_at IS NULL")).isEqualTo(3);
    }

    @Test
    void theIndexIsReconciledItemByItemAndCheckNamesWhatItLacksOrHoldsInVain() {
        long batch = imports.stage("t", List.of(file("1.txt", plan(1, 3))), true);
        imports.processUntilDone(batch, 60_000);
        long doc = count("SELECT id FROM documents");
        assertThat(search.gaps()).isEmpty();

        // as if a process died between a commit and its indexing, in both directions at once (equal counts)
        long task = count("SELECT MIN(id) FROM tasks");
        jdbc.sql("DELETE FROM task_parties WHERE task_id = :id")
                .param("id", task)
                .update();
        jdbc.sql("DELETE FROM tasks WHERE id = :id").param("id", task).update();
        jdbc.sql(
                        "INSERT INTO tasks (document_id, body, status, progress) VALUES (:d, 'Nhiệm vụ thêm ngoài chỉ mục', 'NEW', 0)")
                .param("d", doc)
                .update();
        long added = count("SELECT MAX(id) FROM tasks");

        assertThat(search.gaps())
                .containsExactly(new IndexGap(RecordKind.TASK, java.util.Set.of(added), java.util.Set.of(task)));
        assertThat(check.run().problems())
                .extracting(ConsistencyCheck.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("thiếu 1 mục", "#" + added))
                .anySatisfy(m -> assertThat(m).contains("không còn trong cơ sở dữ liệu", "#" + task));

        assertThat(documents.reconcileIndex()).hasSize(1);
        assertThat(search.gaps()).isEmpty();
        assertThat(check.run().problems()).isEmpty();
    }

    @Test
    void aPlanWithTwentyThousandTasksIsStoredWhole() {
        String text = plan(20_000, 20_000);
        // CPU time of this thread too: the test works the queue and indexes after the commit on it, and on a
        // machine shared with other builds the wall time says more about the neighbours than about the import
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        vn.dondoc.textcore.DocumentPipeline.standard().parse("20000.txt", text);
        long parseMs = (System.nanoTime() - t0) / 1_000_000;
        long parseCpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
        c0 = cpu.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        long batch = imports.stage("big", List.of(file("20000.txt", text)), true);
        imports.processUntilDone(batch, 600_000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
        ImportFile f = jobs.files(batch).get(0);
        assertThat(f.status()).as(String.valueOf(f.errorDetail())).isEqualTo(ImportStatus.CONFIRMED);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE document_id = " + f.documentId()))
                .isEqualTo(20_000);
        assertThat(count("SELECT COUNT(*) FROM task_parties p JOIN tasks t ON t.id = p.task_id WHERE t.document_id = "
                        + f.documentId()))
                .isEqualTo(40_000);
        assertThat(search.gaps()).as("all 20,000 tasks indexed").isEmpty();
        System.out.printf(
                "%s: a plan of %d characters with 20,000 tasks imported, confirmed and indexed in %.1f s"
                        + " (%.1f s CPU on the importing thread; the extraction alone: %.1f s, %.1f s CPU)%n",
                getClass().getSimpleName(),
                text.length(),
                ms / 1000.0,
                cpuMs / 1000.0,
                parseMs / 1000.0,
                parseCpuMs / 1000.0);
    }
}
