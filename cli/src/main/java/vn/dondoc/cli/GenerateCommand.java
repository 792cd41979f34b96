package vn.dondoc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.app.generate.ProvinceGenerator;
import vn.dondoc.domain.search.Search;

/**
 * {@code dondoc generate}: a province's worth of realistic data in the configured database and the search index,
 * for load tests. The accounts it makes (one password, one API token each) go to DATA/generated-accounts.tsv.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Sinh dữ liệu quy mô một tỉnh (đơn vị, cán bộ, tài khoản, văn bản, nhiệm vụ, chỉ tiêu, kết quả, lịch)"
                    + " để đo tải.",
            "Tài khoản sinh ra được ghi vào DATA/generated-accounts.tsv."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--units", defaultValue = "200", description = "Số đơn vị (mặc định ${DEFAULT-VALUE}).")
    int units;

    @Option(names = "--people", defaultValue = "2000", description = "Số cán bộ (mặc định ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--documents", defaultValue = "50000", description = "Số văn bản (mặc định ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--tasks", defaultValue = "200000", description = "Số nhiệm vụ (mặc định ${DEFAULT-VALUE}).")
    int tasks;

    @Option(
            names = "--results",
            defaultValue = "1000000",
            description = "Số kết quả chỉ tiêu (mặc định ${DEFAULT-VALUE}).")
    int results;

    @Option(names = "--seed", defaultValue = "13", description = "Hạt giống ngẫu nhiên (mặc định ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-index", description = "Không dựng chỉ mục tìm kiếm (máy chủ sẽ tự dựng khi khởi động).")
    boolean noIndex;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (units < 1 || people < units || documents < 0 || tasks < 0 || results < 0) {
            spec.commandLine().getErr().println("dondoc generate: cần --units ≥ 1 và --people ≥ --units");
            return 2;
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, !noIndex)) {
            ProvinceGenerator.Outcome o = ctx.getBean(ProvinceGenerator.class)
                    .generate(
                            new ProvinceGenerator.Sizes(units, people, documents, tasks, results),
                            seed,
                            false,
                            line -> {
                                out.printf("  %s (%.0f s)%n", line, (System.nanoTime() - t0) / 1e9);
                                out.flush();
                            });
            // the accounts first: the rows are committed, and a long index build must not keep them from the load test
            Path file = data.resolve("generated-accounts.tsv");
            Files.createDirectories(data);
            StringBuilder sb = new StringBuilder("# username\tpassword\ttoken\trole\tunit_id\tunit_name\n");
            o.accounts().forEach(a -> sb.append(a.line()).append('\n'));
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
            out.println("Đã sinh: " + o.rows());
            if (!noIndex) {
                out.printf("  dựng chỉ mục tìm kiếm... (%.0f s)%n", (System.nanoTime() - t0) / 1e9);
                out.flush();
                long ti = System.nanoTime();
                out.println("Chỉ mục: " + ctx.getBean(Search.class).rebuild());
                o.seconds().put("index", (System.nanoTime() - ti) / 1e9);
            }
            StringBuilder times = new StringBuilder();
            for (Map.Entry<String, Double> e : o.seconds().entrySet()) {
                times.append(String.format(" %s %.1f s;", e.getKey(), e.getValue()));
            }
            out.printf("Thời gian:%s tổng %.1f s. Tài khoản: %s%n", times, (System.nanoTime() - t0) / 1e9, file);
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("dondoc generate: " + AppContexts.rootMessage(e));
            return 1;
        }
    }
}
