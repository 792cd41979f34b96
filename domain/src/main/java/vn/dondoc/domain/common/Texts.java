package vn.dondoc.domain.common;

import vn.dondoc.vntext.DocumentNumbers;
import vn.dondoc.vntext.VietnameseText;

/** The domain's names for the text basics of {@code vntext}: one implementation, used everywhere. */
public final class Texts {
    private Texts() {}

    /** NFC, trimmed, whitespace collapsed; null when nothing is left. */
    public static String clean(String s) {
        return VietnameseText.clean(s);
    }

    /** Lookup key: lower case, tones in one place ("Hoà" = "Hòa"), accents kept ("Văn phòng" ≠ "Vàn phòng"). */
    public static String key(String s) {
        return VietnameseText.key(s);
    }

    /** Accent-free lower-case form for loose matching: "Đ/c Lạc" → "d/c lac". */
    public static String fold(String s) {
        String c = clean(s);
        return c == null ? "" : VietnameseText.fold(c);
    }

    /** Key of a document number: "42-CT/TU", "42 CT TU" and "42/ct-tu" are one number; "CTr" is not "CT". */
    public static String numberKey(String number) {
        return DocumentNumbers.key(number);
    }
}
