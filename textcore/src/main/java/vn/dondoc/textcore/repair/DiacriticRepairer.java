package vn.dondoc.textcore.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.textcore.model.Span;

/**
 * Stage that restores syllables whose toned vowel was lost in PDF text extraction ("tnh" → "tỉnh",
 * "tchức" → "tổ chức", "nông thôn mi" → "nông thôn mới") and rejoins syllables split by a stray space
 * ("Ch ủ" → "Chủ").
 *
 * <p>How: each word gets its options (keep it; re-insert a toned vowel; split a token that also lost the
 * space after the vowel; join with the next fragment). A word trigram model built from clean Vietnamese
 * administrative text ({@link LanguageModelBuilder}) scores the options of a context segment in one
 * lattice; max-marginals give each change a confidence and only confident changes are made. Words with
 * one option — almost all words of clean text — cost a table look-up.
 *
 * <p>Stateless and thread-safe; build once with {@link #load()} (a shared instance) and reuse.
 */
public final class DiacriticRepairer {
    private static final String RESOURCE = "syllable-lm.bin.gz";

    /** Prior that a syllable with a toned vowel lost it (channel probability of the damage). */
    private static final double LOG_DAMAGE = Math.log(0.02);
    /** Prior that, when the lost vowel ended the syllable, the space after it went too. */
    private static final double LOG_JOINED = Math.log(0.5);
    /** Prior that a syllable was cut in two by a stray space. */
    private static final double LOG_SPLIT = Math.log(0.002);
    /** A word must be seen this often in the model's corpus to count as a real word when kept as is. */
    private static final int MIN_KNOWN = 3;
    /** Candidate syllables must be this frequent in the model's corpus (rarer ones are mostly OCR noise: "thé"). */
    private static final int MIN_CANDIDATE = 20;
    /** Most candidates kept per damaged form, by frequency. */
    private static final int MAX_CANDIDATES = 24;
    /** A valid word whose own context score beats every candidate by this many nats is not reconsidered. */
    private static final double PRUNE_FACTOR = Math.exp(-4.0);

    private static final double DAMAGE = Math.exp(LOG_DAMAGE);
    /** Pseudo-posterior a change needs (tuned on the held-out bench, see RepairBench). */
    private static final double MIN_CONFIDENCE = 0.8;
    /** A word that is itself a valid, known syllable ("thi", "mi", "ca") is changed only on stronger evidence. */
    private static final double MIN_CONFIDENCE_VALID = 0.95;

    private static final int MAX_PASSES = 6;
    /** How often a pair must occur for a lone capital inside a sentence to be read as a damaged word. */
    private static final int MIN_LABEL_PAIR = 20;
    /** Most alternatives per token that enter the lattice (ranked by a local score). */
    private static final int MAX_OPTIONS = 8;

    private final LanguageModel lm;
    private final boolean[] syllable;
    private final Map<String, int[]> byDeletion;
    private final Map<String, int[]> byFinalDeletion;

    private DiacriticRepairer(LanguageModel lm) {
        this.lm = lm;
        int v = lm.size();
        syllable = new boolean[v];
        Map<String, List<Integer>> del = new HashMap<>();
        Map<String, List<Integer>> fin = new HashMap<>();
        for (int id = 1; id < v; id++) {
            String w = lm.words[id];
            syllable[id] = VietnameseText.isSyllable(w);
            int t = VietnameseText.tonedIndex(w);
            if (!syllable[id] || t < 0 || lm.counts[id] < MIN_CANDIDATE) {
                continue;
            }
            String damaged = w.substring(0, t) + w.substring(t + 1);
            if (damaged.isEmpty()) {
                continue;
            }
            del.computeIfAbsent(damaged, k -> new ArrayList<>()).add(id);
            if (t == w.length() - 1) {
                fin.computeIfAbsent(damaged, k -> new ArrayList<>()).add(id);
            }
        }
        byDeletion = freeze(del);
        byFinalDeletion = freeze(fin);
    }

    private Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        for (Map.Entry<String, List<Integer>> e : m.entrySet()) {
            // ids are in descending frequency order already (the builder sorts the vocabulary)
            out.put(
                    e.getKey(),
                    e.getValue().stream()
                            .limit(MAX_CANDIDATES)
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
        return out;
    }

    private static final class Holder {
        static final DiacriticRepairer SHARED = create();

        private static DiacriticRepairer create() {
            try (InputStream in = DiacriticRepairer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("DiacriticRepairer: resource " + RESOURCE
                            + " missing from the class path; rebuild it with LanguageModelBuilder");
                }
                return new DiacriticRepairer(LanguageModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("DiacriticRepairer: cannot read " + RESOURCE, e);
            }
        }
    }

    /** The shared instance, built from the bundled model on first use (about half a second of CPU). */
    public static DiacriticRepairer load() {
        return Holder.SHARED;
    }

    /** A repairer over another model file (as written by {@link LanguageModelBuilder}). */
    public static DiacriticRepairer fromModel(InputStream gzippedModel) throws IOException {
        return new DiacriticRepairer(LanguageModel.read(gzippedModel));
    }

    /**
     * Repairs one text. Never throws on any string; returns the input itself when there is nothing to repair.
     * Repeats until nothing changes (at most six passes; later ones only revisit the segments that changed, as
     * a repaired word can make its neighbour repairable), so repairing the output again changes nothing.
     */
    public RepairResult repair(String text) {
        if (text == null || text.isEmpty()) {
            return new RepairResult(text == null ? "" : text, List.of());
        }
        List<Edit> edits = new ArrayList<>();
        String current = text;
        int[] dirty = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Edit> found = repairOnce(current, dirty);
            if (found.isEmpty()) {
                break;
            }
            // a later pass only revisits the segments around this pass's changes (their context changed)
            dirty = new int[found.size() * 2];
            int shift = 0;
            for (int k = 0; k < found.size(); k++) {
                Edit f = found.get(k);
                dirty[2 * k] = f.start + shift;
                shift += f.replacement.length() - (f.end - f.start);
                dirty[2 * k + 1] = f.end + shift;
            }
            edits = edits.isEmpty() ? found : compose(edits, found, current);
            current = apply(current, found);
        }
        List<Repair> repairs = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            repairs.add(
                    new Repair(new Span(e.start, e.end), text.substring(e.start, e.end), e.replacement, e.confidence));
        }
        return new RepairResult(current, repairs);
    }

    /** A replacement of [start, end) of some text. */
    private record Edit(int start, int end, String replacement, double confidence) {}

    private static String apply(String text, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(text.length() + 16 * edits.size());
        int at = 0;
        for (Edit e : edits) {
            sb.append(text, at, e.start).append(e.replacement);
            at = e.end;
        }
        return sb.append(text, at, text.length()).toString();
    }

    /**
     * Composes edits of the original ({@code edits}, which turn it into {@code current}) with edits of
     * {@code current} ({@code found}) into edits of the original; overlapping ones merge into one. Linear.
     */
    private static List<Edit> compose(List<Edit> edits, List<Edit> found, String current) {
        int n = edits.size();
        int[] cS = new int[n];
        int[] cE = new int[n];
        int[] shiftAfter = new int[n]; // current − original offset after edit k
        int shift = 0;
        for (int k = 0; k < n; k++) {
            Edit e = edits.get(k);
            cS[k] = e.start + shift;
            cE[k] = cS[k] + e.replacement.length();
            shift += e.replacement.length() - (e.end - e.start);
            shiftAfter[k] = shift;
        }
        List<Edit> out = new ArrayList<>(n + found.size());
        int k = 0; // next old edit
        int f = 0; // next found edit
        while (k < n || f < found.size()) {
            boolean oldFirst = f >= found.size() || k < n && cS[k] < found.get(f).start;
            if (oldFirst && (f >= found.size() || cE[k] <= found.get(f).start)) {
                out.add(edits.get(k++)); // untouched by this pass
                continue;
            }
            // a group of overlapping old and found edits, from lowC to highC in current coordinates
            int lowC = oldFirst ? cS[k] : found.get(f).start;
            int highC = lowC;
            int firstOld = k;
            int firstFound = f;
            double confidence = 1;
            boolean grew = true;
            while (grew) {
                grew = false;
                // the group's first member starts at lowC; later ones must overlap it
                if (k < n && (cS[k] < highC || cS[k] == lowC)) {
                    highC = Math.max(highC, cE[k]);
                    confidence = Math.min(confidence, edits.get(k).confidence);
                    k++;
                    grew = true;
                }
                if (f < found.size() && (found.get(f).start < highC || found.get(f).start == lowC)) {
                    highC = Math.max(highC, found.get(f).end);
                    confidence = Math.min(confidence, found.get(f).confidence);
                    f++;
                    grew = true;
                }
            }
            StringBuilder rep = new StringBuilder();
            int at = lowC;
            for (int j = firstFound; j < f; j++) {
                Edit e = found.get(j);
                rep.append(current, at, e.start).append(e.replacement);
                at = e.end;
            }
            rep.append(current, at, highC);
            int before = firstOld == 0 ? 0 : shiftAfter[firstOld - 1];
            int after = k == 0 ? 0 : shiftAfter[k - 1];
            out.add(new Edit(lowC - before, highC - after, rep.toString(), confidence));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------

    /** One way to read tokens [from, to): the words it stands for and the channel log-probability. */
    private static final class Option {
        final int from;
        final int to;
        final int[] words;
        final double channel;
        final String replacement; // null: keep the text as written
        double maxMarginal = Double.NEGATIVE_INFINITY;
        double need = MIN_CONFIDENCE;

        Option(int from, int to, int[] words, double channel, String replacement) {
            this.from = from;
            this.to = to;
            this.words = words;
            this.channel = channel;
            this.replacement = replacement;
        }

        int last() {
            return words[words.length - 1];
        }
    }

    private List<Edit> repairOnce(String text, int[] dirty) {
        Tokens t = Tokens.of(text);
        int n = t.size;
        if (n == 0) {
            return List.of();
        }
        String[] lower = new String[n];
        int[] ids = new int[n];
        boolean[] shaped = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = t.word(i);
            if (hasMark(w)) {
                w = Normalizer.normalize(w, Normalizer.Form.NFC);
            }
            lower[i] = VietnameseText.lower(w);
            int id = lm.id(lower[i]);
            ids[i] = id > 0 && lm.counts[id] >= MIN_KNOWN ? id : LanguageModel.UNKNOWN;
            shaped[i] = id > 0 ? syllable[id] : VietnameseText.isSyllable(lower[i]);
        }
        List<Edit> edits = new ArrayList<>();
        int segStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || t.segmentStart[i]) {
                if (dirty == null || touches(dirty, t.start[segStart], t.end[i - 1])) {
                    repairSegment(t, lower, ids, shaped, segStart, i, edits);
                }
                segStart = i;
            }
        }
        return edits;
    }

    private static boolean touches(int[] ranges, int start, int end) {
        for (int k = 0; k < ranges.length; k += 2) {
            if (ranges[k] <= end && ranges[k + 1] >= start) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMark(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.getType(w.charAt(i)) == Character.NON_SPACING_MARK) {
                return true;
            }
        }
        return false;
    }

    private void repairSegment(Tokens t, String[] lower, int[] ids, boolean[] shaped, int a, int b, List<Edit> edits) {
        List<Option>[] from = null;
        for (int i = a; i < b; i++) {
            List<Option> extra = alternatives(t, lower, ids, shaped, a, b, i);
            if (extra.isEmpty()) {
                continue;
            }
            if (from == null) {
                @SuppressWarnings("unchecked")
                List<Option>[] f = new List[b - a];
                from = f;
            }
            from[i - a] = extra;
        }
        if (from == null) {
            return;
        }
        // every token can also stay as written
        for (int i = a; i < b; i++) {
            List<Option> list = from[i - a];
            if (list == null) {
                list = new ArrayList<>(1);
                from[i - a] = list;
            }
            list.add(0, new Option(i, i + 1, new int[] {ids[i]}, 0, null));
        }
        decode(t, from, a, b, edits);
    }

    /** Options other than "keep" that start at token i (empty for almost every word of clean text). */
    private List<Option> alternatives(Tokens t, String[] lower, int[] ids, boolean[] shaped, int a, int b, int i) {
        String text = t.text;
        String w = lower[i];
        int id = ids[i];
        int[] single = byDeletion.get(w);
        boolean split = id == LanguageModel.UNKNOWN && !shaped[i] && w.length() >= 2;
        boolean join = i + 1 < b
                && (!shaped[i] || !shaped[i + 1])
                && t.start[i + 1] == t.end[i] + 1
                && (text.charAt(t.end[i]) == ' ' || text.charAt(t.end[i]) == '\n');
        if (single == null && !split && !join || !eligible(t, lower, ids, a, b, i)) {
            return List.of();
        }
        List<Option> out = new ArrayList<>();
        VietnameseText.CaseShape shape = VietnameseText.caseShape(text, t.start[i], t.end[i]);
        int left = i > a ? ids[i - 1] : LanguageModel.BOUNDARY;
        int right = i + 1 < b ? ids[i + 1] : LanguageModel.BOUNDARY;
        if (single != null && w.length() == 1 && shape != VietnameseText.CaseShape.LOWER && i > a) {
            // a lone capital inside a sentence is mostly a label ("nước B", "điểm A"): take it for a damaged
            // word only in a frequent pair ("B trưởng" = "Bộ trưởng", "S Tài chính" = "Sở Tài chính")
            int next = i + 1 < b ? ids[i + 1] : LanguageModel.UNKNOWN;
            single = java.util.Arrays.stream(single)
                    .filter(c -> next != LanguageModel.UNKNOWN && lm.bigram(c, next) >= MIN_LABEL_PAIR)
                    .toArray();
            if (single.length == 0) {
                single = null;
            }
        }
        if (single != null) {
            // probabilities, not logs: this runs for many words of clean text
            double keep = id == LanguageModel.UNKNOWN ? 0 : lm.prob(left, id) * lm.prob(id, right) * PRUNE_FACTOR;
            for (int c : single) {
                if (keep > 0 && lm.prob(left, c) * lm.prob(c, right) * DAMAGE < keep) {
                    continue;
                }
                out.add(new Option(i, i + 1, new int[] {c}, LOG_DAMAGE, VietnameseText.applyCase(lm.words[c], shape)));
            }
        }
        if (split) {
            // the vowel ended the first syllable and took the space with it: "tchức" = "t[ổ ]chức"
            for (int p = 1; p < w.length(); p++) {
                int[] firsts = byFinalDeletion.get(w.substring(0, p));
                if (firsts == null) {
                    continue;
                }
                String rest = w.substring(p);
                int restId = lm.id(rest);
                boolean restKept = restId > 0 && syllable[restId] && lm.counts[restId] >= MIN_KNOWN;
                int[] restDamaged = byDeletion.get(rest);
                for (int f : firsts) {
                    if (restKept) {
                        out.add(new Option(
                                i,
                                i + 1,
                                new int[] {f, restId},
                                LOG_DAMAGE + LOG_JOINED,
                                VietnameseText.applyCase(lm.words[f] + " " + rest, shape)));
                    }
                    if (restDamaged != null) {
                        for (int r : restDamaged) {
                            out.add(new Option(
                                    i,
                                    i + 1,
                                    new int[] {f, r},
                                    2 * LOG_DAMAGE + LOG_JOINED,
                                    VietnameseText.applyCase(lm.words[f] + " " + lm.words[r], shape)));
                        }
                    }
                }
            }
        }
        if (join && eligible(t, lower, ids, a, b, i + 1)) {
            // "Ch ủ" → "Chủ": a syllable cut by a stray space or line break
            String both = w + lower[i + 1];
            int joined = lm.id(both);
            String written = text.substring(t.start[i], t.end[i]) + text.substring(t.start[i + 1], t.end[i + 1]);
            if (joined > 0
                    && syllable[joined]
                    && lm.counts[joined] >= MIN_CANDIDATE
                    && VietnameseText.caseShape(written, 0, written.length()) != VietnameseText.CaseShape.MIXED) {
                out.add(new Option(i, i + 2, new int[] {joined}, LOG_SPLIT, written));
            }
            // "t⏎nh" → "tỉnh": the toned vowel came out as a line break
            int[] merged = text.charAt(t.end[i]) == '\n' ? byDeletion.get(both) : null;
            if (merged != null) {
                for (int c : merged) {
                    if (VietnameseText.tonedIndex(lm.words[c]) == w.length()) {
                        out.add(new Option(
                                i,
                                i + 2,
                                new int[] {c},
                                LOG_SPLIT + LOG_DAMAGE,
                                VietnameseText.applyCase(lm.words[c], shape)));
                    }
                }
            }
        }
        if (id != LanguageModel.UNKNOWN && shaped[i]) {
            for (Option o : out) {
                o.need = MIN_CONFIDENCE_VALID;
            }
        }
        if (out.size() > MAX_OPTIONS) {
            // keep the lattice small: rank by a local bigram score against the words as written around it
            for (Option o : out) {
                int after = o.to < b ? ids[o.to] : LanguageModel.BOUNDARY;
                o.maxMarginal = local(left, o, after); // reused as a sort key; decode overwrites it
            }
            out.sort((x, y) -> Double.compare(y.maxMarginal, x.maxMarginal));
            out = new ArrayList<>(out.subList(0, MAX_OPTIONS));
        }
        return out;
    }

    private double local(int left, Option o, int right) {
        double s = o.channel + lm.logProb(left, o.words[0]) + lm.logProb(o.last(), right);
        for (int j = 1; j < o.words.length; j++) {
            s += lm.logProb(o.words[j - 1], o.words[j]);
        }
        return s;
    }

    /** Words that must never be touched: codes, units next to numbers, list labels, mixed case, foreign letters. */
    private boolean eligible(Tokens t, String[] lower, int[] ids, int a, int b, int i) {
        String text = t.text;
        int s = t.start[i];
        int e = t.end[i];
        int len = e - s;
        if (len > 12) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (!VietnameseText.isVietnameseLetter(text.charAt(k))) {
                return false;
            }
        }
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        char after = e < text.length() ? text.charAt(e) : ' ';
        // codes and units ("CT/TU", "NĐ-CP", "435km") stay; lower-case words around a slash ("người/ngày") are text
        boolean lowerSlash = (before == '/' || after == '/')
                && !Character.isDigit(s > 1 ? text.charAt(s - 2) : ' ')
                && !Character.isDigit(e + 1 < text.length() ? text.charAt(e + 1) : ' ')
                && VietnameseText.caseShape(text, s, e) == VietnameseText.CaseShape.LOWER
                && len > 1; // not "V/v", "Đ/c"
        if (!lowerSlash && (glued(before) || glued(after))) {
            return false;
        }
        if (lowerSlash && (before != '/' && glued(before) || after != '/' && glued(after))) {
            return false;
        }
        if (after == '.' && e + 1 < text.length() && Character.isLetterOrDigit(text.charAt(e + 1))) {
            return false;
        }
        if (len == 1 && (after == ')' || after == '.' || before == '(')) {
            return false;
        }
        VietnameseText.CaseShape shape = VietnameseText.caseShape(text, s, e);
        if (shape == VietnameseText.CaseShape.MIXED) {
            return false;
        }
        if (shape == VietnameseText.CaseShape.UPPER) {
            // upper case is mostly abbreviations; repair it only inside an upper-case Vietnamese heading
            return upperWord(t, lower, ids, a, b, i - 1) || upperWord(t, lower, ids, a, b, i + 1);
        }
        return true;
    }

    private boolean upperWord(Tokens t, String[] lower, int[] ids, int a, int b, int j) {
        if (j < a || j >= b || ids[j] <= 0 || !syllable[ids[j]] || lower[j].length() < 2) {
            return false;
        }
        return VietnameseText.caseShape(t.text, t.start[j], t.end[j]) == VietnameseText.CaseShape.UPPER;
    }

    private static boolean glued(char c) {
        return Character.isDigit(c)
                || c == '/'
                || c == '-'
                || c == '_'
                || c == '@'
                || c == '&'
                || c == '\\'
                || c == '\''
                || c == '’'
                || c == '+'
                || c == '='
                || c == '#'
                || c == '%'
                || c == '<'
                || c == '>';
    }

    // ---- lattice over one segment: forward/backward max scores, max-marginals, confident changes ----

    private void decode(Tokens t, List<Option>[] from, int a, int b, List<Edit> edits) {
        // a state is the last two words (trigram context), packed in a long
        int m = b - a;
        States[] alpha = new States[m + 1];
        for (int p = 0; p <= m; p++) {
            alpha[p] = new States();
        }
        alpha[0].offer(pack(LanguageModel.NONE, LanguageModel.BOUNDARY), 0, null, 0);
        for (int p = 0; p < m; p++) {
            States st = alpha[p];
            for (Option o : from[p]) {
                int to = o.to - a;
                for (int k = 0; k < st.size; k++) {
                    double v = st.score[k] + score(st.state[k], o);
                    alpha[to].offer(next(st.state[k], o), v, o, st.state[k]);
                }
            }
        }
        States[] beta = new States[m + 1];
        beta[m] = new States();
        for (int k = 0; k < alpha[m].size; k++) {
            beta[m].offer(alpha[m].state[k], end(alpha[m].state[k]), null, 0);
        }
        for (int p = m - 1; p >= 0; p--) {
            beta[p] = new States();
            States st = alpha[p];
            for (int k = 0; k < st.size; k++) {
                for (Option o : from[p]) {
                    double after = beta[o.to - a].get(next(st.state[k], o));
                    if (after == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    beta[p].offer(st.state[k], score(st.state[k], o) + after, null, 0);
                }
            }
        }
        for (int p = 0; p < m; p++) {
            States st = alpha[p];
            for (Option o : from[p]) {
                double best = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < st.size; k++) {
                    double after = beta[o.to - a].get(next(st.state[k], o));
                    best = Math.max(best, st.score[k] + score(st.state[k], o) + after);
                }
                o.maxMarginal = best;
            }
        }
        // best path by back-pointers from the end
        double bestEnd = Double.NEGATIVE_INFINITY;
        long bestState = 0;
        for (int k = 0; k < alpha[m].size; k++) {
            double v = alpha[m].score[k] + end(alpha[m].state[k]);
            if (v > bestEnd) {
                bestEnd = v;
                bestState = alpha[m].state[k];
            }
        }
        List<Option> path = new ArrayList<>();
        int p = m;
        long state = bestState;
        while (p > 0) {
            int k = alpha[p].indexOf(state);
            Option o = alpha[p].via[k];
            path.add(o);
            state = alpha[p].prevState[k];
            p = o.from - a;
        }
        int insertAt = edits.size();
        for (Option o : path) {
            if (o.replacement == null) {
                continue;
            }
            double rest = 0;
            for (int q = Math.max(0, o.from - a - 1); q < o.to - a; q++) {
                for (Option c : from[q]) {
                    if (c != o && c.from < o.to && c.to > o.from) {
                        rest += Math.exp(c.maxMarginal - o.maxMarginal);
                    }
                }
            }
            double confidence = 1 / (1 + rest);
            if (confidence >= o.need) {
                String replacement = Normalizer.normalize(o.replacement, Normalizer.Form.NFC);
                edits.add(insertAt, new Edit(t.start[o.from], t.end[o.to - 1], replacement, confidence));
            }
        }
    }

    private static long pack(int p2, int p1) {
        return ((long) p2 << 32) | (p1 & 0xffffffffL);
    }

    private static long next(long state, Option o) {
        int[] w = o.words;
        return w.length == 1 ? pack((int) state, w[0]) : pack(w[w.length - 2], w[w.length - 1]);
    }

    private double score(long state, Option o) {
        int p2 = (int) (state >> 32);
        int p1 = (int) state;
        double s = o.channel;
        for (int w : o.words) {
            s += lm.logProb3(p2, p1, w);
            p2 = p1;
            p1 = w;
        }
        return s;
    }

    private double end(long state) {
        return lm.logProb3((int) (state >> 32), (int) state, LanguageModel.BOUNDARY);
    }

    /** Best score per last-word state at one lattice position, with a back-pointer. */
    private static final class States {
        int size;
        long[] state = new long[4];
        double[] score = new double[4];
        Option[] via = new Option[4];
        long[] prevState = new long[4];

        int indexOf(long s) {
            for (int k = 0; k < size; k++) {
                if (state[k] == s) {
                    return k;
                }
            }
            return -1;
        }

        double get(long s) {
            int k = indexOf(s);
            return k < 0 ? Double.NEGATIVE_INFINITY : score[k];
        }

        void offer(long s, double v, Option o, long prev) {
            int k = indexOf(s);
            if (k < 0) {
                if (size == state.length) {
                    state = Arrays.copyOf(state, size * 2);
                    score = Arrays.copyOf(score, size * 2);
                    via = Arrays.copyOf(via, size * 2);
                    prevState = Arrays.copyOf(prevState, size * 2);
                }
                k = size++;
                score[k] = Double.NEGATIVE_INFINITY;
                state[k] = s;
            }
            if (v > score[k]) {
                score[k] = v;
                via[k] = o;
                prevState[k] = prev;
            }
        }
    }
}
