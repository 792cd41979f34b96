package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.domain.document.ContentHash;

/**
 * Issue 9 item 8: `dondoc import DIR --confirm-all` killed with SIGKILL half-way, in its own JVM on the
 * embedded H2 file. Rerunning the same import stores what the killed run did not, says truthfully what
 * was there already, and leaves the database, the original files and the search index in agreement.
 */
class ImportKilledHalfWayTest {
    private static final int FILES = 200;
    /** Short, so that the rerun may take over the file the killed run was reading. */
    private static final List<String> SHORT_LEASE = List.of("-Ddondoc.import.lease-seconds=2");

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void anImportKilledHalfWayIsFinishedByTheRerunWhichReportsEachFileTruthfully() throws Exception {
        List<Path> files = KilledImport.archive(dir.resolve("archive"), FILES);
        Path data = dir.resolve("data");
        StringBuffer firstLog = new StringBuffer();
        Process first = KilledImport.start(
                firstLog,
                l -> false,
                null,
                SHORT_LEASE,
                "import",
                dir.resolve("archive").toString(),
                "--confirm-all",
                "--data",
                data.toString());
        started.add(first);

        long stored = waitForSomeDocuments(data, first, firstLog);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit, no index flush
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long before = KilledImport.count(data, "SELECT COUNT(*) FROM documents");
        System.out.printf("import killed after %d of %d documents (seen %d while polling)%n", before, FILES, stored);
        assertThat(before).as("killed half-way, not after the end").isBetween(1L, (long) FILES - 1);
        KilledImport.sleep(2500); // the killed run's lease on the file it was reading runs out

        StringBuffer rerunLog = new StringBuffer();
        Process rerun = KilledImport.start(
                rerunLog,
                l -> false,
                null,
                SHORT_LEASE,
                "import",
                dir.resolve("archive").toString(),
                "--confirm-all",
                "--data",
                data.toString());
        started.add(rerun);
        assertThat(rerun.waitFor(600, TimeUnit.SECONDS)).as("rerun finished").isTrue();
        String out = rerunLog.toString();
        assertThat(rerun.exitValue()).as(out).isZero();

        // each file exactly once in the database
        Map<String, Integer> byHash = KilledImport.documentsByHash(data);
        for (Path f : files) {
            assertThat(byHash.get(ContentHash.sha256(Files.readAllBytes(f))))
                    .as(f.getFileName().toString())
                    .isEqualTo(1);
        }
        assertThat(KilledImport.count(data, "SELECT COUNT(*) FROM documents")).isEqualTo(FILES);
        assertThat(KilledImport.count(data, "SELECT COUNT(*) FROM tasks")).isEqualTo(3L * FILES);
        assertThat(KilledImport.count(
                        data, "SELECT COUNT(*) FROM import_files WHERE status IN ('QUEUED', 'PROCESSING')"))
                .as("nothing left half-way")
                .isZero();

        // the rerun says what it stored, what was stored already, and that it finished the killed run's files
        Matcher m = Pattern.compile("Đã lưu: (\\d+) · chờ duyệt: (\\d+) · trùng, bỏ qua: (\\d+) · lỗi: (\\d+)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        long saved = Long.parseLong(m.group(1));
        long duplicates = Long.parseLong(m.group(3));
        assertThat(saved)
                .as("stored now: what never reached the database before")
                .isEqualTo(FILES - before);
        assertThat(duplicates)
                .as("reported as already stored: what the killed run stored")
                .isEqualTo(before);
        assertThat(Long.parseLong(m.group(2)) + Long.parseLong(m.group(4))).isZero();
        assertThat(out).contains("Trong đó " + (FILES - before) + " tệp của lần nhập trước bị ngắt giữa chừng");

        // database, original files and index agree
        Run check = Run.of("check", "--data", data.toString());
        assertThat(check.out()).as(check.err()).contains("Khớp: đã kiểm tra " + FILES + " văn bản");
        assertThat(check.exit()).isZero();
    }

    @Test
    void checkNamesWhatAKilledImportLeftUntilARerunOrTheServerFinishesIt() throws Exception {
        KilledImport.archive(dir.resolve("archive"), FILES);
        Path data = dir.resolve("data");
        StringBuffer log = new StringBuffer();
        // a long lease: the killed run's file still looks held when check runs
        Process first = KilledImport.start(
                log,
                l -> false,
                null,
                List.of(),
                "import",
                dir.resolve("archive").toString(),
                "--confirm-all",
                "--data",
                data.toString());
        started.add(first);
        waitForSomeDocuments(data, first, log);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Run check = Run.of("check", "--data", data.toString());
        // whatever the kill interrupted, the records themselves are whole: no document without its import
        assertThat(check.out()).doesNotContain("nhập dở dang", "tệp gốc không còn khớp");
        long unfinished =
                KilledImport.count(data, "SELECT COUNT(*) FROM import_files WHERE status IN ('QUEUED', 'PROCESSING')");
        assertThat(unfinished)
                .as("the killed run's unfinished files are still queued for a rerun or the server")
                .isPositive();
        long documents = KilledImport.count(data, "SELECT COUNT(*) FROM documents");
        long confirmed = KilledImport.count(data, "SELECT COUNT(*) FROM import_files WHERE status = 'CONFIRMED'");
        assertThat(confirmed)
                .as("a file is confirmed exactly when its document is stored")
                .isEqualTo(documents);
        long tasks = KilledImport.count(data, "SELECT COUNT(*) FROM tasks");
        assertThat(tasks).as("no document stored with only some of its tasks").isEqualTo(3 * documents);
    }

    /** Polls the database the running import writes (through its H2 server) until some documents are in. */
    private static long waitForSomeDocuments(Path data, Process p, StringBuffer log) throws Exception {
        long until = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < until) {
            assertThat(p.isAlive()).as("import still running:\n" + log).isTrue();
            // the import owns the database once its lock file is there; reading before would make the test the owner
            if (Files.exists(data.resolve("db/dondoc.lock.db"))) {
                try {
                    long n = KilledImport.count(data, "SELECT COUNT(*) FROM documents");
                    if (n >= 10) {
                        return n;
                    }
                } catch (java.sql.SQLException e) {
                    // the schema is still being created
                }
            }
            KilledImport.sleep(100);
        }
        throw new AssertionError("no documents stored after 5 minutes:\n" + log);
    }
}
