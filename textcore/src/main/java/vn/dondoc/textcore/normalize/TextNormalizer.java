package vn.dondoc.textcore.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.Span;

/**
 * First stage: any text → clean NFC text. Removes control characters, HTML tags and entities,
 * Markdown emphasis, web-page chrome around the document; unifies line ends and spaces.
 * Stateless and thread-safe; {@code normalize(normalize(x)).equals(normalize(x))}.
 */
public final class TextNormalizer {

    static final String STAGE = "normalize";
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/tr|/li|/h[1-6])\\s*/?\\s*>");
    private static final Pattern CELL_TAG = Pattern.compile("(?i)<\\s*/t[dh]\\s*>");
    /** Only the tags of real HTML, so "<x>" written in a text stays. */
    private static final Pattern TAG =
            Pattern.compile("(?i)<\\s*/?\\s*(?:a|b|i|u|s|p|br|hr|em|strong|span|div|font|sup|sub|small|big|"
                    + "table|thead|tbody|tfoot|tr|td|th|ul|ol|li|h[1-6]|img|center|section|article|header|footer|nav|o:p|v:\\w+|w:\\w+|"
                    + "meta|link|style|script|html|head|body|title|label|input|form|button|strike|del|ins|mark|blockquote|pre|code)"
                    + "(?:\\s[^<>]{0,300})?\\s*/?>");

    private static final Pattern ENTITY =
            Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|nbsp|amp|lt|gt|quot|apos);");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}");
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)^(CỘNG HÒA XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|CỘNG HOÀ XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)\\b.*");
    private static final Pattern RECIPIENTS = Pattern.compile("(?i)^nơi nhận\\s*:?.*");

    /** All chrome patterns as one alternation: one pass per line instead of one per pattern. */
    private final Pattern chrome;
    /** For each first character of a chrome line, the second characters it can have (null: none starts so). */
    private final java.util.BitSet[] chromeStarts = new java.util.BitSet[FIRST_CHAR_TABLE];

    private static final int FIRST_CHAR_TABLE = 0x2000;

    public TextNormalizer(Lexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        for (Pattern p : lexicon.boilerplate()) {
            sb.append(sb.length() == 0 ? "" : "|")
                    .append("(?:")
                    .append(p.pattern().replace("(?i)", ""))
                    .append(')');
        }
        this.chrome = Pattern.compile(
                sb.length() == 0 ? "(?!)" : sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a pattern that fails on a line's start without wanting more input can never match a line starting so:
        // the pairs of first characters that may start chrome, so the pattern runs on few lines
        for (char c = 0; c < FIRST_CHAR_TABLE; c++) {
            Matcher m = chrome.matcher(String.valueOf(c));
            if (m.matches() || m.hitEnd()) {
                java.util.BitSet second = new java.util.BitSet();
                for (int k = 0; k < SECOND_CHARS; k++) {
                    Matcher m2 = chrome.matcher(new String(new char[] {c, secondChar(k)}));
                    if (m2.matches() || m2.hitEnd()) {
                        second.set(k);
                    }
                }
                chromeStarts[c] = second;
            }
        }
    }

    public NormalizedText normalize(String raw) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = raw == null ? "" : raw;
        if (!text.isEmpty() && controlShare(text) > 0.05) {
            diagnostics.add(new Diagnostic(
                    STAGE,
                    "binary-like",
                    new Span(0, 0),
                    "Văn bản chứa nhiều ký tự điều khiển; có thể không phải tệp văn bản."));
        }
        // Character-level cleanup until stable, so that "&amp;lt;" or "<<b>b>" cannot survive a second pass;
        // text without markup characters is stable after one pass (the rest of the cleanup is idempotent).
        for (int i = 0; i < 10; i++) {
            String next = cleanCharacters(text);
            if (next.equals(text) || !hasMarkup(next)) { // markup-free text is stable after one pass
                text = next;
                break;
            }
            text = next;
        }
        text = stripChrome(text, diagnostics);
        text = dropPageBreaks(text);
        text = dropPageNumbers(text);
        return new NormalizedText(text, List.copyOf(diagnostics));
    }

    /** What a PDF or DOCX converter prints at a page break: "--- PAGE BREAK ---", "--- Trang 2 ---", "Trang 3/12". */
    private static final Pattern PAGE_BREAK = Pattern.compile(
            "[-–—=_*]{2,}\\s*(?:page\\s*break|trang\\s+\\d{1,4}(?:\\s*/\\s*\\d{1,4})?)\\s*[-–—=_*]*|(?:trang|page)\\s+\\d{1,4}\\s*/\\s*\\d{1,4}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A line that is only the residue of a page break is dropped wherever it stands, with the page number right
     * below it: neither is ever part of the text.
     */
    static String dropPageBreaks(String text) {
        StringBuilder sb = null;
        Matcher m = PAGE_BREAK.matcher(text);
        int ls = 0;
        int kept = 0; // text before this offset is already in sb
        while (ls < text.length()) {
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            char first = text.charAt(ls);
            // cheap look first: such a line is short and starts with a rule or "Trang"/"Page"
            boolean rule = "-–—=_*".indexOf(first) >= 0;
            boolean word = (first == 'T' || first == 't') && text.regionMatches(true, ls, "trang", 0, 5)
                    || (first == 'P' || first == 'p') && text.regionMatches(true, ls, "page", 0, 4);
            if (le - ls <= 40
                    && le - ls >= 9
                    && (rule || word)
                    && m.region(ls, le).matches()) {
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                }
                sb.append(text, kept, ls);
                kept = Math.min(le + 1, text.length());
                // the number printed at the top of the new page (Decree 30/2020: top centre) goes with the break
                int ns = kept;
                while (ns < text.length() && text.charAt(ns) == '\n') {
                    ns++;
                }
                int ne = text.indexOf('\n', ns);
                ne = ne < 0 ? text.length() : ne;
                if (ne > ns
                        && ne - ns <= 12
                        && PAGE_NUMBER.matcher(text).region(ns, ne).matches()) {
                    kept = Math.min(ne + 1, text.length());
                    le = ne;
                }
            }
            ls = le + 1;
        }
        if (sb == null) {
            return text;
        }
        sb.append(text, kept, text.length());
        return tidyLines(sb.toString());
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-–]?\\s*(?:Trang\\s+)?\\d{1,3}\\s*[-–]?");

    /**
     * A page number printed in the middle of a sentence by a PDF page break ("... đảm bảo việc" / "2" /
     * "thực hiện theo ...") is dropped: only when the line before does not end a sentence and the line
     * after continues it in lower case, so day cells of a calendar stay.
     */
    static String dropPageNumbers(String text) {
        if (text.indexOf('\n') < 0 || !hasShortNumberLine(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 1; i < lines.length - 1; i++) {
            if (lines[i].length() > 12 || !PAGE_NUMBER.matcher(lines[i]).matches()) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && lines[p].isEmpty()) {
                p--;
            }
            int n = i + 1;
            while (n < lines.length && lines[n].isEmpty()) {
                n++;
            }
            if (p < 0 || n >= lines.length || lines[p].indexOf('\t') >= 0) {
                continue;
            }
            String prev = lines[p].stripTrailing();
            char last = prev.isEmpty() ? '.' : prev.charAt(prev.length() - 1);
            char first = lines[n].isEmpty() ? 'A' : lines[n].charAt(0);
            if (".:;!?".indexOf(last) < 0 && Character.isLowerCase(first)) {
                lines[i] = null;
                changed = true;
            }
        }
        if (!changed) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (String l : lines) {
            if (l != null) {
                sb.append(sb.length() == 0 ? "" : "\n").append(l);
            }
        }
        return tidyLines(sb.toString());
    }

    /** Whether some line could be a page number: a cheap look before splitting the text into lines. */
    private static boolean hasShortNumberLine(String text) {
        Matcher m = PAGE_NUMBER.matcher(text);
        int ls = 0;
        while (ls < text.length()) {
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            if (le - ls <= 12 && le > ls && m.region(ls, le).matches()) {
                return true;
            }
            ls = le + 1;
        }
        return false;
    }

    private static boolean hasMarkup(String s) {
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 || s.indexOf('*') >= 0;
    }

    private static double controlShare(String s) {
        int n = Math.min(s.length(), 4096);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0xFFFD) {
                bad++;
            }
        }
        return n == 0 ? 0 : (double) bad / n;
    }

    static String cleanCharacters(String s) {
        if (s.indexOf('\r') >= 0) { // one look for the common case, text without carriage returns, not two replaces
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        int defects = defects(s, end);
        String text = (defects & ODD_CHARACTERS) != 0 ? withoutOddCharacters(s).toString() : s.substring(0, end);
        if ((defects & (ODD_CHARACTERS | MAYBE_NOT_NFC)) != 0) {
            text = nfc(text);
        }
        String unmarked = hasMarkup(text) ? withoutMarkup(text) : text;
        if (unmarked == text) {
            // the common case, clean text, passes with one look and no copy
            return (defects & (ODD_CHARACTERS | UNTIDY)) != 0 ? tidyLines(text) : text;
        }
        return tidyLines(nfc(unmarked)); // an entity or a removed tag can leave a combining mark next to its letter
    }

    /** Drops zero-width characters, turns odd spaces, line separators and control characters into plain ones. */
    private static CharSequence withoutOddCharacters(String s) {
        int first = 0;
        while (first < s.length() && !needsCleaning(s, first)) {
            first++;
        }
        if (first == s.length()) {
            return s; // nothing to clean: no copy
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsCleaning(s, i)) {
                b.append(c);
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u00AD') {
                continue;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                b.append('\n');
            } else {
                b.append(' '); // odd spaces, control characters, U+FFFD, a lone surrogate
            }
        }
        return b;
    }

    /** HTML tags and entities, Markdown emphasis removed; the same instance when there was nothing to remove. */
    private static String withoutMarkup(String s) {
        String t = s;
        t = replaceAllAt('<', CELL_TAG, t, m -> "\t");
        t = replaceAllAt('<', BREAK_TAG, t, m -> "\n");
        t = replaceAllAt('<', TAG, t, m -> "");
        t = replaceAllAt('&', ENTITY, t, m -> entity(m.group(1)));
        if (t.indexOf('*') >= 0) {
            t = replaceAllAt('*', EMPHASIS, unglueBold(t), m -> "");
        }
        return t.equals(s) ? s : t;
    }

    /**
     * {@link Matcher#replaceAll} for a pattern whose every match starts with {@code lead}, tried only where that
     * character stands (found by indexOf) instead of at every position; the same instance when nothing matched.
     */
    private static String replaceAllAt(
            char lead,
            Pattern pattern,
            String s,
            java.util.function.Function<java.util.regex.MatchResult, String> replacement) {
        int at = s.indexOf(lead);
        if (at < 0) {
            return s;
        }
        Matcher m = pattern.matcher(s);
        StringBuilder out = null;
        int copied = 0;
        while (at >= 0) {
            m.region(at, s.length());
            if (m.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, at).append(replacement.apply(m));
                copied = m.end();
                at = s.indexOf(lead, m.end());
            } else {
                at = s.indexOf(lead, at + 1);
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** Defects {@link #defects} reports: characters to drop or replace, maybe not NFC, lines to tidy. */
    private static final int ODD_CHARACTERS = 1;

    private static final int MAYBE_NOT_NFC = 2;
    private static final int UNTIDY = 4;

    /**
     * Whether {@link #cleanCharacters} would leave {@code s} as it is (markup aside): no character to drop or
     * replace, NFC, and tidy lines (no double, leading or trailing spaces, none beside a tab, no line of only
     * tabs, at most one blank line in a row, none at either end).
     */
    static boolean isClean(String s) {
        int d = defects(s, s.length());
        return d == 0 || d == MAYBE_NOT_NFC && Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /** What the first {@code n} characters of {@code s} need: a bit set of the defects above. No allocation. */
    private static int defects(String s, int n) {
        if (n == 0) {
            return 0;
        }
        // untidy spacing found by substring search (vectorized by the JVM) rather than character by character
        int d = s.charAt(0) == ' '
                        || s.charAt(0) == '\n'
                        || s.charAt(n - 1) == ' '
                        || s.charAt(n - 1) == '\n'
                        || within(s, "  ", n)
                        || within(s, " \n", n)
                        || within(s, "\n ", n)
                        || within(s, " \t", n)
                        || within(s, "\t ", n)
                        || within(s, "\n\n\n", n)
                        || hasTabOnlyLine(s, n)
                ? UNTIDY
                : 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // a table look-up, not a chain of range tests: Vietnamese text mixes ASCII and other letters too
            // unpredictably for branches
            if ((SUSPECT[c >>> 6] & 1L << c) != 0) {
                d |= defectsOf(s, i);
            }
        }
        return d;
    }

    /** A bit per character: set for those {@link #defectsOf} must look at (not ASCII text, not a Vietnamese letter). */
    private static final long[] SUSPECT = new long[1024];

    static {
        for (int c = 0; c < 0x10000; c++) {
            boolean plain = c >= ' ' && c < 0x7F
                    || c == '\n'
                    || c == '\t'
                    || c >= 0xC0 && c < 0x300
                    || c >= 0x1E00 && c <= 0x1EFF;
            if (!plain) {
                SUSPECT[c >>> 6] |= 1L << c;
            }
        }
    }

    private static int defectsOf(String s, int i) {
        char c = s.charAt(i);
        if (needsCleaning(s, i)) {
            return ODD_CHARACTERS;
        }
        int d = c >= 0x300 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2010 && c <= 0x2027) ? MAYBE_NOT_NFC : 0;
        return Character.isWhitespace(c) ? d | UNTIDY : d;
    }

    private static boolean within(String s, String part, int n) {
        int at = s.indexOf(part);
        return at >= 0 && at + part.length() <= n;
    }

    /** A line of nothing but tabs (an empty table row), which tidying drops. */
    private static boolean hasTabOnlyLine(String s, int n) {
        int at = s.charAt(0) == '\t' ? 0 : next(s, 0);
        while (at >= 0 && at < n) {
            int k = at;
            while (k < n && s.charAt(k) == '\t') {
                k++;
            }
            if (k == n || s.charAt(k) == '\n') {
                return true;
            }
            at = next(s, k);
        }
        return false;
    }

    /** The start of the next line that begins with a tab, from {@code from}; -1 if none. */
    private static int next(String s, int from) {
        int at = s.indexOf("\n\t", from);
        return at < 0 ? -1 : at + 1;
    }

    /** Whether the character at {@code i} is one that {@link #cleanCharacters} drops or replaces. */
    private static boolean needsCleaning(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F || c > 0xAD && c < 0x2000) {
            return false; // ASCII text and Vietnamese letters: the common case first
        }
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        return c == 0x7F
                || c == '\u0085'
                || c == '\u00A0'
                || c == '\u00AD'
                || c >= '\u2000' && c <= '\u200D'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u3000'
                || c == '\uFEFF'
                || c == 0xFFFD
                || Character.isSurrogate(c) && !validSurrogateAt(s, i);
    }

    /** "TRÌNH**làm việc": bold glued to text on both sides marks a paragraph boundary lost in conversion. */
    private static String unglueBold(String s) {
        int at = s.indexOf("**");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while ((at = s.indexOf("**", from)) >= 0) {
            int end = at + 2;
            boolean glued =
                    at > 0 && end < s.length() && !isSpaceOrStar(s.charAt(at - 1)) && !isSpaceOrStar(s.charAt(end));
            out.append(s, from, at).append(glued ? "\n" : "**");
            from = end;
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isSpaceOrStar(char c) {
        return Character.isWhitespace(c) || c == '*';
    }

    private static String nfc(CharSequence s) {
        return surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)
                ? s.toString()
                : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * A quick yes for most text: every character below U+0300 (no combining marks) or a precomposed letter of
     * Latin Extended Additional (Vietnamese ạ … ỹ) or common punctuation is NFC whatever its neighbours.
     */
    private static boolean surelyNfc(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2010 && c <= 0x2027)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String entity(String e) {
        return switch (e) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> codePoint(e);
        };
    }

    private static String codePoint(String e) {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X")
                    ? Integer.parseInt(e.substring(2), 16)
                    : Integer.parseInt(e.substring(1));
            if (cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD || cp == 0x7F) {
                return " ";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException ex) {
            return " ";
        }
    }

    /**
     * Trims each line (spaces, not the tabs that mark empty table cells), collapses runs of spaces (not tabs),
     * drops the spaces around a tab, and collapses runs of blank lines into one; no blank line at either end.
     * One pass over the characters: this runs on every document, twice when it has chrome.
     */
    static String tidyLines(String s) {
        // in place on a copy: what is written never runs ahead of what is read
        char[] a = s.toCharArray();
        int n = a.length;
        int w = 0;
        boolean started = false;
        boolean blankBefore = false;
        int ls = 0;
        while (ls <= n) {
            int le = ls;
            while (le < n && a[le] != '\n') {
                le++;
            }
            if (isBlankLine(a, ls, le)) {
                blankBefore = started;
            } else {
                if (started) {
                    a[w++] = '\n';
                    if (blankBefore) {
                        a[w++] = '\n';
                    }
                }
                boolean space = false;
                boolean lineStart = true;
                boolean afterTab = false;
                for (int i = ls; i < le; i++) {
                    char c = a[i];
                    if (c == ' ') {
                        space = true;
                    } else if (c == '\t') {
                        a[w++] = '\t';
                        space = false;
                        afterTab = true;
                        lineStart = false;
                    } else {
                        if (space && !lineStart && !afterTab) {
                            a[w++] = ' ';
                        }
                        a[w++] = c;
                        space = false;
                        afterTab = false;
                        lineStart = false;
                    }
                }
                started = true;
                blankBefore = false;
            }
            ls = le + 1;
        }
        return w == s.length() ? s : new String(a, 0, w);
    }

    private static boolean isBlankLine(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c != '\t' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Drops web-page chrome: known chrome lines, what precedes the national motto's header block, what follows the document's end. */
    private String stripChrome(String text, List<Diagnostic> diagnostics) {
        if (!mayHaveChrome(text)) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean[] drop = new boolean[lines.length];
        int chrome = 0;
        for (int i = 0; i < lines.length; i++) {
            if (isChrome(lines[i])) {
                drop[i] = true;
                chrome++;
            }
        }
        int motto = -1;
        for (int i = 0; i < lines.length && i < 200; i++) {
            String line = lines[i];
            int tab = line.indexOf('\t');
            if (MOTTO.matcher(line).matches()
                    || tab >= 0 && MOTTO.matcher(line.substring(tab + 1)).matches()) {
                motto = i;
                break;
            }
        }
        if (motto > 0) {
            int start = headerStart(lines, motto);
            if (start > 0 && start < lines.length * 0.4) {
                for (int i = 0; i < start; i++) {
                    if (!lines[i].isEmpty()) {
                        chrome++;
                    }
                    drop[i] = true;
                }
            }
        }
        if (chrome > 0) {
            int recipients = -1;
            for (int i = 0; i < lines.length; i++) {
                if (RECIPIENTS.matcher(lines[i]).matches()) {
                    recipients = i;
                }
            }
            if (recipients >= 0) {
                for (int i = recipients + 1; i < lines.length; i++) {
                    if (drop[i] && !lines[i].isEmpty()) {
                        for (int j = i; j < lines.length; j++) {
                            drop[j] = true;
                        }
                        break;
                    }
                }
            }
            diagnostics.add(new Diagnostic(
                    STAGE,
                    "chrome-removed",
                    new Span(0, 0),
                    "Đã bỏ " + chrome + " dòng không thuộc văn bản (trang web, quảng cáo, đăng nhập)."));
        }
        if (chrome == 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!drop[i]) {
                sb.append(lines[i]).append('\n');
            }
        }
        return tidyLines(sb.toString());
    }

    /** Whether a chrome line or a motto below the first line is there: a look without splitting the text. */
    private boolean mayHaveChrome(String text) {
        Matcher chromeLine = chrome.matcher(text);
        Matcher motto = MOTTO.matcher(text);
        int ls = 0;
        for (int i = 0; ls < text.length(); i++) {
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            int len = le - ls;
            if (len > 0
                    && len <= 160
                    && mayStartChrome(text, ls, le)
                    && chromeLine.region(ls, le).matches()) {
                return true;
            }
            if (i > 0 && i < 200 && len >= 15) {
                int tab = ls;
                while (tab < le && text.charAt(tab) != '\t') {
                    tab++;
                }
                if (mottoAt(text, ls) && motto.region(ls, le).matches()
                        || tab < le
                                && mottoAt(text, tab + 1)
                                && motto.region(tab + 1, le).matches()) {
                    return true;
                }
            }
            ls = le + 1;
        }
        return false;
    }

    /** The second characters the table knows: ASCII, Latin-1 and the Vietnamese letters; others always may. */
    private static final int SECOND_CHARS = 0x250 + 0x60;

    private static char secondChar(int k) {
        return (char) (k < 0x250 ? k : 0x1EA0 + k - 0x250);
    }

    private static int secondIndex(char c) {
        return c < 0x250 ? c : c >= 0x1EA0 && c < 0x1F00 ? 0x250 + c - 0x1EA0 : -1;
    }

    /** Whether the line from {@code ls} to {@code le} may be chrome, by its first two characters. */
    private boolean mayStartChrome(String text, int ls, int le) {
        char first = text.charAt(ls);
        if (first >= FIRST_CHAR_TABLE) {
            return true;
        }
        java.util.BitSet second = chromeStarts[first];
        if (second == null) {
            return false;
        }
        if (le - ls < 2) {
            return true;
        }
        int k = secondIndex(text.charAt(ls + 1));
        return k < 0 || second.get(k);
    }

    /** The motto's first letter: "CỘNG HÒA ...", "ĐẢNG CỘNG SẢN ..." in any case. */
    private static boolean mottoAt(String text, int at) {
        char c = at < text.length() ? text.charAt(at) : 0;
        return c == 'C' || c == 'c' || c == 'Đ' || c == 'đ';
    }

    private boolean isChrome(String line) {
        return !line.isEmpty()
                && line.length() <= 160
                && mayStartChrome(line, 0, line.length())
                && chrome.matcher(line).matches();
    }

    /** The first line of the issuer block printed beside or above the motto. */
    private static boolean isNumberLine(String l) {
        String t = l.strip();
        return t.length() < 60 && (t.startsWith("Số") || t.startsWith("SỐ")) && t.indexOf('/') > 0;
    }

    private static int headerStart(String[] lines, int motto) {
        int start = motto;
        int i = motto - 1;
        int blanks = 0;
        while (i >= 0 && motto - i <= 8) {
            String l = lines[i];
            if (l.isEmpty()) {
                if (++blanks > 2) {
                    break;
                }
            } else if (Casing.isUpperLine(l) || l.matches("[-_=*.| ]+") || isNumberLine(l)) {
                // a Party header read column by column puts "*" and "Số 12-CTr/ĐUK" before "ĐẢNG CỘNG SẢN VIỆT NAM";
                // a web capture of a header table puts a "|" line between its cells
                start = i;
                blanks = 0;
            } else {
                break;
            }
            i--;
        }
        return start;
    }
}
