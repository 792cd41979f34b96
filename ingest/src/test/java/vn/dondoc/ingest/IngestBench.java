package vn.dondoc.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.dondoc.ingest.encoding.LegacyEncoding;

/**
 * Prints how fast files become text, per format, on this machine. Not a test: run with
 * {@code mvn -q -pl ingest test-compile exec:java -Dexec.mainClass=vn.dondoc.ingest.IngestBench -Dexec.classpathScope=test}.
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        DocumentReader reader = new DocumentReader();
        StringBuilder all = new StringBuilder();
        for (String sample : TestDocuments.sampleNames()) {
            all.append(TestDocuments.sample(sample));
        }
        String text = all.toString();
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, max heap %d MB; corpus %d chars (5 samples)%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                text.length());
        run(reader, "TEXT utf-8", "a.txt", text.getBytes(StandardCharsets.UTF_8), text.length());
        run(
                reader,
                "TEXT tcvn3",
                "a.txt",
                LegacyEncoding.TCVN3.fromUnicode(text).getBytes(StandardCharsets.ISO_8859_1),
                text.length());
        run(
                reader,
                "TEXT vni",
                "a.txt",
                LegacyEncoding.VNI.fromUnicode(text).getBytes(StandardCharsets.ISO_8859_1),
                text.length());
        run(reader, "DOCX", "a.docx", TestDocuments.docx(text), text.length());
        run(reader, "HTML", "a.html", TestDocuments.html(text, true).getBytes(StandardCharsets.UTF_8), text.length());
        if (TestDocuments.vietnameseFontAvailable()) {
            run(reader, "PDF", "a.pdf", TestDocuments.pdf(text), text.length());
        }
        // A big plain-text file read from disk: time and heap growth.
        Path big = Files.createTempFile("dondoc-bench", ".txt");
        try {
            byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
            try (var out = Files.newOutputStream(big)) {
                for (long written = 0; written < 50L << 20; written += chunk.length) {
                    out.write(chunk);
                }
            }
            System.gc();
            long heapBefore =
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            long t0 = System.nanoTime();
            ReadResult r = reader.read(big);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long heapAfter =
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            System.out.printf(
                    Locale.ROOT,
                    "%-11s %6.1f MB file: %6d ms, %5.1f MB/s, heap +%d MB holding the result (%d chars)%n",
                    "TEXT big",
                    Files.size(big) / 1048576.0,
                    ms,
                    Files.size(big) / 1048576.0 / (ms / 1000.0),
                    (heapAfter - heapBefore) >> 20,
                    r.text().length());
        } finally {
            Files.deleteIfExists(big);
        }
    }

    private static void run(DocumentReader reader, String label, String name, byte[] file, int chars) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5; i++) {
            reader.read(name, file); // warm up
        }
        int rounds = 0;
        long start = System.nanoTime();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long elapsed;
        do {
            reader.read(name, file);
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 3_000_000_000L);
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds;
        System.out.printf(
                Locale.ROOT,
                "%-11s %7d bytes: %7.1f ms/file wall, %7.1f ms/file CPU, %6.2f MB text/s (CPU)%n",
                label,
                file.length,
                elapsed / 1e6 / rounds,
                cpuMs,
                chars / 1048576.0 / (cpuMs / 1000));
    }
}
