package vn.dondoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.ImportSummary;
import vn.dondoc.domain.imports.IncomingFile;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Nhập văn bản (tệp hoặc thư mục) vào cơ sở dữ liệu đang cấu hình, như trang Nhập văn bản.",
            "Không có --confirm-all: các tệp chờ duyệt trên trang web. Tệp trùng (cùng SHA-256) được bỏ qua."
        })
final class ImportCommand implements Callable<Integer> {
    private static final int CHUNK = 50;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Tệp hoặc thư mục (đọc cả thư mục con).")
    List<Path> inputs;

    @Option(names = "--confirm-all", description = "Lưu ngay kết quả trích xuất, không chờ duyệt.")
    boolean confirmAll;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("dondoc import: " + p + ": không tìm thấy tệp hoặc thư mục (no such file or directory)");
                return 2;
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println("dondoc import: " + p + ": không đọc được thư mục: " + e.getMessage());
                    return 1;
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            err.println("dondoc import: không có tệp nào để nhập (no files)");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = AppContexts.headless(data, false)) {
            return run(ctx, files, out);
        } catch (RuntimeException e) {
            err.println("dondoc import: " + AppContexts.rootMessage(e));
            return 1;
        }
    }

    private int run(ConfigurableApplicationContext ctx, List<Path> files, PrintWriter out) {
        ImportService imports = ctx.getBean(ImportService.class);
        ImportJobs jobs = ctx.getBean(ImportJobs.class);
        Messages messages = ctx.getBean(Messages.class);
        long t0 = System.nanoTime();
        // an earlier run killed half-way: its files come back first, so this run can take them over
        imports.requeueInterrupted();
        // and documents it stored without reaching the index get there now
        ctx.getBean(vn.dondoc.domain.search.Search.class).reconcile();
        long batch = imports.stage("cli", List.of(), confirmAll);
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < files.size(); i += CHUNK) {
            List<IncomingFile> chunk = new ArrayList<>();
            for (Path f : files.subList(i, Math.min(files.size(), i + CHUNK))) {
                try {
                    chunk.add(new IncomingFile(f.toString(), Files.readAllBytes(f)));
                } catch (IOException e) {
                    unreadable.add(f + ": không đọc được tệp: " + e.getMessage());
                }
            }
            imports.stageMore(batch, chunk);
        }
        int total = files.size() - unreadable.size();
        int done = jobs.batch(batch).orElseThrow().done();
        progress(out, done, total);
        // a running server shares the queue and may take some of these files: wait for all of them
        while (done < total) {
            if (!imports.processNext()) {
                imports.requeueInterrupted(); // a crashed instance's files come back once their lease runs out
                sleep(100);
            }
            int now = jobs.batch(batch).orElseThrow().done();
            if (now != done) {
                done = now;
                progress(out, done, total);
            }
        }
        if (System.console() != null) {
            out.println();
        }
        ImportSummary s = imports.summary(batch);
        long confirmed = s.count(ImportStatus.CONFIRMED);
        long ready = s.count(ImportStatus.READY);
        long duplicates = s.count(ImportStatus.DUPLICATE);
        long failed = s.count(ImportStatus.FAILED) + unreadable.size();
        out.printf(
                "Đã lưu: %d · chờ duyệt: %d · trùng, bỏ qua: %d · lỗi: %d · %.1f giây%n",
                confirmed, ready, duplicates, failed, (System.nanoTime() - t0) / 1e9);
        long retaken = jobs.takenOverBy(batch);
        if (retaken > 0) {
            out.println("Trong đó " + retaken + " tệp của lần nhập trước bị ngắt giữa chừng (chưa vào cơ sở dữ liệu)"
                    + " được nhập lại ở lần này.");
        }
        if (ready > 0) {
            out.println("Các tệp chờ duyệt: trang Nhập văn bản, đợt #" + batch + " (/imports/" + batch + ").");
        }
        for (ImportFile f : s.files()) {
            if (f.status() == ImportStatus.FAILED
                    || f.status() == ImportStatus.DUPLICATE
                    || (f.status() == ImportStatus.READY && f.errorCode() != null)) {
                out.println("  " + label(f.status()) + " " + f.fileName() + ": " + messages.fileError(f));
            }
        }
        unreadable.forEach(u -> out.println("  LỖI " + u));
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    private static String label(ImportStatus s) {
        return switch (s) {
            case FAILED -> "LỖI";
            case DUPLICATE -> "TRÙNG";
            default -> "CẦN DUYỆT";
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import to finish", e);
        }
    }

    private static void progress(PrintWriter out, int done, int total) {
        if (System.console() == null) {
            // not a terminal (a log, a pipe): a line now and then instead of a redrawn bar
            if (done == total || done % 100 == 0) {
                out.println(done + "/" + total);
                out.flush();
            }
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        out.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total);
        out.flush();
    }
}
