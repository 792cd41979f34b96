package vn.dondoc.textcore.repair;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Lower-cased word unigram and bigram counts with absolute-discount interpolation (a bigram model in the
 * Kneser–Ney family without the continuation counts). Id 0 is the segment boundary, used both as the left
 * context of a segment's first word and as the event after its last word. Immutable after loading.
 */
final class LanguageModel {
    static final int BOUNDARY = 0;
    static final int UNKNOWN = -1;
    private static final String MAGIC = "dondoc-syllable-lm/2";
    static final int NONE = -2;
    static final long ID_MASK = (1L << 21) - 1;
    private static final double DISCOUNT = 0.75;

    final String[] words;
    final int[] counts;
    /** Word → id, open addressing on a hash of every character (the String hash of Vietnamese words collides). */
    private final String[] idKeys;

    private final int[] idValues;
    private final int idMask;
    private final long total;
    private final double[] backoff;
    private final double[] logUnigram;
    private final double[] unigram;
    private final double unknown;
    private final double logUnknown;
    // open-addressing table: key = a<<32|b, value = count
    private final long[] keys;
    private final int[] values;
    private final int mask;
    final int bigramCount;
    final int trigramCount;
    private final long[] trigramKeys;
    private final int[] trigramValues;
    private final int trigramMask;
    // per bigram context (a, b) with trigrams: backoff weight, as float bits in a table keyed like bigrams
    private final long[] gammaKeys;
    private final int[] gammaValues;
    private final int gammaMask;

    static long trigramKey(int a, int b, int c) {
        return ((long) a << 42) | ((long) b << 21) | c;
    }

    LanguageModel(String[] words, int[] counts, long[] bigramKeys, int[] bigramCounts, long[] tKeys, int[] tCounts) {
        if (words.length > ID_MASK) {
            throw new IllegalArgumentException("vocabulary too large for trigram keys: " + words.length);
        }
        this.words = words;
        this.counts = counts;
        int idCap = Integer.highestOneBit(Math.max(16, words.length * 2)) << 1;
        this.idKeys = new String[idCap];
        this.idValues = new int[idCap];
        this.idMask = idCap - 1;
        long sum = 0;
        for (int i = 0; i < words.length; i++) {
            int h = wordHash(words[i]) & idMask;
            while (idKeys[h] != null && !idKeys[h].equals(words[i])) {
                h = (h + 1) & idMask;
            }
            idKeys[h] = words[i]; // a repeated word keeps its last id
            idValues[h] = i;
            if (i != BOUNDARY) {
                sum += counts[i];
            }
        }
        this.total = sum;
        int cap = Integer.highestOneBit(Math.max(16, bigramKeys.length * 2)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
        java.util.Arrays.fill(keys, -1L);
        double[] discounted = new double[words.length];
        for (int i = 0; i < bigramKeys.length; i++) {
            put(bigramKeys[i], bigramCounts[i]);
            discounted[(int) (bigramKeys[i] >>> 32)] += Math.max(0, bigramCounts[i] - DISCOUNT);
        }
        bigramCount = bigramKeys.length;
        backoff = new double[words.length];
        logUnigram = new double[words.length];
        unigram = new double[words.length];
        double denom = total + counts[BOUNDARY] + 0.5 * words.length; // the boundary is an event too
        for (int i = 0; i < words.length; i++) {
            backoff[i] = counts[i] == 0 ? 1 : Math.max(1e-6, 1 - discounted[i] / counts[i]);
            unigram[i] = (counts[i] + 0.5) / denom;
            logUnigram[i] = Math.log(unigram[i]);
        }
        // an unseen word: about as likely as a word seen once, halved
        unknown = 0.5 / denom;
        logUnknown = Math.log(unknown);
        trigramCount = tKeys.length;
        int tcap = Integer.highestOneBit(Math.max(16, tKeys.length * 2)) << 1;
        trigramKeys = new long[tcap];
        trigramValues = new int[tcap];
        trigramMask = tcap - 1;
        java.util.Arrays.fill(trigramKeys, -1L);
        for (int i = 0; i < tKeys.length; i++) {
            put(trigramKeys, trigramValues, trigramMask, tKeys[i], tCounts[i]);
        }
        // backoff weight per context (a, b): sorted keys put each context's trigrams next to each other
        long[] sorted = tKeys.clone();
        java.util.Arrays.sort(sorted);
        int contexts = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] >>> 21 != sorted[i - 1] >>> 21) {
                contexts++;
            }
        }
        int gcap = Integer.highestOneBit(Math.max(16, contexts * 2)) << 1;
        gammaKeys = new long[gcap];
        gammaValues = new int[gcap];
        gammaMask = gcap - 1;
        java.util.Arrays.fill(gammaKeys, -1L);
        int at = 0;
        while (at < sorted.length) {
            long context = sorted[at] >>> 21;
            double kept = 0;
            int j = at;
            for (; j < sorted.length && sorted[j] >>> 21 == context; j++) {
                kept += Math.max(0, get(trigramKeys, trigramValues, trigramMask, sorted[j], 0) - DISCOUNT);
            }
            int a = (int) (context >>> 21);
            int b = (int) (context & ID_MASK);
            long ctx = ((long) a << 32) | b;
            float gamma = (float) Math.max(1e-6, 1 - kept / Math.max(1, bigram(a, b)));
            put(gammaKeys, gammaValues, gammaMask, ctx, Float.floatToIntBits(gamma));
            at = j;
        }
    }

    private void put(long key, int value) {
        put(keys, values, mask, key, value);
    }

    private static void put(long[] keys, int[] values, int mask, long key, int value) {
        int h = hash(key) & mask;
        while (keys[h] != -1L && keys[h] != key) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        values[h] = value;
    }

    /** Value stored under key, or {@code missing}. */
    private static int get(long[] keys, int[] values, int mask, long key, int missing) {
        int h = hash(key) & mask;
        while (true) {
            long k = keys[h];
            if (k == key) {
                return values[h];
            }
            if (k == -1L) {
                return missing;
            }
            h = (h + 1) & mask;
        }
    }

    /** P(c | a, b): trigram where the context (a, b) was seen, else the bigram P(c | b). */
    double prob3(int a, int b, int c) {
        if (a < 0 || b < 0 || c < 0) {
            return prob(b, c);
        }
        int cab = bigram(a, b);
        if (cab == 0) {
            return prob(b, c);
        }
        long ctx = ((long) a << 32) | b;
        int g = get(gammaKeys, gammaValues, gammaMask, ctx, Integer.MIN_VALUE);
        double gamma = g == Integer.MIN_VALUE ? 1 : Float.intBitsToFloat(g);
        double p = gamma * prob(b, c);
        int n = get(trigramKeys, trigramValues, trigramMask, trigramKey(a, b, c), 0);
        if (n > 0) {
            p += (n - DISCOUNT) / cab;
        }
        return p;
    }

    double logProb3(int a, int b, int c) {
        return Math.log(prob3(a, b, c));
    }

    private static int hash(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 29));
    }

    int bigram(int a, int b) {
        long key = ((long) a << 32) | (b & 0xffffffffL);
        int h = hash(key) & mask;
        while (true) {
            long k = keys[h];
            if (k == key) {
                return values[h];
            }
            if (k == -1L) {
                return 0;
            }
            h = (h + 1) & mask;
        }
    }

    int id(String lowerWord) {
        int h = wordHash(lowerWord) & idMask;
        while (true) {
            String k = idKeys[h];
            if (k == null) {
                return UNKNOWN;
            }
            if (k.equals(lowerWord)) {
                return idValues[h];
            }
            h = (h + 1) & idMask;
        }
    }

    /** FNV-1a over the characters, then mixed. */
    private static int wordHash(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    int count(int id) {
        return id < 0 ? 0 : counts[id];
    }

    int size() {
        return words.length;
    }

    /** log P(b | a); either may be {@link #UNKNOWN}. */
    double logProb(int a, int b) {
        if (a == UNKNOWN) {
            return b == UNKNOWN ? logUnknown : logUnigram[b];
        }
        return Math.log(prob(a, b));
    }

    /** P(b | a); either may be {@link #UNKNOWN}. */
    double prob(int a, int b) {
        if (a == UNKNOWN) {
            return b == UNKNOWN ? unknown : unigram[b];
        }
        if (b == UNKNOWN) {
            return backoff[a] * unknown;
        }
        double p = backoff[a] * unigram[b];
        int c = bigram(a, b);
        if (c > 0) {
            p += (c - DISCOUNT) / counts[a];
        }
        return p;
    }

    // ---- storage: gzip(DataOutput) of magic, vocabulary with counts, bigrams as varint deltas ----

    void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeUTF(MAGIC);
            out.writeInt(words.length);
            for (int i = 0; i < words.length; i++) {
                out.writeUTF(words[i]);
                writeVarint(out, counts[i]);
            }
            long[] sorted = usedKeysSorted(keys, bigramCount);
            out.writeInt(sorted.length);
            long prevA = 0;
            long prevB = 0;
            for (long k : sorted) {
                long a = k >>> 32;
                long b = k & 0xffffffffL;
                writeVarint(out, (int) (a - prevA));
                writeVarint(out, (int) (a == prevA ? b - prevB : b));
                writeVarint(out, bigram((int) a, (int) b));
                prevA = a;
                prevB = b;
            }
            long[] tsorted = usedKeysSorted(trigramKeys, trigramCount);
            out.writeInt(tsorted.length);
            long prev = 0;
            for (long k : tsorted) {
                writeVarlong(out, k - prev);
                writeVarint(out, get(trigramKeys, trigramValues, trigramMask, k, 0));
                prev = k;
            }
        }
    }

    private static void writeVarlong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7fL) != 0) {
            out.writeByte((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarlong(DataInputStream in) throws IOException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    static LanguageModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new IOException("not a dondoc syllable model (header '" + magic + "')");
            }
            int v = in.readInt();
            String[] words = new String[v];
            int[] counts = new int[v];
            for (int i = 0; i < v; i++) {
                words[i] = in.readUTF();
                counts[i] = readVarint(in);
            }
            int n = in.readInt();
            long[] keys = new long[n];
            int[] values = new int[n];
            long a = 0;
            long b = 0;
            for (int i = 0; i < n; i++) {
                int da = readVarint(in);
                int db = readVarint(in);
                b = da == 0 ? b + db : db;
                a += da;
                keys[i] = (a << 32) | b;
                values[i] = readVarint(in);
            }
            int m = in.readInt();
            long[] tkeys = new long[m];
            int[] tvalues = new int[m];
            long prev = 0;
            for (int i = 0; i < m; i++) {
                prev += readVarlong(in);
                tkeys[i] = prev;
                tvalues[i] = readVarint(in);
            }
            return new LanguageModel(words, counts, keys, values, tkeys, tvalues);
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    /** The occupied slots (-1 marks an empty one) of an open-addressing key table, sorted for delta coding. */
    private static long[] usedKeysSorted(long[] table, int count) {
        long[] sorted = new long[count];
        int n = 0;
        for (long k : table) {
            if (k != -1L && n < count) {
                sorted[n++] = k;
            }
        }
        long[] used = n == count ? sorted : java.util.Arrays.copyOf(sorted, n);
        java.util.Arrays.sort(used);
        return used;
    }
}
