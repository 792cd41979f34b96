package vn.dondoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.app.backup.Backups;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.search.RecordKind;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description =
                "Khôi phục một bản sao lưu vào thư mục dữ liệu hoặc cơ sở dữ liệu còn trống, rồi dựng lại chỉ mục tìm kiếm.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tệp sao lưu do 'dondoc backup' tạo ra.")
    Path file;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("dondoc restore: không có tệp " + file);
            return 1;
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, true);
                InputStream in = Files.newInputStream(file)) {
            Backups.Summary s = ctx.getBean(Backups.class).restore(in);
            Map<RecordKind, Long> indexed = ctx.getBean(DocumentService.class).reindexAll();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Đã khôi phục %d dòng của %d bảng (lược đồ phiên bản %s) và dựng lại chỉ mục"
                                    + " (%d văn bản) trong %.1f giây.%n",
                            s.total(),
                            s.rows().size(),
                            s.schemaVersion(),
                            indexed.getOrDefault(RecordKind.DOCUMENT, 0L),
                            (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (Backups.RefusedException e) {
            spec.commandLine().getErr().println("dondoc restore: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("dondoc restore: " + AppContexts.rootMessage(e));
            return 1;
        }
    }
}
