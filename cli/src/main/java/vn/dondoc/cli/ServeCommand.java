package vn.dondoc.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dondoc.app.account.DemoAccounts;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.ImportSummary;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Chạy ứng dụng web (mặc định http://127.0.0.1:8080).",
            "Dữ liệu: H2 nhúng và chỉ mục tìm kiếm trong thư mục --data; PostgreSQL khi có DONDOC_DB_URL, DONDOC_DB_USER, DONDOC_DB_PASSWORD."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe (mặc định ${DEFAULT-VALUE}: chỉ máy này; 0.0.0.0 để mở cho mạng).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Cổng (mặc định ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--demo", description = "Nạp đơn vị, cán bộ và năm văn bản mẫu (bỏ qua phần đã có).")
    boolean demo;

    @Option(names = "--no-prompt", description = "Không hỏi nạp dữ liệu mẫu khi cơ sở dữ liệu trống.")
    boolean noPrompt;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("Lưu ý: máy chủ mở cho mạng tại " + host + "; mọi người dùng phải đăng nhập."
                    + " (listening beyond this machine; everyone must sign in.)");
        }
        ConfigurableApplicationContext ctx;
        try {
            ctx = AppContexts.web(data, host, port);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("dondoc serve: không khởi động được: " + AppContexts.rootMessage(e));
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        boolean loadDemo = demo || (!noPrompt && isEmpty(ctx) && askForDemo(out));
        if (loadDemo) {
            out.println("Đang nạp dữ liệu mẫu...");
            ImportSummary s = ctx.getBean(DemoData.class).load();
            out.printf(
                    "Dữ liệu mẫu: %d văn bản mới, %d đã có (bỏ qua), %d lỗi.%n",
                    s.count(ImportStatus.CONFIRMED), s.count(ImportStatus.DUPLICATE), s.count(ImportStatus.FAILED));
        }
        if (loadDemo) {
            Path file = data.resolve("demo-accounts.txt");
            List<DemoAccounts.DemoAccount> made =
                    ctx.getBean(DemoAccounts.class).create(file);
            out.println("Tài khoản thử (demo accounts, also in " + file + "):");
            for (DemoAccounts.DemoAccount a : made) {
                out.printf(
                        "  %-18s %-16s %-7s %s%n",
                        a.username(),
                        a.password(),
                        a.role().name().toLowerCase(java.util.Locale.ROOT),
                        a.unit() == null ? "" : a.unit());
            }
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        out.printf(
                "dondoc đang chạy tại http://%s:%d/  (API: /api, OpenAPI: /v3/api-docs; Ctrl+C để dừng)%n",
                shown, port);
        out.flush();
        closed.await();
        return 0;
    }

    private static boolean isEmpty(ConfigurableApplicationContext ctx) {
        return ctx.getBean(Documents.class)
                        .list(DocumentFilter.none(), new PageRequest(0, 1))
                        .total()
                == 0;
    }

    private static boolean askForDemo(PrintWriter out) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("Cơ sở dữ liệu đang trống. Nạp dữ liệu mẫu để xem thử? [c/K] ");
        return answer != null
                && (answer.trim().equalsIgnoreCase("c") || answer.trim().equalsIgnoreCase("y"));
    }
}
