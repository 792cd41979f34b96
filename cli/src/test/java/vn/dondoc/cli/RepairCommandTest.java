package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RepairCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = DondocCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTheRepairedTextAndItsChanges() throws IOException {
        Path in = dir.resolve("ct.txt");
        Files.writeString(
                in,
                "Ủy ban nhân dân tỉnh\nvề tchức phong trào thi đua; Đảng bộ tnh lần thứ XIX\n",
                StandardCharsets.UTF_8);
        Path outDir = dir.resolve("out");

        int code = run("repair", in.toString(), "--out", outDir.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(outDir.resolve("ct.txt")))
                .isEqualTo("Ủy ban nhân dân tỉnh\nvề tổ chức phong trào thi đua; Đảng bộ tỉnh lần thứ XIX\n");
        List<String> changes = Files.readAllLines(outDir.resolve("ct.txt.changes.tsv"));
        assertThat(changes.get(0)).isEqualTo("line\tcolumn\toriginal\treplacement\tconfidence");
        assertThat(changes.get(1)).startsWith("2\t4\ttchức\ttổ chức\t");
        assertThat(changes.get(2)).startsWith("2\t38\ttnh\ttỉnh\t");
        assertThat(changes).hasSize(3);
        assertThat(out.toString()).contains("ct.txt: 2");
    }

    @Test
    void badFilesGetOneLineEachAndTheOthersAreStillRepaired() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "xây dựng nông thôn mi kiểu mẫu", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("scan.pdf");
        Files.write(binary, new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        Path missing = dir.resolve("missing.txt");
        Path outDir = dir.resolve("out");

        int code = run(
                "repair",
                empty.toString(),
                binary.toString(),
                missing.toString(),
                good.toString(),
                "--out",
                outDir.toString());

        assertThat(code).isEqualTo(1);
        List<String> errors = err.toString().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("empty.txt").contains("empty");
        assertThat(errors.get(1)).contains("scan.pdf").contains("UTF-8");
        assertThat(errors.get(2)).contains("missing.txt").contains("not found");
        assertThat(Files.readString(outDir.resolve("good.txt"))).isEqualTo("xây dựng nông thôn mới kiểu mẫu");
        assertThat(outDir.resolve("empty.txt")).doesNotExist();
    }

    @Test
    void missingOutOptionIsAnError() throws IOException {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "tnh", StandardCharsets.UTF_8);
        // 2 would be picocli's bad-usage code; DondocCli's exit-code mapper currently turns it into 1
        assertThat(run("repair", in.toString())).isNotZero();
        assertThat(err.toString()).contains("--out");
    }
}
