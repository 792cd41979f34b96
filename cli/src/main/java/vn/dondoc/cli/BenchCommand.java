package vn.dondoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ParsedDocument;

/**
 * {@code dondoc bench serve --users 50 --minutes 10 [--url U]}: load on a running server ({@link ServeLoad}).
 * {@code dondoc bench extract [DIR...] [--mb N]}: throughput of the whole extraction pipeline over at least
 * N MB of varied documents (the given directories' text files, else the bundled samples), on one thread
 * and on all cores, with the time spent per stage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Đo tốc độ xử lý (MB/s, văn bản/s).")
final class BenchCommand implements Callable<Integer> {

    private static final int WARM_UP_PASSES = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "extract | serve")
    String what;

    @Parameters(
            index = "1..*",
            paramLabel = "DIR",
            arity = "0..*",
            description = "Thư mục văn bản mẫu (mặc định: src/samples).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--mb", description = "Khối lượng tối thiểu mỗi lượt đo, MB (mặc định 50).")
    int mb = 50;

    @Option(names = "--threads", description = "Số luồng cho lượt đo song song (mặc định: số lõi).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--users", description = "serve: số người dùng đồng thời (mặc định 50).")
    int users = 50;

    @Option(names = "--minutes", description = "serve: thời gian đo, phút (mặc định 10).")
    double minutes = 10;

    @Option(names = "--seconds", description = "serve: thời gian đo, giây (thay cho --minutes).")
    Integer seconds;

    @Option(names = "--url", description = "serve: địa chỉ máy chủ, chỉ trên máy này (mặc định http://127.0.0.1:8080).")
    String url = "http://127.0.0.1:8080";

    @Option(
            names = "--accounts",
            description = "serve: tệp tài khoản của 'dondoc generate' (mặc định DATA/generated-accounts.tsv).")
    Path accounts;

    @Option(
            names = "--data",
            defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
            description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ("serve".equals(what)) {
            return serve(out);
        }
        if (!"extract".equals(what)) {
            spec.commandLine().getErr().println("dondoc bench: chỉ hỗ trợ 'extract' và 'serve'");
            return 2;
        }
        List<String> corpus = load(dirs.isEmpty() ? List.of(Path.of("src/samples")) : dirs);
        if (corpus.isEmpty()) {
            spec.commandLine().getErr().println("dondoc bench: không có văn bản mẫu");
            return 1;
        }
        long corpusBytes = corpus.stream()
                .mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        int rounds = (int) Math.max(1, Math.ceil(mb * 1024.0 * 1024.0 / corpusBytes));
        out.printf(
                "corpus: %d documents, %.1f MB; %d rounds ≥ %d MB per run; %d cores%n",
                corpus.size(),
                corpusBytes / 1048576.0,
                rounds,
                mb,
                Runtime.getRuntime().availableProcessors());
        DocumentPipeline warm = new DocumentPipeline(Lexicon.standard());
        // three passes over everything first, so the JIT has compiled and profiled every stage before the clock starts
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (String text : corpus) {
                warm.parse("warm", text);
            }
        }
        DocumentPipeline one = new DocumentPipeline(Lexicon.standard());
        run(out, "1 thread", one, corpus, rounds, 1, corpusBytes);
        printStages(out, one);
        printSlowest(out, one, corpus);
        DocumentPipeline many = new DocumentPipeline(Lexicon.standard());
        run(out, threads + " threads", many, corpus, rounds, threads, corpusBytes);
        out.flush();
        return 0;
    }

    private Integer serve(PrintWriter out) throws Exception {
        java.net.URI base;
        try {
            base = java.net.URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dondoc bench serve: địa chỉ không hợp lệ: " + url);
            return 2;
        }
        if (!ServeLoad.loopback(base)) {
            spec.commandLine()
                    .getErr()
                    .println("dondoc bench serve: chỉ đo máy chủ trên chính máy này (loopback), không phải " + url
                            + " (refusing a non-loopback URL)");
            return 2;
        }
        Path file = accounts != null ? accounts : data.resolve("generated-accounts.tsv");
        if (!Files.isReadable(file)) {
            spec.commandLine()
                    .getErr()
                    .println("dondoc bench serve: không đọc được " + file
                            + " (chạy 'dondoc generate' trước, hoặc --accounts)");
            return 1;
        }
        List<ServeLoad.Account> chosen = ServeLoad.pickUsers(ServeLoad.readAccounts(file), users, 13);
        if (chosen.isEmpty() || users < 1) {
            spec.commandLine().getErr().println("dondoc bench serve: không có tài khoản nào trong " + file);
            return 1;
        }
        java.time.Duration length = seconds != null
                ? java.time.Duration.ofSeconds(seconds)
                : java.time.Duration.ofMillis((long) (minutes * 60_000));
        out.printf(
                "%d người dùng (%d đơn vị) trên %s trong %d s...%n",
                chosen.size(),
                chosen.stream().map(ServeLoad.Account::unitId).distinct().count(),
                base,
                length.toSeconds());
        out.flush();
        long errors = new ServeLoad(base).run(chosen, length, out);
        return errors == 0 ? 0 : 3;
    }

    private static void run(
            PrintWriter out,
            String label,
            DocumentPipeline p,
            List<String> corpus,
            int rounds,
            int threads,
            long corpusBytes)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = corpus.size() * rounds;
        AtomicInteger items = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    ParsedDocument d = p.parse("bench", corpus.get(i % corpus.size()));
                    items.addAndGet(d.tasks().size()
                            + d.references().size()
                            + d.targets().size());
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        double mbytes = corpusBytes * (double) rounds / 1048576.0;
        double cpuSecs = cpu.get() / 1e9;
        // CPU seconds too: on a shared machine wall time measures the neighbours as much as the code
        out.printf(
                "%-10s %8.1f MB in %6.2f s: %7.2f MB/s, %8.1f documents/s; per CPU-second %.2f MB/s (%d items found)%n",
                label, mbytes, secs, mbytes / secs, total / secs, mbytes / Math.max(cpuSecs, 1e-9), items.get());
    }

    /** The documents that cost the most per byte: where to look first when throughput drops. */
    private static void printSlowest(PrintWriter out, DocumentPipeline p, List<String> corpus) {
        List<double[]> cost = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            long t0 = System.nanoTime();
            p.parse("probe", corpus.get(i));
            double secs = (System.nanoTime() - t0) / 1e9;
            cost.add(new double[] {i, secs, corpus.get(i).length() / 1048576.0 / Math.max(secs, 1e-9)});
        }
        cost.sort((a, b) -> Double.compare(b[1], a[1]));
        StringBuilder sb = new StringBuilder("slowest:");
        for (int k = 0; k < Math.min(5, cost.size()); k++) {
            double[] c = cost.get(k);
            sb.append(String.format(
                    " #%d %.0f ms (%.0f KB, %.2f MB/s);",
                    (int) c[0], c[1] * 1000, corpus.get((int) c[0]).length() / 1024.0, c[2]));
        }
        out.println(sb);
    }

    private static void printStages(PrintWriter out, DocumentPipeline p) {
        Map<DocumentPipeline.Stage, Long> st = p.stageNanos();
        long sum = st.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder("stages:");
        st.forEach((k, v) ->
                sb.append(String.format(" %s %.0f%%", k.name().toLowerCase(), 100.0 * v / Math.max(1, sum))));
        out.println(sb);
    }

    private static List<String> load(List<Path> dirs) throws IOException {
        List<String> out = new ArrayList<>();
        vn.dondoc.ingest.DocumentReader reader = new vn.dondoc.ingest.DocumentReader();
        for (Path d : dirs) {
            for (Path f : InputFiles.expand(List.of(d))) {
                try {
                    out.add(reader.read(f).text());
                } catch (vn.dondoc.ingest.UnreadableDocumentException e) {
                    // the bench reads only good text
                }
            }
        }
        return out;
    }
}
