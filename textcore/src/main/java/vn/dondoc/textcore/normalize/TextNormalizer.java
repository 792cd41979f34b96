package vn.dondoc.textcore.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.format.Casing;
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
    private static final Pattern TAG = Pattern.compile("(?i)<\\s*/?\\s*(?:a|b|i|u|s|p|br|hr|em|strong|span|div|font|sup|sub|small|big|"
            + "table|thead|tbody|tfoot|tr|td|th|ul|ol|li|h[1-6]|img|center|section|article|header|footer|nav|o:p|v:\\w+|w:\\w+|"
            + "meta|link|style|script|html|head|body|title|label|input|form|button|strike|del|ins|mark|blockquote|pre|code)"
            + "(?:\\s[^<>]{0,300})?\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|nbsp|amp|lt|gt|quot|apos);");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}");
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)^(CỘNG HÒA XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|CỘNG HOÀ XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)\\b.*");
    private static final Pattern RECIPIENTS = Pattern.compile("(?i)^nơi nhận\\s*:?.*");

    /** All chrome patterns as one alternation: one pass per line instead of one per pattern. */
    private final Pattern chrome;
    /** The characters below {@link #FIRST_CHAR_TABLE} that a chrome line can begin with. */
    private final java.util.BitSet chromeFirst = new java.util.BitSet(FIRST_CHAR_TABLE);
    private static final int FIRST_CHAR_TABLE = 0x2000;

    public TextNormalizer(Lexicon lexicon) {
        StringBuilder sb = new StringBuilder();
        for (Pattern p : lexicon.boilerplate()) {
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern().replace("(?i)", "")).append(')');
        }
        this.chrome = Pattern.compile(sb.length() == 0 ? "(?!)" : sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a pattern that fails on a first character without wanting more input can never match a line starting with it
        for (char c = 0; c < FIRST_CHAR_TABLE; c++) {
            Matcher m = chrome.matcher(String.valueOf(c));
            if (m.matches() || m.hitEnd()) {
                chromeFirst.set(c);
            }
        }
    }

    public NormalizedText normalize(String raw) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = raw == null ? "" : raw;
        if (!text.isEmpty() && controlShare(text) > 0.05) {
            diagnostics.add(new Diagnostic(STAGE, "binary-like", new Span(0, 0),
                    "Văn bản chứa nhiều ký tự điều khiển; có thể không phải tệp văn bản."));
        }
        // Character-level cleanup until stable, so that "&amp;lt;" or "<<b>b>" cannot survive a second pass;
        // text without markup characters is stable after one pass (the rest of the cleanup is idempotent).
        for (int i = 0; i < 10; i++) {
            String next = cleanCharacters(text);
            boolean markup = next.indexOf('<') >= 0 || next.indexOf('&') >= 0 || next.indexOf('*') >= 0;
            if (next.equals(text) || !markup && i == 0 && !hasMarkup(text)) {
                text = next;
                break;
            }
            text = next;
        }
        text = stripChrome(text, diagnostics);
        text = dropPageNumbers(text);
        return new NormalizedText(text, List.copyOf(diagnostics));
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("[-–]?\\s*(?:Trang\\s+)?\\d{1,3}\\s*[-–]?");

    /**
     * A page number printed in the middle of a sentence by a PDF page break ("... đảm bảo việc" / "2" /
     * "thực hiện theo ...") is dropped: only when the line before does not end a sentence and the line
     * after continues it in lower case, so day cells of a calendar stay.
     */
    static String dropPageNumbers(String text) {
        if (text.indexOf('\n') < 0) {
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
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        int first = 0;
        while (first < s.length() && !needsCleaning(s, first)) {
            first++;
        }
        // most text has nothing to clean: no copy then
        CharSequence sb = s;
        if (first < s.length()) {
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
            sb = b;
        }
        s = nfc(sb);
        String marked = s;
        if (s.indexOf('<') >= 0) {
            s = CELL_TAG.matcher(s).replaceAll("\t");
            s = BREAK_TAG.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        if (s.indexOf('*') >= 0) {
            s = unglueBold(s);
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        if (!s.equals(marked)) {
            s = nfc(s); // an entity or a removed tag can leave a combining mark next to its letter
        }
        return tidyLines(s);
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
        return c == 0x7F || c == '\u0085' || c == '\u00A0' || c == '\u00AD' || c >= '\u2000' && c <= '\u200D'
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u3000' || c == '\uFEFF' || c == 0xFFFD
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
            boolean glued = at > 0 && end < s.length() && !isSpaceOrStar(s.charAt(at - 1)) && !isSpaceOrStar(s.charAt(end));
            out.append(s, from, at).append(glued ? "\n" : "**");
            from = end;
        }
        return out.append(s, from, s.length()).toString();
    }

    private static boolean isSpaceOrStar(char c) {
        return Character.isWhitespace(c) || c == '*';
    }

    private static String nfc(CharSequence s) {
        return surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s.toString()
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

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep = switch (e) {
                case "nbsp" -> " ";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(e);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String e) {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
            if (cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD || cp == 0x7F) {
                return " ";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException ex) {
            return " ";
        }
    }

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACED_TAB = Pattern.compile(" *\t *");
    private static final Pattern EDGE_SPACES = Pattern.compile("^ +| +$");

    private static String tidyLine(String line) {
        String t = line;
        if (t.indexOf("  ") >= 0) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('\t') >= 0) {
            t = SPACED_TAB.matcher(t).replaceAll("\t");
        }
        if (!t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' ')) {
            t = EDGE_SPACES.matcher(t).replaceAll("");
        }
        return t;
    }

    /** Trims each line (spaces, not the tabs that mark empty table cells), collapses runs of spaces (not tabs) and of blank lines. */
    private static String tidyLines(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder sb = new StringBuilder(s.length());
        int blank = 0;
        boolean started = false;
        for (String line : lines) {
            String t = tidyLine(line);
            if (t.replace("\t", "").isBlank()) {
                if (started) {
                    blank++;
                }
                continue;
            }
            if (started) {
                sb.append(blank > 0 ? "\n\n" : "\n");
            }
            sb.append(t);
            started = true;
            blank = 0;
        }
        return sb.toString();
    }

    /** Drops web-page chrome: known chrome lines, what precedes the national motto's header block, what follows the document's end. */
    private String stripChrome(String text, List<Diagnostic> diagnostics) {
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
            if (MOTTO.matcher(line).matches() || tab >= 0 && MOTTO.matcher(line.substring(tab + 1)).matches()) {
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
            diagnostics.add(new Diagnostic(STAGE, "chrome-removed", new Span(0, 0),
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

    private boolean isChrome(String line) {
        return !line.isEmpty() && line.length() <= 160
                && (line.charAt(0) >= FIRST_CHAR_TABLE || chromeFirst.get(line.charAt(0))) && chrome.matcher(line).matches();
    }

    /** The first line of the issuer block printed beside or above the motto. */
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
            } else if (Casing.isUpperLine(l) || l.matches("[-_=*. ]{3,}")) {
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
