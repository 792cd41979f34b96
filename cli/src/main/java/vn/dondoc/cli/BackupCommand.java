package vn.dondoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.app.backup.Backups;

@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Sao lưu toàn bộ cơ sở dữ liệu (bản ghi, tệp gốc, tài khoản, nhật ký) vào một tệp zip nhất quán;"
                + " chạy được khi máy chủ đang hoạt động.")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp sao lưu sẽ ghi (.zip).")
    Path out;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Path tmp = null;
        try (ConfigurableApplicationContext ctx = AppContexts.databaseOnly(data)) {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".dondoc-backup-", ".part");
            Backups.Summary s;
            try (OutputStream o = Files.newOutputStream(tmp)) {
                s = ctx.getBean(Backups.class).write(o);
            }
            // a half-written backup never takes the name of a good one
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Đã sao lưu %d dòng của %d bảng (lược đồ phiên bản %s) vào %s trong %.1f giây.%n",
                            s.total(), s.rows().size(), s.schemaVersion(), out, (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("dondoc backup: " + AppContexts.rootMessage(e));
            return 1;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is only a leftover; the outcome is already reported
                }
            }
        }
    }
}
