package vn.dondoc.ingest.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pre-Unicode Vietnamese encodings that old documents still come in. Both are 8-bit font
 * encodings: the bytes are usually seen as ISO-8859-1 / Windows-1252 text ("mojibake"), which is
 * what {@link #toUnicode(CharSequence)} takes. Tables live in {@code encoding/*.tsv}. Thread-safe.
 */
public enum LegacyEncoding {
    /** TCVN3 (ABC), fonts ".VnTime", ".VnArial", ...: one byte per letter, toned letters in lower case only. */
    TCVN3("tcvn3.tsv", true),
    /** VNI Windows, fonts "VNI-Times", ...: base letter + diacritic byte, decoded by longest match. */
    VNI("vni.tsv", false);

    private final Map<String, String> toUnicode = new HashMap<>();
    private final Map<Character, String> fromUnicode = new HashMap<>();
    private final int maxKeyLength;
    /** The same table, indexed for speed: one-char keys by char, two-char keys by (first << 16 | second). */
    private final String[] singles = new String[256];

    private final Map<Integer, String> pairs = new HashMap<>();

    LegacyEncoding(String table, boolean hexColumn) {
        int max = 0;
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("ingest: encoding table " + table + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String legacy = cols[hexColumn ? 1 : 0];
                String unicode = Normalizer.normalize(cols[hexColumn ? 2 : 1], Normalizer.Form.NFC);
                if (unicode.length() != 1 || toUnicode.put(legacy, unicode) != null) {
                    throw new IllegalStateException("ingest: bad or duplicate row in " + table + ": " + line);
                }
                fromUnicode.put(unicode.charAt(0), legacy);
                max = Math.max(max, legacy.length());
                if (legacy.length() == 1 && legacy.charAt(0) < 256) {
                    singles[legacy.charAt(0)] = unicode;
                } else if (legacy.length() == 2) {
                    pairs.put(legacy.charAt(0) << 16 | legacy.charAt(1), unicode);
                } else {
                    throw new IllegalStateException("ingest: keys of " + table + " must be 1 or 2 chars: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ingest: cannot read encoding table " + table, e);
        }
        this.maxKeyLength = max;
    }

    /** Legacy text (bytes decoded as ISO-8859-1 or Windows-1252) to Unicode NFC; other characters pass through. */
    public String toUnicode(CharSequence legacy) {
        StringBuilder out = new StringBuilder(legacy.length());
        int n = legacy.length();
        for (int i = 0; i < n; i++) {
            char c = legacy.charAt(i);
            if (i + 1 < n && maxKeyLength > 1) { // longest match first: "ôù" (ớ) before "ô" (ơ)
                String pair = pairs.get(c << 16 | legacy.charAt(i + 1));
                if (pair != null) {
                    out.append(pair);
                    i++;
                    continue;
                }
            }
            String single = c < singles.length ? singles[c] : null;
            out.append(single != null ? single : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * Unicode to legacy text (as ISO-8859-1 characters). Letters the encoding lacks (TCVN3 upper-case
     * toned letters) are written as their lower-case form, which is what the ...H fonts did.
     */
    public String fromUnicode(CharSequence unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            String legacy = fromUnicode.get(c);
            if (legacy == null && Character.isUpperCase(c)) {
                legacy = fromUnicode.get(Character.toLowerCase(c));
            }
            out.append(legacy != null ? legacy : String.valueOf(c));
        }
        return out.toString();
    }

    /** True when the letter has its own code (or code sequence) in this encoding. */
    public boolean canEncode(char unicodeLetter) {
        return fromUnicode.containsKey(unicodeLetter) || unicodeLetter < 0x80;
    }

    /** The encoding a font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI; else null. */
    public static LegacyEncoding forFontName(String fontName) {
        if (fontName == null) {
            return null;
        }
        String name = fontName;
        int plus = name.indexOf('+');
        if (plus == 6) {
            name = name.substring(7); // PDF subset prefix "ABCDEF+"
        }
        String lower = name.toLowerCase(Locale.ROOT).trim();
        if (lower.startsWith(".vn")) {
            return TCVN3;
        }
        if (lower.startsWith("vni-") || lower.startsWith("vni ") || lower.startsWith("vni_")) {
            return VNI;
        }
        return null;
    }

    /** TCVN3's upper-case fonts (".VnTimeH", ".VnArialH") draw every letter as a capital. */
    public static boolean isUpperCaseFont(String fontName) {
        if (forFontName(fontName) != TCVN3) {
            return false;
        }
        String name = fontName.trim();
        int plus = name.indexOf('+');
        if (plus == 6) {
            name = name.substring(7);
        }
        name = name.replaceAll("(?i)[ ,-]*(bold|italic|bolditalic|regular)$", "");
        return name.endsWith("H");
    }
}
