package vn.dondoc.vntext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one abbreviation table (UBND = Ủy ban nhân dân, VP = Văn phòng, TU = tỉnh ủy ...): shipped in
 * {@code abbreviations.tsv} next to this class, plus the agency's own rows in the file named by
 * {@code DONDOC_LEXICON} (or the system property {@code dondoc.lexicon}), whose rows win. Extraction reads
 * the rows with a kind, search the rows it may expand.
 */
public final class AbbreviationTable {
    public static final String RESOURCE = "/vn/dondoc/vntext/abbreviations.tsv";

    /** How search may use a row: expand both spellings, only the upper-case one, or not at all. */
    public enum SearchUse {
        YES,
        UPPER_CASE_ONLY,
        NO
    }

    /** One row; {@code kind} is null for a row only search uses. */
    public record Entry(String abbreviation, String expansion, String kind, SearchUse search) {}

    private final List<Entry> entries;

    private AbbreviationTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final AbbreviationTable STANDARD = load(agencyFile());
    }

    /** The shipped table plus the agency's, if one is configured. */
    public static AbbreviationTable standard() {
        return Holder.STANDARD;
    }

    /** The shipped table plus the rows of {@code agency} (may be null). */
    public static AbbreviationTable load(Path agency) {
        Map<String, Entry> rows = new LinkedHashMap<>();
        try (InputStream in = AbbreviationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vntext: " + RESOURCE + " missing from the classpath");
            }
            read(in, RESOURCE, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("vntext: cannot read " + RESOURCE, e);
        }
        if (agency != null) {
            try (InputStream in = Files.newInputStream(agency)) {
                read(in, agency.toString(), rows);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "vntext: cannot read the agency's abbreviations " + agency
                                + " (set DONDOC_LEXICON to a readable TSV file or unset it)",
                        e);
            }
        }
        return new AbbreviationTable(new ArrayList<>(rows.values()));
    }

    /** Rows from a stream in the table's format; for tests and tools. */
    public static AbbreviationTable parse(InputStream in, String name) throws IOException {
        Map<String, Entry> rows = new LinkedHashMap<>();
        read(in, name, rows);
        return new AbbreviationTable(new ArrayList<>(rows.values()));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The file named by DONDOC_LEXICON or -Ddondoc.lexicon, or null. */
    public static Path agencyFile() {
        String p = System.getProperty("dondoc.lexicon", System.getenv("DONDOC_LEXICON"));
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    private static void read(InputStream in, String name, Map<String, Entry> rows) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("vntext: " + name + " line " + no
                        + ": expected ABBREVIATION<TAB>expansion[<TAB>kind[<TAB>search]]");
            }
            String abbreviation = VietnameseText.nfc(f[0].strip());
            String kind = f.length > 2 && !f[2].isBlank() ? f[2].strip() : "unit";
            String search = f.length > 3 ? f[3].strip().toLowerCase(java.util.Locale.ROOT) : "yes";
            SearchUse use = switch (search) {
                case "cs" -> SearchUse.UPPER_CASE_ONLY;
                case "no" -> SearchUse.NO;
                case "yes", "" -> SearchUse.YES;
                default ->
                    throw new IllegalArgumentException(
                            "vntext: " + name + " line " + no + ": search must be yes, cs or no, not '" + search + "'");
            };
            rows.put(
                    abbreviation,
                    new Entry(abbreviation, VietnameseText.nfc(f[1].strip()), kind.equals("-") ? null : kind, use));
        }
    }
}
