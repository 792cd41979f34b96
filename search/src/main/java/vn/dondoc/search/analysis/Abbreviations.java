package vn.dondoc.search.analysis;

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
 * The abbreviation list (UBND = ủy ban nhân dân ...) from {@code abbreviations.tsv}, turned into a Lucene
 * synonym map that the analyzers apply at index and query time, before lower-casing, so an entry marked
 * case-sensitive ("TU" = tỉnh ủy, but "tu" as in "tu sửa") only fires on the upper-case spelling.
 */
public final class Abbreviations {

    public static final String RESOURCE = "/vn/dondoc/search/abbreviations.tsv";

    private final Map<String, String> entries;
    private final SynonymMap map;

    private Abbreviations(Map<String, String> entries, SynonymMap map) {
        this.entries = entries;
        this.map = map;
    }

    private static volatile Abbreviations standard;

    /** The list shipped with the module (loaded once). */
    public static Abbreviations standard() {
        Abbreviations a = standard;
        if (a == null) {
            synchronized (Abbreviations.class) {
                if (standard == null) {
                    try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("search: resource " + RESOURCE + " missing from the classpath");
                        standard = load(in, RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("search: cannot read " + RESOURCE, e);
                    }
                }
                a = standard;
            }
        }
        return a;
    }

    /** Reads {@code ABBR<TAB>expansion[<TAB>cs]} lines; '#' starts a comment. */
    public static Abbreviations load(InputStream in, String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("search: " + name + " line " + no + ": expected ABBREVIATION<TAB>expansion");
            }
            String abbr = VietnameseText.nfc(f[0].strip());
            String expansion = VietnameseText.nfc(f[1].strip());
            boolean caseSensitive = f.length > 2 && f[2].strip().equalsIgnoreCase("cs");
            entries.put(abbr, expansion);
            CharsRef out = words(expansion);
            b.add(words(abbr), out, true);
            String lower = abbr.toLowerCase(Locale.ROOT);
            if (!caseSensitive && !lower.equals(abbr)) b.add(words(lower), out, true);
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
