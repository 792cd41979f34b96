package vn.dondoc.search.analysis;

import vn.dondoc.vntext.AbbreviationTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The abbreviation list (UBND = ủy ban nhân dân ...) from the one table in vntext, turned into a Lucene
 * synonym map that the analyzers apply at index and query time, before lower-casing, so an entry marked
 * case-sensitive ("TU" = tỉnh ủy, but "tu" as in "tu sửa") only fires on the upper-case spelling.
 */
public final class Abbreviations {

    private final Map<String, String> entries;
    private final SynonymMap map;

    private Abbreviations(Map<String, String> entries, SynonymMap map) {
        this.entries = entries;
        this.map = map;
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
        for (AbbreviationTable.Entry e : table.entries()) {
            if (e.search() == AbbreviationTable.SearchUse.NO) {
                continue;
            }
            String abbr = e.abbreviation();
            // search is case-insensitive: "Ủy ban nhân dân" and "ủy ban nhân dân" are the same words to it
            String expansion = e.expansion().toLowerCase(Locale.ROOT);
            entries.put(abbr, expansion);
            CharsRef out = words(expansion);
            b.add(words(abbr), out, true);
            String lower = abbr.toLowerCase(Locale.ROOT);
            if (e.search() == AbbreviationTable.SearchUse.YES && !lower.equals(abbr)) {
                b.add(words(lower), out, true);
            }
        }
        return new Abbreviations(Map.copyOf(entries), b.build());
    }

    /** Tokenizes like the analyzers do, so "KT-XH" becomes the two words KT, XH. */
    private static CharsRef words(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (StandardTokenizer t = new StandardTokenizer()) {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.reset();
            while (t.incrementToken()) tokens.add(term.toString());
            t.end();
        }
        if (tokens.isEmpty()) throw new IllegalArgumentException("search: abbreviation entry has no words: " + text);
        return SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder());
    }

    public SynonymMap synonymMap() {
        return map;
    }

    /** Abbreviation → expansion, as listed. */
    public Map<String, String> entries() {
        return entries;
    }

}
