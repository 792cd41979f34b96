package vn.dondoc.vntext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical keys for document numbers (số, ký hiệu), so "42-CT/TU", "42 CT TU" and "42/CT-TU" meet,
 * while the type symbol keeps its identity: "42-CTr/TU" (chương trình) is not "42-CT/TU" (chỉ thị)
 * and "QyĐ" (quy định) is not "QĐ" (quyết định).
 *
 * <p>A key is the parts joined by '|': the number without leading zeros, the year when written, then
 * the symbols. Three strengths: {@link #exactKeys} (symbol case kept), {@link #caseInsensitiveKeys}
 * and {@link #foldedKeys} (lower case, Đ → D, for users typing "qd" for "QĐ"). CTr/CT and QyĐ/QĐ stay
 * distinct under all three, since the letters differ, not just their case.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {}

    private static final String SEP = "[\\s/\\-._:]+";
    private static final String SYMBOL = "\\p{L}[\\p{L}\\p{N}]{0,11}";
    /** Number, optional 4-digit year, 1..4 symbols, e.g. "23/2021/QĐ-TTg", "42 CT TU", "309/TB-SLĐTBXH". */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,6})(?:" + SEP
            + "((?:19|20)\\d\\d))?((?:" + SEP + SYMBOL + "){1,4})(?![\\p{L}\\p{N}])");
    /** In running text a reference needs real separators and an upper-case symbol: "số 42-CT/TU". */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,6})(?:/((?:19|20)\\d\\d))?((?:[/\\-]\\p{Lu}[\\p{L}\\p{N}]{0,11}){1,4})(?![\\p{L}\\p{N}])");

    /** The parts of a number as written, or an empty list when the text is not a document number. */
    public static List<String> parts(String text) {
        if (text == null) return List.of();
        Matcher m = NUMBER.matcher(VietnameseText.nfc(text).strip());
        if (!m.matches()) return List.of();
        return parts(m);
    }

    private static List<String> parts(Matcher m) {
        List<String> p = new ArrayList<>();
        p.add(stripZeros(m.group(1)));
        if (m.group(2) != null) p.add(m.group(2));
        for (String s : m.group(3).split(SEP)) if (!s.isEmpty()) p.add(s);
        return p;
    }

    private static String stripZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }

    /** Keys under which a document with this number is indexed: with and, if written, without its year. */
    public static Set<String> exactKeys(String number) {
        List<String> p = parts(number);
        Set<String> keys = new LinkedHashSet<>();
        if (p.isEmpty()) return keys;
        keys.add(String.join("|", p));
        if (p.size() > 2 && p.get(1).matches("(19|20)\\d\\d")) {
            List<String> noYear = new ArrayList<>(p);
            noYear.remove(1);
            keys.add(String.join("|", noYear));
        }
        return keys;
    }

    /**
     * The one key under which a document's number is stored and looked up: "42-CT/TU", "42 CT TU" and
     * "42/ct-tu" give "42|ct|tu"; "CTr" stays apart from "CT". A text that is not a document number keeps
     * its characters, upper case and without spaces, so it still matches itself. Null for null or blank.
     */
    public static String key(String number) {
        String c = VietnameseText.clean(number);
        if (c == null) {
            return null;
        }
        Set<String> keys = caseInsensitiveKeys(c);
        return keys.isEmpty()
                ? c.replace(" ", "").toUpperCase(java.util.Locale.ROOT)
                : keys.iterator().next();
    }

    public static Set<String> caseInsensitiveKeys(String number) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : exactKeys(number)) out.add(k.toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    public static Set<String> foldedKeys(String number) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : exactKeys(number)) out.add(VietnameseText.fold(k));
        return out;
    }

    /**
     * Number-like pieces of a free-text query, as exact keys; "chỉ thị 42 CT TU về rừng" gives the
     * candidates "42|CT", "42|CT|TU", "42|CT|TU|về" ... (a query does not say where the number ends,
     * so every prefix is a candidate; a wrong one simply matches nothing).
     */
    public static Set<String> queryKeys(String query) {
        Set<String> keys = new LinkedHashSet<>();
        if (query == null || query.length() > 2000) return keys;
        Matcher m = NUMBER.matcher(VietnameseText.nfc(query));
        int from = 0;
        while (from < query.length() && m.find(from)) {
            List<String> p = parts(m);
            int firstSymbol = m.group(2) != null ? 2 : 1;
            for (int end = firstSymbol + 1; end <= p.size(); end++) {
                keys.add(String.join("|", p.subList(0, end)));
                if (firstSymbol == 2) {
                    List<String> noYear = new ArrayList<>(p.subList(0, end));
                    noYear.remove(1);
                    keys.add(String.join("|", noYear));
                }
            }
            from = m.end();
        }
        return keys;
    }

    /** Document numbers cited in running text ("thực hiện Chỉ thị số 42-CT/TU"), as written. */
    public static List<String> findReferences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
