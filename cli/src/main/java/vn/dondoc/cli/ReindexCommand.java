package vn.dondoc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.domain.document.DocumentService;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu (dừng máy chủ trước khi chạy).")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "${env:DONDOC_DATA_DIR:-./data}", description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, true)) {
            long n = ctx.getBean(DocumentService.class).reindexAll();
            spec.commandLine().getOut().printf("Đã dựng lại chỉ mục: %d văn bản trong %.1f giây.%n", n,
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
