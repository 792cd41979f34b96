package vn.dondoc.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.dondoc.search.analysis.VietnameseAnalyzer;
import vn.dondoc.search.analysis.VietnameseAnalyzer.Mode;

/**
 * Analysis speed: the Vietnamese chains against Lucene's StandardAnalyzer on the same text, in MB of text
 * (UTF-16 chars × 2) per CPU-second of this thread, best of several interleaved rounds. Not a test; see BENCH.md.
 * {@code AnalyzerBench [DIR_OF_TXT] [--mb N]}: the text is the .txt files of DIR (default: the shipped sentences).
 */
public final class AnalyzerBench {
    public static void main(String[] args) throws IOException {
        Path dir = null;
        int mb = 20;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mb")) mb = Integer.parseInt(args[++i]);
            else dir = Path.of(args[i]);
        }
        List<String> docs = new ArrayList<>();
        long chars = 0;
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    String t = Files.readString(f, StandardCharsets.UTF_8);
                    docs.add(t);
                    chars += t.length();
                    if (chars * 2 > (long) mb << 20) break;
                }
            }
        } else {
            for (String s : SearchBench.shippedSentences()) {
                docs.add(s);
                chars += s.length();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "text: %d documents, %.1f MB (UTF-16) from %s%n",
                docs.size(),
                chars * 2 / 1048576.0,
                dir == null ? "resources" : dir);
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("lucene StandardAnalyzer", new StandardAnalyzer());
        for (Mode m : new Mode[] {Mode.FOLDED_INDEX, Mode.EXACT_INDEX, Mode.SHINGLE, Mode.FOLDED_QUERY}) {
            analyzers.put("vietnamese " + m, new VietnameseAnalyzer(m));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Long> tokens = new LinkedHashMap<>();
        for (int round = 0; round < 7; round++) {
            for (Map.Entry<String, Analyzer> e : analyzers.entrySet()) {
                long cpu = mx.getCurrentThreadCpuTime();
                long n = 0;
                for (String d : docs) n += tokens(e.getValue(), d);
                double secs = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
                if (round >= 2) best.merge(e.getKey(), chars * 2 / 1048576.0 / secs, Math::max); // rounds 0-1: warm-up
                tokens.put(e.getKey(), n);
            }
        }
        double standard = best.get("lucene StandardAnalyzer");
        for (String k : best.keySet()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %7.1f MB/CPU-s  %9d tokens  %5.2fx slower than StandardAnalyzer%n",
                    k,
                    best.get(k),
                    tokens.get(k),
                    standard / best.get(k));
        }
    }

    private static long tokens(Analyzer a, String text) throws IOException {
        long n = 0;
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 0) n++;
            }
            ts.end();
        }
        return n;
    }
}
