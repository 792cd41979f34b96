package vn.dondoc.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.search.RecordKind;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu (dừng máy chủ trước khi chạy).")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, true)) {
            Map<RecordKind, Long> n = ctx.getBean(DocumentService.class).reindexAll();
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Đã dựng lại chỉ mục: %d văn bản, %d nhiệm vụ, %d mục lịch công tác,"
                                    + " %d chỉ tiêu, %d kết quả trong %.1f giây.%n",
                            n.getOrDefault(RecordKind.DOCUMENT, 0L),
                            n.getOrDefault(RecordKind.TASK, 0L),
                            n.getOrDefault(RecordKind.EVENT, 0L),
                            n.getOrDefault(RecordKind.TARGET, 0L),
                            n.getOrDefault(RecordKind.RESULT, 0L),
                            (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            String why = AppContexts.causedByIndexLock(e)
                    ? "chỉ mục đang được máy chủ dùng; hãy dừng máy chủ rồi chạy lại (index locked by a running server)"
                    : AppContexts.rootMessage(e);
            spec.commandLine().getErr().println("dondoc reindex: " + why);
            return 1;
        }
    }
}
