package vn.dondoc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.app.consistency.ConsistencyCheck;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Kiểm tra cơ sở dữ liệu, tệp gốc và chỉ mục tìm kiếm có khớp nhau không; mã thoát 1 khi có chỗ lệch.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, true)) {
            ConsistencyCheck.Report r = ctx.getBean(ConsistencyCheck.class).run();
            var out = spec.commandLine().getOut();
            r.problems().forEach(p -> out.println("- " + p.message()));
            out.printf(
                    r.consistent()
                            ? "Khớp: đã kiểm tra %d văn bản, tệp gốc và chỉ mục tìm kiếm.%n"
                            : "Có %2$d chỗ không khớp (đã kiểm tra %1$d văn bản).%n",
                    r.documentsChecked(),
                    r.problems().size());
            return r.consistent() ? 0 : 1;
        } catch (RuntimeException e) {
            String why = AppContexts.causedByIndexLock(e)
                    ? "chỉ mục đang được máy chủ dùng; hãy dừng máy chủ rồi chạy lại (index locked by a running server)"
                    : AppContexts.rootMessage(e);
            spec.commandLine().getErr().println("dondoc check: " + why);
            return 1;
        }
    }
}
