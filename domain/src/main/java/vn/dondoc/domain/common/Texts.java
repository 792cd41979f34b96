package vn.dondoc.domain.common;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for keys: NFC, trimmed, whitespace collapsed; folded keys drop accents. */
public final class Texts {
    private Texts() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    /** Lookup key: NFC, lower case, single spaces; keeps accents ("Văn phòng" ≠ "Vàn phòng"). */
    public static String key(String s) {
        String c = clean(s);
        return c == null ? "" : c.toLowerCase(Locale.ROOT);
    }

    /** Accent-free lower-case form for loose matching: "Đ/c Lạc" → "d/c lac". */
    public static String fold(String s) {
        String c = clean(s);
        if (c == null) {
            return "";
        }
        String d = Normalizer.normalize(c.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd');
    }

    /** Key of a document number: no spaces, upper case ("309/TB-SLĐTBXH" = "309 / tb-slđtbxh"). */
    public static String numberKey(String number) {
        String c = clean(number);
        return c == null ? null : c.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
