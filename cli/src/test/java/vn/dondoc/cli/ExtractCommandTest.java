package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The extract command as a user runs it, with its output captured; bad files fail alone. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path good;

    @BeforeEach
    void writeAGoodDocument() throws IOException {
        good = dir.resolve("ke_hoach.txt");
        Files.writeString(good, """
                ỦY BAN NHÂN DÂN
                TỈNH HÀ TĨNH

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc

                Số: 12/KH-UBND

                Hà Tĩnh, ngày 05 tháng 3 năm 2024

                KẾ HOẠCH
                Triển khai Chỉ thị số 42-CT/TU ngày 28/02/2024 của Ban Thường vụ Tỉnh ủy

                I. NHIỆM VỤ, GIẢI PHÁP
                1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành hướng dẫn việc khen thưởng; hoàn thành trước ngày 30/6/2024.
                2. Phấn đấu có ít nhất 15 xã đạt chuẩn nông thôn mới.

                Nơi nhận:
                - Như trên;
                - Lưu: VT.

                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Nguyễn Văn An
                """, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CommandLine cl = DondocCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesOneJsonFilePerInputNamedAfterIt() throws IOException {
        Path outDir = dir.resolve("out");
        assertThat(run("extract", "--json", "--out", outDir.toString(), good.toString()))
                .isZero();
        String json = Files.readString(outDir.resolve("ke_hoach.json"), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"schema\": \"dondoc.extraction/1\"")
                .contains("\"number\": \"12/KH-UBND\"")
                .contains("\"type\": \"KE_HOACH\"")
                .contains("\"42-CT/TU\"")
                .contains("\"deadline\": \"2024-06-30\"")
                .contains("\"name\": \"Nguyễn Văn An\"");
    }

    @Test
    void printsAReadableVietnameseSummaryWithoutJson() {
        assertThat(run("extract", good.toString())).isZero();
        assertThat(out.toString())
                .contains("Loại văn bản:   Kế hoạch")
                .contains("Số, ký hiệu:    12/KH-UBND")
                .contains("Nhiệm vụ (2):")
                .contains("chủ trì: Sở Nội vụ")
                .contains("hạn: 30/06/2024")
                .contains("Chỉ tiêu (1):")
                .contains("≥ 15 xã");
    }

    @Test
    void badFilesGetOneLineEachAndTheOthersAreStillWritten() throws IOException {
        Path empty = Files.writeString(dir.resolve("rong.txt"), "");
        Path binary = dir.resolve("anh.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 2, 3});
        Path latin = dir.resolve("sai_ma.txt");
        Files.write(latin, "Ch\u00e0o c\u00e1c b\u1ea1n, k\u1ebf ho\u1ea1ch".getBytes(Charset.forName("windows-1252")));
        Files.write(
                latin, new byte[] {'C', 'h', (byte) 0xE0, 'o', ' ', 'c', (byte) 0xE1, 'c', ' ', 'b', (byte) 0xE1, 'n'});
        Path huge = dir.resolve("qua_lon.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: costs no disk and is refused before it is read
        }
        Path missing = dir.resolve("khong_co.txt");
        Path outDir = dir.resolve("out");

        int code = run(
                "extract",
                "--json",
                "--out",
                outDir.toString(),
                empty.toString(),
                binary.toString(),
                latin.toString(),
                huge.toString(),
                missing.toString(),
                good.toString());

        assertThat(code).isEqualTo(1);
        List<String> lines = new ArrayList<>(err.toString().lines().toList());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(empty.toString()).contains("tệp rỗng");
        assertThat(lines.get(1)).startsWith(binary.toString()).contains("ảnh");
        assertThat(lines.get(2)).startsWith(huge.toString()).contains("quá lớn");
        assertThat(lines.get(3)).startsWith(missing.toString()).contains("không tìm thấy");
        assertThat(outDir.resolve("ke_hoach.json")).exists();
        // bytes that are not UTF-8 are read as Windows-1258, and the result says so
        assertThat(Files.readString(outDir.resolve("sai_ma.json"), StandardCharsets.UTF_8))
                .contains("Windows-1258")
                .contains("\"stage\": \"ingest\"");
        assertThat(outDir.resolve("rong.json")).doesNotExist();
    }

    @Test
    void aMaliciousFileNameCannotWriteOutsideTheOutputDirectory() throws IOException {
        Path outDir = dir.resolve("out");
        assertThat(run("extract", "--out", outDir.toString(), good.toString())).isZero();
        try (var files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ke_hoach.json");
        }
    }

    @Test
    void unknownOptionsAreAUsageError() {
        assertThat(run("extract", "--khong-co", good.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("--khong-co")
                .contains("dondoc extract --help")
                .doesNotContain("Usage:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorOfOneLineNotTheHelpAndZero() {
        assertThat(run("backup-khong-co")).isEqualTo(2);
        assertThat(err.toString()).contains("backup-khong-co").doesNotContain("Usage:");
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionNamesTheNearestOnesInOneVietnameseLine() {
        assertThat(run("serve", "--no-promt")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("dondoc serve: không có tùy chọn '--no-promt'")
                .contains("--no-prompt")
                .endsWith("Xem: dondoc serve --help");
        assertThat(out.toString()).isEmpty();
    }
}
