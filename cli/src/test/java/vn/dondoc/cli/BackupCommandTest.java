package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.app.jdbc.EmbeddedDatabasePassword;

/** A backup restored into an empty data folder holds every record of the original, and checks as consistent. */
class BackupCommandTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderGivesBackEveryRecord() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        for (Path sample : Files.list(Path.of("../src/samples")).toList()) {
            Files.copy(sample, archive.resolve(sample.getFileName()));
        }
        String original = dir.resolve("goc").toString();
        assertThat(run("import", archive.toString(), "--confirm-all", "--data", original)
                        .exit())
                .isZero();
        Path zip = dir.resolve("sao-luu/dondoc.zip");

        Run backup = run("backup", "--out", zip.toString(), "--data", original);
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Đã sao lưu", "dondoc.zip");

        String copy = dir.resolve("ban-sao").toString();
        Run restore = run("restore", zip.toString(), "--data", copy);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Đã khôi phục", "dựng lại chỉ mục (5 văn bản)");

        Map<String, List<String>> before = dump(original);
        Map<String, List<String>> after = dump(copy);
        assertThat(before.get("documents")).hasSize(5);
        assertThat(before.get("tasks")).isNotEmpty();
        assertThat(after).isEqualTo(before);

        Run check = run("check", "--data", copy);
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("Khớp: đã kiểm tra 5 văn bản");
        // an original file changed behind the system's back is found
        String url =
                "jdbc:h2:file:" + Path.of(copy).toAbsolutePath() + "/db/dondoc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", EmbeddedDatabasePassword.read(Path.of(copy)));
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE document_texts SET original_file = X'00'"
                    + " WHERE document_id = (SELECT MIN(id) FROM documents)");
        }
        Run broken = run("check", "--data", copy);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("tệp gốc không còn khớp mã băm", "Có 1 chỗ không khớp");

        // a second restore into the same folder is refused: it is no longer empty
        Run again = run("restore", zip.toString(), "--data", copy);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("chưa trống").doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithAReason() throws Exception {
        Path notZip = Files.writeString(dir.resolve("khong-phai.zip"), "xin chào");
        Run r = run("restore", notZip.toString(), "--data", dir.resolve("moi").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("không phải bản sao lưu của dondoc").doesNotContain("Exception");
    }

    /** Every table's rows, each as its column values in id order, with the database's own rendering. */
    private static Map<String, List<String>> dump(String data) throws Exception {
        String url =
                "jdbc:h2:file:" + Path.of(data).toAbsolutePath() + "/db/dondoc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", EmbeddedDatabasePassword.read(Path.of(data)));
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : tables) {
                if (t.equals("flyway_schema_history") || t.startsWith("search_changes")) {
                    continue; // the search index's change log is not a record: a restore moves its horizon past it
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? Arrays.hashCode(b) + ":" + b.length : String.valueOf(v))
                                    .append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(t, rows);
            }
        }
        return out;
    }
}
