package vn.dondoc.textcore.repair;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Build-time tool: counts lower-cased word unigrams and bigrams over a directory of clean Vietnamese
 * {@code *.txt} files and writes the compact model that {@link DiacriticRepairer} loads. Files for which
 * {@link #isHeldOut(String)} holds are skipped, so they stay free for measuring the repairer.
 *
 * <p>Regenerate the committed resource (run from the repository root, after {@code mvn -pl textcore test-compile}; a build-time tool, kept out of the main jar):
 * <pre>
 * java -Xmx3g -cp textcore/target/classes:textcore/target/test-classes vn.dondoc.textcore.repair.LanguageModelBuilder \
 *     /work/shared/corpus/real textcore/src/main/resources/vn/dondoc/textcore/repair/syllable-lm.bin.gz
 * </pre>
 */
public final class LanguageModelBuilder {
    static final int MIN_WORD_COUNT = 2;
    static final int MIN_BIGRAM_COUNT = 1;
    static final int MIN_TRIGRAM_COUNT = 1;

    private final Map<String, int[]> wordCounts = new HashMap<>();
    private final Map<Long, int[]> bigramCounts = new HashMap<>();
    private final Map<Long, int[]> trigramCounts = new HashMap<>();
    private final Map<String, Integer> provisionalIds = new HashMap<>();
    private final List<String> provisionalWords = new ArrayList<>();
    private int segments;

    /** One file in ten, chosen by a stable hash of its name, is held out of the model for evaluation. */
    public static boolean isHeldOut(String fileName) {
        CRC32 crc = new CRC32();
        crc.update(fileName.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 == 0;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LanguageModelBuilder CORPUS_DIR OUT_FILE.bin.gz");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        LanguageModelBuilder builder = new LanguageModelBuilder();
        int files = 0;
        int heldOut = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p :
                    list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (isHeldOut(p.getFileName().toString())) {
                    heldOut++;
                    continue;
                }
                builder.add(Files.readString(p, StandardCharsets.UTF_8));
                files++;
            }
        }
        LanguageModel model = builder.build();
        Path out = Path.of(args[1]);
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf(
                "model: %d training files (%d held out), %d words, %d bigrams, %d trigrams, %,d bytes -> %s%n",
                files, heldOut, model.size(), model.bigramCount, model.trigramCount, Files.size(out), out);
    }

    void add(String rawText) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFC);
        Tokens t = Tokens.of(text);
        int prev2 = -1;
        int prev = -1;
        for (int i = 0; i < t.size; i++) {
            if (t.segmentStart[i]) {
                if (prev >= 0) {
                    count(prev2, prev, 0);
                }
                segments++;
                prev2 = -1;
                prev = 0;
            }
            String w = VietnameseText.lower(t.word(i));
            int id = provisionalId(w);
            wordCounts.computeIfAbsent(w, k -> new int[1])[0]++;
            count(prev2, prev, id);
            prev2 = prev;
            prev = id;
        }
        if (prev > 0) {
            count(prev2, prev, 0);
        }
    }

    private void count(int a, int b, int c) {
        bigramCounts.computeIfAbsent(((long) b << 32) | c, k -> new int[1])[0]++;
        if (a >= 0) {
            trigramCounts.computeIfAbsent(LanguageModel.trigramKey(a, b, c), k -> new int[1])[0]++;
        }
    }

    private int provisionalId(String w) {
        Integer id = provisionalIds.get(w);
        if (id == null) {
            id = provisionalWords.size() + 1;
            provisionalIds.put(w, id);
            provisionalWords.add(w);
        }
        return id;
    }

    LanguageModel build() {
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : wordCounts.entrySet()) {
            if (e.getValue()[0] >= MIN_WORD_COUNT && e.getKey().length() <= 24) {
                kept.add(e.getKey());
            }
        }
        // frequent words first: smaller ids make smaller varints
        kept.sort((x, y) -> {
            int byCount = Integer.compare(wordCounts.get(y)[0], wordCounts.get(x)[0]);
            return byCount != 0 ? byCount : x.compareTo(y); // ties by word: the same corpus gives the same file
        });
        String[] words = new String[kept.size() + 1];
        int[] counts = new int[words.length];
        int[] remap = new int[provisionalWords.size() + 1];
        java.util.Arrays.fill(remap, -1);
        words[0] = "<s>";
        counts[0] = segments;
        remap[0] = 0;
        for (int i = 0; i < kept.size(); i++) {
            words[i + 1] = kept.get(i);
            counts[i + 1] = wordCounts.get(kept.get(i))[0];
            remap[provisionalIds.get(kept.get(i))] = i + 1;
        }
        List<long[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : bigramCounts.entrySet()) {
            int c = e.getValue()[0];
            if (c < MIN_BIGRAM_COUNT) {
                continue;
            }
            int a = remap[(int) (e.getKey() >>> 32)];
            int b = remap[(int) (e.getKey() & 0xffffffffL)];
            if (a >= 0 && b >= 0) {
                pairs.add(new long[] {((long) a << 32) | b, c});
            }
        }
        long[] keys = new long[pairs.size()];
        int[] values = new int[pairs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = pairs.get(i)[0];
            values[i] = (int) pairs.get(i)[1];
        }
        List<long[]> triples = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : trigramCounts.entrySet()) {
            int c = e.getValue()[0];
            if (c < MIN_TRIGRAM_COUNT) {
                continue;
            }
            long k = e.getKey();
            int x = remap[(int) (k >>> 42)];
            int y = remap[(int) ((k >>> 21) & LanguageModel.ID_MASK)];
            int z = remap[(int) (k & LanguageModel.ID_MASK)];
            if (x >= 0 && y >= 0 && z >= 0) {
                triples.add(new long[] {LanguageModel.trigramKey(x, y, z), c});
            }
        }
        long[] tkeys = new long[triples.size()];
        int[] tvalues = new int[triples.size()];
        for (int i = 0; i < tkeys.length; i++) {
            tkeys[i] = triples.get(i)[0];
            tvalues[i] = (int) triples.get(i)[1];
        }
        return new LanguageModel(words, counts, keys, values, tkeys, tvalues);
    }
}
