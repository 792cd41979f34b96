package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archive migration from the command line against an embedded database in a temporary directory. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void importingAnArchiveTwiceStoresItOnceReportsBadFilesAndReindexRebuildsTheIndex() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        for (Path sample : Files.list(Path.of("../src/samples")).toList()) {
            Files.copy(sample, archive.resolve(sample.getFileName()));
        }
        Files.write(archive.resolve("rong.txt"), new byte[0]);
        String data = dir.resolve("data").toString();

        Run first = run("import", archive.toString(), "--confirm-all", "--data", data);
        assertThat(first.out()).contains("Đã lưu: 5", "trùng, bỏ qua: 0", "lỗi: 1", "rong.txt: Tệp rỗng");
        assertThat(first.exit()).as("a failed file makes the run fail").isEqualTo(1);

        Run second = run("import", archive.toString(), "--confirm-all", "--data", data);
        assertThat(second.out()).contains("Đã lưu: 0", "trùng, bỏ qua: 5");

        Run reindex = run("reindex", "--data", data);
        assertThat(reindex.exit()).isZero();
        assertThat(reindex.out())
                .contains("Đã dựng lại chỉ mục: 5 văn bản, ")
                .containsPattern("[1-9]\\d* nhiệm vụ")
                .containsPattern("[1-9]\\d* mục lịch công tác");
    }

    @Test
    void aMissingPathIsABadUsageWithOneReadableLine() {
        Run r = run(
                "import",
                dir.resolve("khong-co").toString(),
                "--data",
                dir.resolve("data").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip())
                .contains("không tìm thấy")
                .doesNotContain("Exception")
                .hasLineCount(1);
    }
}
