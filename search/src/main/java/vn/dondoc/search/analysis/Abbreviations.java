package vn.dondoc.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import vn.dondoc.vntext.AbbreviationTable;

/**
 * The abbreviation list (UBND = ủy ban nhân dân ...) from the one table in vntext, turned into a Lucene
 * synonym map that the analyzers apply at index and query time, before lower-casing, so an entry marked
 * case-sensitive ("TU" = tỉnh ủy, but "tu" as in "tu sửa") only fires on the upper-case spelling.
 */
public final class Abbreviations {

    private final Map<String, String> entries;
    private final SynonymMap map;
    /** The same rows by first word of the key, for the index chains' {@link FlatAbbreviationFilter}. */
    private final CharArrayMap<List<FlatAbbreviationFilter.Rule>> flat;

    private Abbreviations(
            Map<String, String> entries, SynonymMap map, CharArrayMap<List<FlatAbbreviationFilter.Rule>> flat) {
        this.entries = entries;
        this.map = map;
        this.flat = CharArrayMap.unmodifiableMap(flat);
    }

    private static volatile Abbreviations standard;

    /** The rows of the one abbreviation table (vntext, with the agency's DONDOC_LEXICON) that search may expand. */
    public static Abbreviations standard() {
        Abbreviations a = standard;
        if (a == null) {
            synchronized (Abbreviations.class) {
                if (standard == null) {
                    try {
                        standard = from(AbbreviationTable.standard());
                    } catch (IOException e) {
                        throw new UncheckedIOException("search: cannot build the abbreviation synonyms", e);
                    }
                }
                a = standard;
            }
        }
        return a;
    }

    /** Reads {@code ABBR<TAB>expansion[<TAB>kind[<TAB>search]]} lines, the table's format; '#' starts a comment. */
    public static Abbreviations load(InputStream in, String name) throws IOException {
        try {
            return from(AbbreviationTable.parse(in, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^vntext: ", "search: "), e);
        }
    }

    /** The rows of {@code table} that search may expand, as a synonym map. */
    public static Abbreviations from(AbbreviationTable table) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        Map<String, Map<List<String>, java.util.Set<List<String>>>> rules = new LinkedHashMap<>();
        for (AbbreviationTable.Entry e : table.entries()) {
            if (e.search() == AbbreviationTable.SearchUse.NO) {
                continue;
            }
            String abbr = e.abbreviation();
            // search is case-insensitive: "Ủy ban nhân dân" and "ủy ban nhân dân" are the same words to it
            String expansion = e.expansion().toLowerCase(Locale.ROOT);
            entries.put(abbr, expansion);
            List<String> out = tokens(expansion);
            List<String> key = tokens(abbr);
            b.add(join(key), join(out), true);
            rules.computeIfAbsent(key.get(0), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new java.util.LinkedHashSet<>())
                    .add(out);
            String lower = abbr.toLowerCase(Locale.ROOT);
            if (e.search() == AbbreviationTable.SearchUse.YES && !lower.equals(abbr)) {
                List<String> lowerKey = tokens(lower);
                b.add(join(lowerKey), join(out), true);
                rules.computeIfAbsent(lowerKey.get(0), k -> new LinkedHashMap<>())
                        .computeIfAbsent(lowerKey, k -> new java.util.LinkedHashSet<>())
                        .add(out);
            }
        }
        CharArrayMap<List<FlatAbbreviationFilter.Rule>> flat = new CharArrayMap<>(rules.size(), false);
        rules.forEach((first, byKey) -> flat.put(
                first,
                byKey.entrySet().stream()
                        .map(k -> new FlatAbbreviationFilter.Rule(
                                k.getKey().toArray(String[]::new),
                                k.getValue().stream()
                                        .map(x -> x.toArray(String[]::new))
                                        .toList()))
                        .toList()));
        return new Abbreviations(Map.copyOf(entries), b.build(), flat);
    }

    private static CharsRef join(List<String> tokens) {
        return SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder());
    }

    /** Tokenizes like the analyzers do, so "KT-XH" becomes the two words KT, XH. */
    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (StandardTokenizer t = new StandardTokenizer()) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.reset();
            while (t.incrementToken()) tokens.add(term.toString());
            t.end();
        }
        if (tokens.isEmpty()) throw new IllegalArgumentException("search: abbreviation entry has no words: " + text);
        return tokens;
    }

    public SynonymMap synonymMap() {
        return map;
    }

    /** Flat index-time expansion of these rows (see {@link FlatAbbreviationFilter}). */
    public TokenStream flatFilter(TokenStream in) {
        return new FlatAbbreviationFilter(in, flat);
    }

    /** Abbreviation → expansion, as listed. */
    public Map<String, String> entries() {
        return entries;
    }
}
