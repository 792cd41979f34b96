package vn.dondoc.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.vntext.VietnameseText;

/**
 * A web page to the text of the document it shows. Drops scripts, styles, navigation, menus,
 * login prompts and footers; picks the smallest element holding all the administrative-document
 * markers ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:", "Nơi nhận", ...), else the block holding
 * most of the page's non-link text. Blocks become lines, {@code <br>} a line break, table rows
 * lines with TAB-separated cells (layout tables, whose cells hold whole blocks, are read as blocks).
 */
final class HtmlReader {
    private static final Set<String> DROPPED_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "iframe",
            "object",
            "embed",
            "head",
            "link",
            "meta",
            "button",
            "select",
            "input",
            "textarea",
            "option",
            "nav",
            "menu",
            "aside",
            "canvas",
            "video",
            "audio",
            "map");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "blockquote",
            "pre",
            "address",
            "center",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "legend",
            "hr",
            "caption",
            "details",
            "summary",
            "table",
            "tr",
            "tbody",
            "thead",
            "tfoot",
            "body",
            "html");
    /** id/class words of site chrome. */
    private static final Pattern CHROME = Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:nav|navbar|navigation|menu|mainmenu|topmenu|submenu|breadcrumbs?|sidebar|side-bar|"
                    + "footer|banner|login|dangnhap|search|timkiem|social|share|advert|ads|quangcao|comments?|"
                    + "related|tinlienquan|lienket|weblink|toolbar|cookie|popup|modal|header|top-bar|topbar)(?:$|[-_\\s\\d])");

    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary");
    /** Folded (no accents, lower case) phrases of a login prompt. */
    /** Prompts found anywhere in a short text ("Bạn Chưa Đăng Nhập Thành Viên!", "Vui lòng đăng nhập để ..."). */
    private static final Pattern LOGIN_PROMPT = Pattern.compile(
            "chua dang nhap|vui long dang nhap|dang nhap de|dang ky thanh vien tai day|moi ban dang ky");
    /** Labels: the whole text is one ("Đăng nhập", "Tên đăng nhập:", "Mật khẩu"); "đăng ký thuế" lines stay. */
    private static final Pattern LOGIN_LABEL = Pattern.compile(
            "^[\\p{Punct}\\s|»›]*(?:dang nhap|dang xuat|ten dang nhap|ten truy cap|mat khau|quen mat khau|ghi nho(?: mat khau)?)[\\s:!?.*]*$");
    /** Folded markers of a Vietnamese administrative document. */
    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("cong hoa xa hoi chu nghia viet nam"),
            Pattern.compile("doc lap\\s*-\\s*tu do\\s*-\\s*hanh phuc"),
            Pattern.compile("dang cong san viet nam"),
            Pattern.compile("(?:^|\\s)so\\s*:\\s*\\d+"),
            Pattern.compile("noi nhan\\s*:"),
            Pattern.compile("(?:^|\\s)(?:tm|kt|tl|tuq)\\.\\s"),
            Pattern.compile(
                    "(?:can cu|thuc hien) (?:luat|nghi dinh|nghi quyet|quyet dinh|chi thi|ke hoach|van ban|thong tu)"));
    /** Strong markers protect an element from being dropped as chrome. */
    private static final int STRONG_MARKERS = 3;
    /** Without markers, a page whose main block has less non-link text than this holds no document. */
    static final int MIN_TEXT_WITHOUT_MARKERS = 200;

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

    private HtmlReader() {}

    /** Decodes like plain text unless the page declares its charset in a meta tag. */
    static String decode(byte[] bytes, List<Diagnostic> diagnostics) {
        int[] bom = new int[1];
        if (TextDecoder.bomCharset(bytes, bom) == null && TextDecoder.utf16ByPattern(bytes) == null) {
            String head =
                    new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    Charset declared = Charset.forName(m.group(1));
                    if (!declared.name().equalsIgnoreCase("UTF-8") || isUtf8(bytes)) {
                        return new String(bytes, declared);
                    }
                } catch (IllegalArgumentException unknownCharset) {
                    // fall through to detection
                }
            }
        }
        return TextDecoder.decode(bytes, diagnostics);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** True when decoded text is an HTML page (not a text that merely mentions a tag). */
    static boolean looksLikeHtml(String text) {
        int start = 0;
        while (start < text.length()
                && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start >= text.length() || text.charAt(start) != '<') {
            return false;
        }
        String head =
                text.substring(start, Math.min(text.length(), start + 2048)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.contains("<html")
                || head.contains("<head")
                || head.contains("<body")
                || head.contains("<meta")
                || head.startsWith("<div")
                || head.startsWith("<p>")
                || head.startsWith("<p ")
                || head.startsWith("<table");
    }

    static String read(String html, List<Diagnostic> diagnostics) throws Refusal {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        if (body == null) {
            throw new Refusal("trang web không chứa văn bản");
        }
        body.select(String.join(",", DROPPED_TAGS)).remove();
        // Old pages in .VnTime/VNI fonts: convert first, or no marker ("Số:", "Nơi nhận") can be seen.
        LegacyEncodingDetector.Detection legacy = TextCleaner.detector().detect(body.text());
        if (legacy.verdict() == LegacyEncodingDetector.Verdict.LEGACY) {
            for (Element e : body.getAllElements()) {
                for (TextNode t : e.textNodes()) {
                    t.text(LegacyEncodingDetector.convert(t.getWholeText(), legacy.encoding()));
                }
            }
            TextCleaner.report(legacy, diagnostics);
        }
        removeChrome(body);
        removeLoginPrompts(body);

        List<Pattern> present = new ArrayList<>();
        String bodyFolded = fold(body.text());
        for (Pattern marker : MARKERS) {
            if (marker.matcher(bodyFolded).find()) {
                present.add(marker);
            }
        }
        Element main;
        if (present.size() >= 2) {
            main = smallestHolding(body, present);
        } else {
            main = densest(body);
            if (nonLinkTextLength(main, new IdentityHashMap<>()) < MIN_TEXT_WITHOUT_MARKERS) {
                throw new Refusal("trang web không chứa văn bản");
            }
            Diagnostics.add(
                    diagnostics,
                    Diagnostics.HTML_NO_DOCUMENT_MARKERS,
                    "trang web không đủ dấu hiệu văn bản hành chính (Quốc hiệu, Số:, Nơi nhận); đã lấy khối chữ dày nhất");
        }
        LineSink sink = new LineSink();
        render(main, sink);
        String text = sink.finish();
        if (text.isBlank()) {
            throw new Refusal("trang web không chứa văn bản");
        }
        return text;
    }

    private static void removeChrome(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String tag = e.normalName();
            boolean chrome = tag.equals("footer")
                    || tag.equals("header")
                    || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || CHROME.matcher(e.id()).find()
                    || CHROME.matcher(e.className()).find();
            if (chrome && !holdsDocument(e)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** An element holding a document's own markers is never chrome, whatever its class says. */
    private static boolean holdsDocument(Element e) {
        String folded = fold(e.text());
        int found = 0;
        for (int i = 0; i < STRONG_MARKERS; i++) {
            if (MARKERS.get(i).matcher(folded).find()) {
                found++;
            }
        }
        return found > 0 || MARKERS.get(4).matcher(folded).find();
    }

    private static void removeLoginPrompts(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && !e.ownText().isEmpty() && isLoginText(fold(e.ownText()))) {
                // Climb to the block around the prompt while it stays small (a login box, not the page).
                Element box = e;
                while (box.parent() != null && box.parent() != root && textLengthBelow(box.parent(), 300)) {
                    box = box.parent();
                }
                if (!holdsDocument(box)) {
                    doomed.add(box);
                }
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Whether an element's text is shorter than {@code limit}, reading no more of it than needed. */
    private static boolean textLengthBelow(Element e, int limit) {
        int[] length = {0};
        org.jsoup.select.NodeTraversor.filter(
                new org.jsoup.select.NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            length[0] += t.text().strip().length();
                        }
                        return length[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
                    }
                },
                e);
        return length[0] < limit;
    }

    /** Login prompts and labels, not document sentences that mention logging in ("tài khoản đăng nhập, chữ ký số"). */
    private static boolean isLoginText(String folded) {
        String t = folded.strip();
        if (t.length() > 160) {
            return false;
        }
        return LOGIN_PROMPT.matcher(t).find() || LOGIN_LABEL.matcher(t).find();
    }

    /**
     * Descends while one child still holds every marker the page has and a good part of the text:
     * a single paragraph that happens to cite "Cộng hòa xã hội chủ nghĩa Việt Nam" and a law is not
     * the document.
     */
    private static Element smallestHolding(Element root, List<Pattern> markers) {
        Map<Element, Integer> memo = new IdentityHashMap<>();
        Element current = root;
        descend:
        while (true) {
            int currentText = nonLinkTextLength(current, memo);
            for (Element child : current.children()) {
                if (nonLinkTextLength(child, memo) < 0.3 * currentText) {
                    continue;
                }
                String folded = fold(child.text());
                if (markers.stream().allMatch(m -> m.matcher(folded).find())) {
                    current = child;
                    continue descend;
                }
            }
            return current;
        }
    }

    /** The deepest element still holding 70% of the page's non-link text. */
    private static Element densest(Element root) {
        Map<Element, Integer> memo = new IdentityHashMap<>();
        int total = nonLinkTextLength(root, memo);
        Element current = root;
        descend:
        while (true) {
            for (Element child : current.children()) {
                if (nonLinkTextLength(child, memo) >= 0.7 * total) {
                    current = child;
                    continue descend;
                }
            }
            return current;
        }
    }

    private static int nonLinkTextLength(Element e, Map<Element, Integer> memo) {
        Integer known = memo.get(e);
        if (known != null) {
            return known;
        }
        int n = 0;
        if (!e.normalName().equals("a")) {
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    n += t.text().trim().length();
                } else if (child instanceof Element c) {
                    n += nonLinkTextLength(c, memo);
                }
            }
        }
        memo.put(e, n);
        return n;
    }

    /** Lower case, no accents, đ → d, no-break spaces as spaces: markers match "HOÀ"/"Hòa"/"hoà" alike. */
    static String fold(String s) {
        return VietnameseText.fold(s.replace('\u00A0', ' '));
    }

    private static void render(Node node, LineSink sink) {
        if (node instanceof TextNode t) {
            if (sink.preDepth > 0) {
                sink.raw(t.getWholeText());
            } else {
                sink.text(t.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            sink.lineBreak();
            return;
        }
        if (tag.equals("table") && !isLayoutTable(e)) {
            table(e, sink);
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag) || tag.equals("td") || tag.equals("th");
        if (block) {
            sink.endLine();
        }
        if (tag.equals("pre")) {
            sink.preDepth++;
        }
        for (Node child : e.childNodes()) {
            render(child, sink);
        }
        if (tag.equals("pre")) {
            sink.preDepth--;
        }
        if (block) {
            sink.endLine();
        }
    }

    /** A table used to lay out the page: cells hold tables or many blocks. Read as blocks, not rows. */
    private static boolean isLayoutTable(Element table) {
        for (Element cell :
                rowsOf(table).stream().flatMap(r -> r.children().stream()).toList()) {
            if (!cell.select("table").isEmpty()
                    || cell.select("p,div,h1,h2,h3,h4,h5,h6,li").size() > 12) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element r : child.children()) {
                    if (r.normalName().equals("tr")) {
                        rows.add(r);
                    }
                }
            }
        }
        return rows;
    }

    private static void table(Element table, LineSink sink) {
        sink.endLine();
        for (Element row : rowsOf(table)) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                LineSink inner = new LineSink();
                for (Node child : cell.childNodes()) {
                    render(child, inner);
                }
                cells.add(String.join(" ", inner.lines()).replace('\t', ' ').trim());
            }
            if (!cells.isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())) {
                sink.line(String.join("\t", cells));
            }
        }
        sink.endLine();
    }

    /** Collects lines, collapsing HTML whitespace the way a browser shows it. */
    private static final class LineSink {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean pendingSpace;
        int preDepth;

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                } else {
                    if (pendingSpace && current.length() > 0) {
                        current.append(' ');
                    }
                    pendingSpace = false;
                    current.append(c);
                }
            }
        }

        void raw(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    lineBreak();
                } else {
                    current.append(c);
                }
            }
        }

        void lineBreak() {
            lines.add(current.toString().strip());
            current.setLength(0);
            pendingSpace = false;
        }

        void endLine() {
            if (!current.toString().isBlank()) {
                lineBreak();
            } else {
                current.setLength(0);
                pendingSpace = false;
            }
        }

        void line(String s) {
            endLine();
            lines.add(s);
        }

        List<String> lines() {
            endLine();
            return lines.stream().filter(l -> !l.isBlank()).toList();
        }

        String finish() {
            return String.join("\n", lines());
        }
    }
}
