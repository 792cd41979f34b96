package vn.dondoc.textcore.repair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Synthetic benchmark of {@link DiacriticRepairer}: damages held-out clean documents with
 * {@link DiacriticDamager}, repairs them, prints precision and recall of the changes, then the throughput on
 * clean text (one thread).
 *
 * <pre>
 * mvn -q -B -pl textcore test-compile
 * java -cp textcore/target/classes:textcore/target/test-classes vn.dondoc.textcore.repair.RepairBench /work/shared/corpus/real [rate] [joinRate]
 * </pre>
 * Only files with {@link LanguageModelBuilder#isHeldOut(String)} (never seen by the model) are used.
 * System properties {@code bench.showWrong=N} and {@code bench.showMissed=N} list wrong changes and misses.
 */
public final class RepairBench {

    /** Counts for precision (correct changes / changes) and recall (damaged words restored / damaged words). */
    public record Score(int changes, int correctChanges, int damagedWords, int restoredWords) {
        public Score plus(Score o) {
            return new Score(
                    changes + o.changes,
                    correctChanges + o.correctChanges,
                    damagedWords + o.damagedWords,
                    restoredWords + o.restoredWords);
        }

        public double precision() {
            return changes == 0 ? 1 : (double) correctChanges / changes;
        }

        public double recall() {
            return damagedWords == 0 ? 1 : (double) restoredWords / damagedWords;
        }
    }

    /** A change is correct when its replacement equals the clean words under it. */
    public static Score evaluate(
            DiacriticDamager.Damaged d, RepairResult r, List<String> wrongOut, List<String> missedOut) {
        int correct = 0;
        List<int[]> correctClean = new ArrayList<>();
        for (Repair rep : r.repairs()) {
            int[] range = cleanRange(d, rep.span().start(), rep.span().end());
            String truth = d.clean().substring(range[0], range[1]);
            // a lost capital vowel ("Ủy" → "y") cannot be told from a lost small one: case is not scored
            if (truth.equalsIgnoreCase(rep.replacement())) {
                correct++;
                correctClean.add(range);
            } else if (wrongOut != null) {
                wrongOut.add(rep.original() + " -> " + rep.replacement() + " (truth: " + truth + ")");
            }
        }
        int restored = 0;
        for (int[] w : d.damagedWords()) {
            boolean found = false;
            for (int[] c : correctClean) {
                if (c[0] <= w[0] && w[1] <= c[1]) {
                    found = true;
                    break;
                }
            }
            if (found) {
                restored++;
            } else if (missedOut != null) {
                int s = Math.max(0, w[0] - 20);
                int e = Math.min(d.clean().length(), w[1] + 20);
                missedOut.add(d.clean().substring(w[0], w[1]) + "   | "
                        + d.clean().substring(s, e).replace('\n', ' '));
            }
        }
        return new Score(r.repairs().size(), correct, d.damagedWords().size(), restored);
    }

    /** Clean range of whole words under a damaged range (damage may have removed a word's first or last letter). */
    static int[] cleanRange(DiacriticDamager.Damaged d, int start, int end) {
        String clean = d.clean();
        if (end <= start) {
            int at = start < d.toClean().length ? d.toClean()[start] : clean.length();
            return new int[] {at, at};
        }
        int s = d.toClean()[start];
        int e = d.toClean()[end - 1] + 1;
        while (s > 0 && Tokens.isWordChar(clean.charAt(s - 1))) {
            s--;
        }
        while (e < clean.length() && Tokens.isWordChar(clean.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    /** CPU time of this thread: the machine is shared, so wall-clock time would measure the neighbours. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RepairBench CORPUS_DIR [rate=0.03] [joinRate=0.5]");
            System.exit(2);
        }
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.03;
        double joinRate = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            for (Path p :
                    list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (LanguageModelBuilder.isHeldOut(p.getFileName().toString())) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        long t0 = cpuNanos();
        DiacriticRepairer repairer = DiacriticRepairer.load();
        System.out.printf("model load: %.0f ms of CPU time%n", (cpuNanos() - t0) / 1e6);
        DiacriticDamager damager = new DiacriticDamager(rate, joinRate);
        Score total = new Score(0, 0, 0, 0);
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        long bytes = 0;
        long damagedNanos = 0;
        for (int i = 0; i < texts.size(); i++) {
            DiacriticDamager.Damaged d = damager.damage(texts.get(i), 1000 + i);
            long s = cpuNanos();
            RepairResult r = repairer.repair(d.text());
            damagedNanos += cpuNanos() - s;
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            total = total.plus(evaluate(d, r, wrong, missed));
        }
        System.out.printf(
                "held-out documents: %d (%.1f MB), damage rate %.3f of toned syllables, join %.2f%n",
                texts.size(), bytes / 1e6, rate, joinRate);
        System.out.printf(
                "damaged words: %d, changes: %d, correct: %d, restored: %d%n",
                total.damagedWords(), total.changes(), total.correctChanges(), total.restoredWords());
        System.out.printf("precision: %.4f  recall: %.4f%n", total.precision(), total.recall());
        System.out.printf("throughput on damaged text: %.2f MB/s of CPU time%n", bytes / 1e6 / (damagedNanos / 1e9));
        wrong.stream()
                .limit(Integer.getInteger("bench.showWrong", 0))
                .forEach(w -> System.out.println("  wrong: " + w));
        missed.stream()
                .limit(Integer.getInteger("bench.showMissed", 0))
                .forEach(w -> System.out.println("  missed: " + w));
        // throughput on clean text, one thread, after warm-up
        long cleanBytes = 0;
        for (String t : texts) {
            cleanBytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        for (int warm = 0; warm < 2; warm++) {
            for (String t : texts) {
                repairer.repair(t);
            }
        }
        int rounds = 0;
        long start = cpuNanos();
        int cleanChanges = 0;
        while (cpuNanos() - start < 3_000_000_000L || rounds < 1) {
            for (String t : texts) {
                cleanChanges += repairer.repair(t).repairs().size();
            }
            rounds++;
        }
        double secs = (cpuNanos() - start) / 1e9;
        System.out.printf(
                "throughput on clean text: %.2f MB/s of CPU time (one thread, %d rounds); changes made to clean text: %d per round%n",
                cleanBytes * rounds / 1e6 / secs, rounds, cleanChanges / rounds);
    }
}
