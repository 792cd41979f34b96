package vn.dondoc.textcore.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dondoc.vntext.AbbreviationTable;

/**
 * The word lists the extractors use, loaded from {@code lexicon/*.tsv|txt} on the class path.
 * An agency extends the abbreviations with its own file ({@code abbreviation<TAB>expansion<TAB>kind}),
 * named by the system property {@code dondoc.lexicon} or the environment variable {@code DONDOC_LEXICON}.
 * Immutable and thread-safe once built.
 */
public final class Lexicon {

    private static final String BASE = "/vn/dondoc/textcore/lexicon/";

    /** One abbreviation: "VP" → "Văn phòng" (kind unit). */
    public record Abbreviation(String abbreviation, String expansion, String kind) {}

    private final Map<String, Abbreviation> abbreviations;
    private final List<String> actorHeads;
    /** {@link #actorHeads} lower case, in the same order, and the length of the longest. */
    private final List<String> actorHeadsLower;

    private final int longestActorHead;
    private final List<String> collectiveNouns;
    private final List<String> predicateStarters;
    private final Map<String, String> typeWords;
    private final Map<String, String> typeWordsLower;
    private final Map<String, String> typeWordsUpper;
    private final List<String> measureUnits;
    private final List<String> noiseUnits;
    private final List<Pattern> boilerplate;
    private final List<String> casing;
    private final List<String> actorVetoes;
    private final List<String> taskVerbs;

    private Lexicon(
            Map<String, Abbreviation> abbreviations,
            List<String> actorHeads,
            List<String> collectiveNouns,
            List<String> predicateStarters,
            Map<String, String> typeWords,
            List<String> measureUnits,
            List<String> noiseUnits,
            List<Pattern> boilerplate,
            List<String> casing,
            List<String> actorVetoes,
            List<String> taskVerbs) {
        this.abbreviations = Collections.unmodifiableMap(abbreviations);
        this.actorHeads = longestFirst(actorHeads);
        this.actorHeadsLower =
                this.actorHeads.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.longestActorHead =
                actorHeadsLower.stream().mapToInt(String::length).max().orElse(0);
        this.collectiveNouns = longestFirst(collectiveNouns);
        this.predicateStarters = longestFirst(predicateStarters);
        this.typeWords = Collections.unmodifiableMap(typeWords);
        this.typeWordsLower = recased(typeWords, false);
        this.typeWordsUpper = recased(typeWords, true);
        this.measureUnits = longestFirst(measureUnits);
        this.noiseUnits = longestFirst(noiseUnits);
        this.boilerplate = List.copyOf(boilerplate);
        this.casing = longestFirst(casing);
        this.actorVetoes = longestFirst(actorVetoes);
        this.taskVerbs = longestFirst(taskVerbs);
    }

    private static final class Holder {
        static final Lexicon DEFAULT = load(extensionPath());
    }

    /** The built-in lexicon plus the agency's extension, if one is configured. */
    public static Lexicon standard() {
        return Holder.DEFAULT;
    }

    /** The built-in lexicon plus the abbreviations in {@code extension} (may be null). */
    public static Lexicon load(Path extension) {
        // the one table shared with search (vntext), rows without a kind being search's alone
        Map<String, Abbreviation> abbr = new LinkedHashMap<>();
        for (AbbreviationTable.Entry e : AbbreviationTable.load(extension).entries()) {
            if (e.kind() != null) {
                abbr.put(e.abbreviation(), new Abbreviation(e.abbreviation(), e.expansion(), e.kind()));
            }
        }
        Map<String, String> types = new LinkedHashMap<>();
        List<String[]> typeRows = rows(resource("type-words.tsv"));
        typeRows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        for (String[] row : typeRows) {
            if (row.length >= 2) {
                types.put(nfc(row[0]), row[1].strip());
            }
        }
        List<Pattern> chrome = new ArrayList<>();
        for (String line : lines(resource("boilerplate.txt"))) {
            chrome.add(Pattern.compile(line, Pattern.UNICODE_CASE));
        }
        return new Lexicon(
                abbr,
                lines(resource("actor-heads.txt")),
                lines(resource("collective-nouns.txt")),
                lines(resource("predicate-starters.txt")),
                types,
                lines(resource("measure-units.txt")),
                lines(resource("noise-units.txt")),
                chrome,
                lines(resource("casing.txt")),
                lines(resource("actor-vetoes.txt")),
                lines(resource("task-verbs.txt")));
    }

    private static Path extensionPath() {
        return AbbreviationTable.agencyFile();
    }

    public Map<String, Abbreviation> abbreviations() {
        return abbreviations;
    }

    /** Abbreviations of the given kind ("unit", "title", "body", "term"), longest first. */
    public List<String> abbreviationsOfKind(String kind) {
        List<String> out = new ArrayList<>();
        abbreviations.values().stream().filter(a -> a.kind().equals(kind)).forEach(a -> out.add(a.abbreviation()));
        return longestFirst(out);
    }

    public List<String> actorHeads() {
        return actorHeads;
    }

    /** The actor heads lower case, in the order of {@link #actorHeads()}. */
    public List<String> actorHeadsLower() {
        return actorHeadsLower;
    }

    /** The length of the longest actor head, lower case. */
    public int longestActorHead() {
        return longestActorHead;
    }

    public List<String> collectiveNouns() {
        return collectiveNouns;
    }

    public List<String> predicateStarters() {
        return predicateStarters;
    }

    /** Type words in their printed case → type code, longest first. */
    public Map<String, String> typeWords() {
        return typeWords;
    }

    /** {@link #typeWords()} in lower case ("chỉ thị"), same order: for matching without lower-casing the words each time. */
    public Map<String, String> typeWordsLower() {
        return typeWordsLower;
    }

    /** {@link #typeWords()} in upper case ("CHỈ THỊ"), same order: the type line of a header. */
    public Map<String, String> typeWordsUpper() {
        return typeWordsUpper;
    }

    private static Map<String, String> recased(Map<String, String> words, boolean upper) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        words.forEach(
                (w, code) -> out.putIfAbsent(upper ? w.toUpperCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT), code));
        return Collections.unmodifiableMap(out);
    }

    public List<String> measureUnits() {
        return measureUnits;
    }

    public List<String> noiseUnits() {
        return noiseUnits;
    }

    public List<Pattern> boilerplate() {
        return boilerplate;
    }

    /** Phrases in their normal written case ("Lao động - Thương binh và Xã hội"), longest first. */
    public List<String> casing() {
        return casing;
    }

    /** Phrases that look like a body but are verbs or topics ("Ban hành", "Phòng, chống"). */
    public List<String> actorVetoes() {
        return actorVetoes;
    }

    /** Verbs that open an instruction ("tiếp tục", "triển khai"), lower case, longest first. */
    public List<String> taskVerbs() {
        return taskVerbs;
    }

    /**
     * Labels of the fields a plan gives each task ("- Cơ quan chủ trì: Sở Nội vụ", "- Thời gian thực hiện: Quý II/2025"),
     * in lower case, longest first, each with its field: lead, cooperating, deadline, content or other.
     */
    public List<Map.Entry<String, String>> taskFields() {
        return TaskFields.ROWS;
    }

    /** Type words that are part of the title they head, in upper case: a calendar's heading is its name. */
    public java.util.Set<String> headingTypeWords() {
        return HeadingTypeWords.WORDS;
    }

    private static final class HeadingTypeWords {
        static final java.util.Set<String> WORDS = load();

        private static java.util.Set<String> load() {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String[] row : rows(resource("type-words.tsv"))) {
                if (row.length >= 3 && row[2].strip().equals("in-title")) {
                    out.add(nfc(row[0].strip()).toUpperCase(Locale.ROOT));
                }
            }
            return java.util.Set.copyOf(out);
        }
    }

    private static final class TaskFields {
        static final List<Map.Entry<String, String>> ROWS = load();

        private static List<Map.Entry<String, String>> load() {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            for (String[] row : rows(resource("task-fields.tsv"))) {
                if (row.length >= 2 && !row[0].isBlank()) {
                    out.add(Map.entry(nfc(row[0].strip()).toLowerCase(Locale.ROOT), row[1].strip()));
                }
            }
            out.sort(Comparator.comparingInt(
                            (Map.Entry<String, String> e) -> e.getKey().length())
                    .reversed());
            return List.copyOf(out);
        }
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(new java.util.LinkedHashSet<>(words));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return Collections.unmodifiableList(out);
    }

    private static InputStream resource(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("lexicon: resource " + BASE + name + " is missing from the class path");
        }
        return in;
    }

    private static List<String[]> rows(InputStream in) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(in)) {
            out.add(line.split("\t"));
        }
        return out;
    }

    private static List<String> lines(InputStream in) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(nfc(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case, NFC: the key used to compare words from the lexicon with text. */
    public static String key(String s) {
        return nfc(s).toLowerCase(Locale.ROOT);
    }
}
