package vn.dondoc.textcore.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The extractors' word lists in {@code lexicon/*.txt|tsv}: one word (and a value after a tab) a line, "#"
 * comments. Read once, into static fields of the class that uses them: no reading per call.
 */
public final class WordLists {

    private static final String BASE = "/vn/dondoc/textcore/lexicon/";

    private WordLists() {}

    /** The words of {@code name}, NFC and lower case, longest first, each with its value (the second column). */
    public static <V> Map<String, V> load(String name, Function<String, V> value) {
        List<Map.Entry<String, V>> rows = new ArrayList<>();
        for (String[] cols : rows(name)) {
            rows.add(Map.entry(
                    cols[0].strip().toLowerCase(Locale.ROOT), value.apply(cols.length > 1 ? cols[1].strip() : "")));
        }
        rows.sort(Comparator.comparingInt((Map.Entry<String, V> e) -> e.getKey().length())
                .reversed());
        Map<String, V> out = new LinkedHashMap<>();
        rows.forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** The words of {@code name} in upper case ("GIÁM ĐỐC"), longest first. */
    public static List<String> upper(String name) {
        return load(name, v -> v).keySet().stream()
                .map(w -> w.toUpperCase(Locale.ROOT))
                .toList();
    }

    /** Words as a regex alternation of literals, in their order: "thành phố|tỉnh". */
    public static String alternation(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** The rows of {@code name} in file order, NFC, as printed (a row's columns split at tabs). */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon: resource " + BASE + name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(Normalizer.normalize(line.strip(), Normalizer.Form.NFC)
                            .split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The words of {@code name} whose value passes {@code which}, lower case, longest first. */
    public static List<String> where(String name, Predicate<String> which) {
        return load(name, v -> v).entrySet().stream()
                .filter(e -> which.test(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The words of {@code name} whose second column is {@code which}, in file order and as printed; a word ending in
     * "_" stands for the word and a space ("Giao_": "Giao Sở ...", not "Giao thông").
     */
    public static List<String> list(String name, String which) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(name)) {
            if (row.length > 1 && row[1].strip().equals(which)) {
                String w = row[0].strip();
                out.add(w.endsWith("_") ? w.substring(0, w.length() - 1) + " " : w);
            }
        }
        return List.copyOf(out);
    }
}
