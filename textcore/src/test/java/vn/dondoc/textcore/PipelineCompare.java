package vn.dondoc.textcore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the extraction speed of builds of textcore on a busy machine: each build ({@code label=classes-dir,vntext.jar})
 * in its own class loader, the whole corpus parsed by each in turn, the order alternating from round to round, and
 * the CPU time of this thread counted (not the wall time, which other processes stretch). Prints MB per CPU-second
 * per round and the median. Not a test: run it with {@code java -cp textcore/target/test-classes
 * vn.dondoc.textcore.PipelineCompare CORPUS_DIR ROUNDS base=DIR,VNTEXT_JAR new=DIR,VNTEXT_JAR}.
 */
public class PipelineCompare {
    public static void main(String[] a) throws Exception {
        // args: corpusDir rounds label=path[,path...] ...
        Path dir = Path.of(a[0]);
        int rounds = Integer.parseInt(a[1]);
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(java.nio.ByteBuffer.wrap(b))
                        .toString());
            }
        }
        List<String> labels = new ArrayList<>();
        List<Object> pipes = new ArrayList<>();
        List<Method> parses = new ArrayList<>();
        for (int i = 2; i < a.length; i++) {
            String[] kv = a[i].split("=", 2);
            List<URL> urls = new ArrayList<>();
            for (String p : kv[1].split(",")) urls.add(Path.of(p).toUri().toURL());
            URLClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("vn.dondoc.textcore.DocumentPipeline");
            Object pipe = c.getMethod("standard").invoke(null);
            labels.add(kv[0]);
            pipes.add(pipe);
            parses.add(c.getMethod("parse", String.class, String.class));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double mb = bytes / 1e6;
        for (int v = 0; v < pipes.size(); v++) for (int w = 0; w < 3; w++) pass(parses.get(v), pipes.get(v), texts);
        double[][] t = new double[pipes.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < pipes.size(); k++) {
                int v = (r % 2 == 0) ? k : pipes.size() - 1 - k; // alternate order
                long c0 = mx.getCurrentThreadCpuTime();
                pass(parses.get(v), pipes.get(v), texts);
                t[v][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            }
            StringBuilder sb = new StringBuilder("round " + r + ":");
            for (int v = 0; v < pipes.size(); v++)
                sb.append(String.format("  %s %.2f MB/CPU-s", labels.get(v), mb / t[v][r]));
            System.out.println(
                    sb + "   load " + new String(Files.readAllBytes(Path.of("/proc/loadavg"))).split(" ")[0]);
        }
        for (int v = 0; v < pipes.size(); v++) {
            double[] x = t[v].clone();
            Arrays.sort(x);
            double med = x[x.length / 2], best = x[0];
            System.out.printf(
                    "%s: median %.2f MB per CPU-second, best %.2f (%.1f MB corpus)%n",
                    labels.get(v), mb / med, mb / best, mb);
        }
    }

    static long sink;

    static void pass(Method parse, Object pipe, List<String> texts) throws Exception {
        for (String s : texts) sink += parse.invoke(pipe, "ab", s).hashCode();
    }
}
