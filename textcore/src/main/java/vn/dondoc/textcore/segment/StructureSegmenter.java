package vn.dondoc.textcore.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.Span;

/**
 * Second stage: cuts normalized text into blocks (headings, numbered items, bullets, paragraphs,
 * table rows), joins lines that continue a sentence across a line or page break, and gives every
 * block the numbering path of its section ("II.1"). Stateless and thread-safe.
 */
public final class StructureSegmenter {

    private static final Pattern ROMAN = Pattern.compile("^(X{0,3}(?:IX|IV|V?I{0,3}))\\s*[.\\-–:)]\\s*(?=\\p{Lu})");
    private static final Pattern NUMBERED =
            Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\s*(?:[.)]|\\s-)\\s*(?=[\\p{L}\"“(])");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*(?:\\)|\\.(?=\\s+\\p{Lu}))\\s*(?=\\S)");
    /** "(1) Về việc ...": items numbered in parentheses sit one level below "1.", like letters. */
    private static final Pattern PAREN_NUMBER = Pattern.compile("^(\\(\\d{1,2}\\))\\s*(?=\\S)");

    private static final Pattern BULLET = Pattern.compile("^([-–—+•·▪●◦*])\\s*(?=\\S)");
    /**
     * The formulas a last paragraph ending in "./." may be, which hand no work: who executes the act ("... chịu trách
     * nhiệm thi hành Quyết định này"), when it takes effect, when it was adopted, a reply "để ... biết".
     */
    private static final Pattern FORMULA = Pattern.compile(
            "(?iu)thi hành|hiệu lực|thông qua|trả lời|trân trọng|được biết|thông báo[^.]{0,120}\\sbiết\\s|biết(?:,? và| để)?(?: thực hiện)?\\s*\\./\\.\\s*$");

    private static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = !Character.isWhitespace(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static final Pattern CLOSER = Pattern.compile(
            "(?i)^(trên đây là|trong quá trình (tổ chức )?(thực hiện|triển khai)|yêu cầu (các|giám đốc|thủ trưởng|chủ tịch)"
                    + "|[^.]{0,60} thông báo (để|đến) [^.]{0,120}(biết|thực hiện)"
                    + "|nơi nhận|đề nghị các .{0,80}(nghiêm túc|thực hiện)\\s*\\./?\\.?$)");

    public SegmentedDocument segment(String text) {
        List<Block> raw = cutLines(text);
        raw = joinContinuations(text, raw, wrapWidth(raw), wrapsInsideParagraphs(text, raw));
        return new SegmentedDocument(text, assignSections(markClosing(raw)));
    }

    /** A marker alone on its line ("1.", "a)", "II.") belongs to the line after it. */
    private static final Pattern LONE_MARKER =
            Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.|[a-zđ]\\)|[IVX]{1,5}\\.|\\(\\d{1,2}\\)|[-+•])$");

    private static List<Block> cutLines(String text) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (nl >= 0
                    && nl + 1 < text.length()
                    && text.charAt(nl + 1) != '\n'
                    && end - pos <= 8
                    && LONE_MARKER.matcher(text.substring(pos, end).strip()).matches()) {
                int next = text.indexOf('\n', nl + 1);
                end = next < 0 ? text.length() : next;
                nl = next;
            }
            String line = text.substring(pos, end).replace('\n', ' ');
            if (!line.isBlank()) {
                out.add(classify(line, pos));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    static Block classify(String line, int offset) {
        Span span = new Span(offset, offset + line.length());
        if (line.indexOf('\t') >= 0) {
            return new Block(BlockKind.TABLE_ROW, span, line, "", 0, List.of(), false, false);
        }
        if (isSeparator(line)) {
            return new Block(BlockKind.PARAGRAPH, span, line, "", 0, List.of(), false, false);
        }
        // each marker pattern can only start on its own first characters: try just the one that can
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        Matcher m;
        if (first == 'I' || first == 'V' || first == 'X') {
            m = ROMAN.matcher(line);
            if (m.lookingAt() && !m.group(1).isEmpty()) {
                return new Block(BlockKind.ROMAN, span, line, m.group(1), m.end(), List.of(), true, false);
            }
        }
        if (first >= '0' && first <= '9') {
            m = NUMBERED.matcher(line);
            if (m.lookingAt()) {
                return new Block(BlockKind.NUMBERED, span, line, m.group(1), m.end(), List.of(), false, false);
            }
        }
        if (first == '(') {
            m = PAREN_NUMBER.matcher(line);
            if (m.lookingAt()) {
                return new Block(BlockKind.LETTER, span, line, m.group(1), m.end(), List.of(), false, false);
            }
        }
        if (first >= 'a' && first <= 'z' || first == 'đ') {
            m = LETTER.matcher(line);
            if (m.lookingAt()) {
                return new Block(BlockKind.LETTER, span, line, m.group(1), m.end(), List.of(), false, false);
            }
        }
        m = BULLET.matcher(line);
        if ("-–—+•·▪●◦*".indexOf(first) >= 0 && m.lookingAt()) {
            String marker = m.group(1).equals("+") ? "+" : "-";
            return new Block(BlockKind.BULLET, span, line, marker, m.end(), List.of(), false, false);
        }
        return new Block(BlockKind.PARAGRAPH, span, line, "", 0, List.of(), false, false);
    }

    /**
     * The width at which a PDF or e-mail text wraps its lines (the 90th percentile of line lengths), or 0 when
     * lines are whole paragraphs. A line about that long that does not end a sentence is continued by the next.
     */
    private static int wrapWidth(List<Block> lines) {
        if (lines.size() < 10) {
            return 0;
        }
        int[] lengths = new int[lines.size()];
        int k = 0;
        for (Block b : lines) {
            if (b.kind() != BlockKind.TABLE_ROW) {
                lengths[k++] = b.text().length();
            }
        }
        lengths = java.util.Arrays.copyOf(lengths, k);
        java.util.Arrays.sort(lengths);
        if (lengths.length < 10) {
            return 0;
        }
        int p90 = lengths[(int) (lengths.length * 0.9)];
        int p50 = lengths[lengths.length / 2];
        // wrapped text: most lines are close to the same width, and that width is a line, not a page of text
        return p90 <= 140 && p50 >= p90 * 0.45 ? p90 : 0;
    }

    /**
     * A paragraph starting in lower case continues the previous block (a wrapped line or a page break);
     * in wrapped text, so does any line right after a full-width line that does not end a sentence, and in
     * text whose paragraphs are kept apart by blank lines, any line right below another in the body.
     */
    private static List<Block> joinContinuations(String text, List<Block> blocks, int wrapWidth, boolean wrapsInside) {
        List<Block> out = new ArrayList<>();
        Block prev = null; // the block being built; its joined text is made once, when it is complete
        int prevEnd = 0;
        // past the header (a numbered item has been seen), whose short lines side by side are not wrapped sentences
        boolean inBody = false;
        for (Block b : blocks) {
            if (prev != null
                    && b.kind() == BlockKind.PARAGRAPH
                    && continues(text, prev, prevEnd, b, wrapWidth, wrapsInside && inBody)) {
                prevEnd = b.span().end();
                continue;
            }
            if (prev != null) {
                out.add(joined(text, prev, prevEnd));
            }
            prev = b;
            prevEnd = b.span().end();
            inBody |= b.kind() == BlockKind.ROMAN || b.kind() == BlockKind.NUMBERED || b.kind() == BlockKind.LETTER;
        }
        if (prev != null) {
            out.add(joined(text, prev, prevEnd));
        }
        return out;
    }

    /** Whether paragraph line {@code b} continues {@code prev}, which now runs up to {@code prevEnd}. */
    private static boolean continues(
            String text, Block prev, int prevEnd, Block b, int wrapWidth, boolean wrapsInside) {
        // what is asked of prev is asked of its text so far; line ends read as spaces. Cheap tests first: this
        // runs for every pair of lines
        if (prev.kind() == BlockKind.TABLE_ROW) {
            return false;
        }
        String tail = text.substring(Math.max(prev.span().start(), prevEnd - 40), prevEnd)
                .replace('\n', ' ');
        if (endsSentence(tail)
                || isSeparator(text, prev.span().start(), prevEnd)
                || isSeparator(b.text())
                || startsHeaderItem(b.text())
                || endsHeaderItem(tail)) {
            return false;
        }
        boolean adjacent = !blankBetween(text, prevEnd, b.span().start());
        if (adjacent
                && prev.kind() != BlockKind.PARAGRAPH
                && prev.kind() != BlockKind.BULLET
                && headingWrapped(text, prev, prevEnd, b, tail)) {
            return true;
        }
        boolean goesOn = startsLower(b.text())
                // "... sản lượng ước đạt" / "140.000 tấn, ..." and "... diện rộng" / "(thông qua ...).": a figure or a
                // bracket, then lower case, right below a line that stops on a word goes on with that sentence
                || adjacent && endsOnWord(tail) && leadThenLower(b.text())
                || adjacent && wrapped(text, prev, prevEnd, b, wrapWidth, wrapsInside, tail);
        if (!goesOn) {
            return false;
        }
        String head = text.substring(
                        prev.span().start(), Math.min(prevEnd, prev.span().start() + 160))
                .replace('\n', ' ');
        return !Casing.isUpperLine(head);
    }

    /** An adjacent line continues a wrapped one: full width, wrapped paragraphs, a dangling connector, a short item. */
    private static boolean wrapped(
            String text, Block prev, int prevEnd, Block b, int wrapWidth, boolean wrapsInside, String tail) {
        if (Casing.isUpperLine(b.text())) {
            return false;
        }
        int lastLineStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        return wrapWidth > 0 && prevEnd - lastLineStart >= wrapWidth * 0.75
                || wrapsInside
                || endsWithConnector(tail)
                // a short numbered line goes on below only in lower case: a capital starts the section's own text
                || prev.kind() != BlockKind.PARAGRAPH
                        && !startsUpper(b.text())
                        && wordsUpTo(text, prev.span().start() + prev.bodyStart(), prevEnd, 4) <= 3;
    }

    /**
     * A heading cut over two lines of a PDF: "II. NỘI DUNG" / "TRỌNG TÂM" (capitals going on in capitals), "2.1. Sở" /
     * "Tài chính" and "3. Đề nghị Ủy ban MTTQ ..., Hội Liên hiệp" / "Phụ nữ Thành phố ..." (a name going on on a short
     * last line before a blank one), "6. Chỉ tiêu chủ yếu đến năm" / "2030". Only the heading's own line is asked.
     */
    private static boolean headingWrapped(String text, Block prev, int prevEnd, Block b, String tail) {
        if (prevEnd != prev.span().end()) {
            return false; // the heading has gone on already: its text below is paragraph text
        }
        String line = b.text();
        if (tail.stripTrailing().endsWith(" năm")
                && line.length() >= 4
                && Character.isDigit(line.charAt(0))
                && Character.isDigit(line.charAt(3))) {
            return true;
        }
        if (line.length() > 90 || endsSentence(line) || line.stripTrailing().endsWith(";") || !startsUpper(line)) {
            return false;
        }
        String head = prev.text().substring(prev.bodyStart()).strip();
        if (Casing.isUpperLine(head)) {
            return Casing.isUpperLine(line); // the rest of a heading in capitals
        }
        if (Casing.isUpperLine(line)
                || head.endsWith(",")
                || line.indexOf(':') >= 0
                || head.indexOf(':') >= 0
                || wordsUpTo(line, 0, line.length(), 15) > 14) {
            return false;
        }
        int after = b.span().end();
        boolean lastBeforeBlank = after >= text.length()
                || text.charAt(after) == '\n' && (after + 1 >= text.length() || text.charAt(after + 1) == '\n');
        return lastBeforeBlank && b.kind() == BlockKind.PARAGRAPH;
    }

    private static Block joined(String text, Block first, int end) {
        if (end == first.span().end()) {
            return first;
        }
        Span span = new Span(first.span().start(), end);
        return new Block(
                first.kind(),
                span,
                text.substring(span.start(), span.end()).replace('\n', ' '),
                first.marker(),
                first.bodyStart(),
                first.section(),
                first.heading(),
                first.closing());
    }

    /** {@link #isSeparator(String)} of the text between {@code from} and {@code to}, copied only when it may be one. */
    private static boolean isSeparator(String text, int from, int to) {
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first < to
                && "-_=*.–—".indexOf(text.charAt(first)) >= 0
                && isSeparator(text.substring(from, to).replace('\n', ' '));
    }

    /** Words between {@code from} and {@code to}, counted up to {@code cap}. */
    private static int wordsUpTo(String text, int from, int to, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < cap; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static final java.util.Set<String> CONNECTORS =
            java.util.Set.copyOf(WordLists.list("segment-words.tsv", "connector"));

    /** A line ending in "và", "của", a comma ... cannot end a paragraph. */
    private static boolean endsWithConnector(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        char last = s.charAt(e - 1);
        if (last == ',' || last == '-' || last == '–') {
            return true;
        }
        int w = e;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && e - w <= 5) {
            w--;
        }
        return (w == 0 || Character.isWhitespace(s.charAt(w - 1))) && CONNECTORS.contains(s.substring(w, e));
    }

    /** "-------", "***": the rule under a header block, never part of a sentence. */
    static boolean isSeparator(String line) {
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        if (first == line.length() || "-_=*.–—".indexOf(line.charAt(first)) < 0) {
            return false; // most lines: a letter or digit first
        }
        String t = line.strip();
        if (t.length() < 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("-_=*.–— ".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean blankBetween(String text, int from, int to) {
        int nl = text.indexOf('\n', from); // no copy: it is asked of every pair of lines
        while (nl >= 0 && nl + 1 < to) {
            if (text.charAt(nl + 1) == '\n') {
                return true;
            }
            nl = text.indexOf('\n', nl + 1);
        }
        return false;
    }

    /**
     * Whether the text keeps its paragraphs apart with blank lines and wraps the lines inside them (a PDF or a web
     * page converted to text): then a line right below another, with no blank line between, continues it even when
     * it starts with a capital ("... Luật" / "Việc làm ..."). Told by the lines that follow another without a
     * blank line: most start in lower case, while where each line is a paragraph most start with a capital.
     * Only used past the header, whose short lines in two columns are not wrapped sentences.
     */
    static boolean wrapsInsideParagraphs(String text, List<Block> lines) {
        int lower = 0;
        int upper = 0;
        int apart = 0;
        for (int i = 1; i < lines.size(); i++) {
            Block b = lines.get(i);
            if (blankBetween(text, lines.get(i - 1).span().end(), b.span().start())) {
                apart++;
            } else if (b.kind() == BlockKind.PARAGRAPH && lines.get(i - 1).kind() != BlockKind.TABLE_ROW) {
                if (startsLower(b.text())) {
                    lower++;
                } else if (startsUpper(b.text()) && !Casing.isUpperLine(b.text())) {
                    upper++;
                }
            }
        }
        return lower >= 8 && lower >= 3 * upper && apart * 4 >= lines.size();
    }

    /** "V/v ...", "Kính gửi: ...", "Số: ...": items of a header (Decree 30/2020 layout) that always start a line. */
    private static boolean startsHeaderItem(String line) {
        return line.regionMatches(true, 0, "V/v", 0, 3) || line.startsWith("Kính gửi") || line.startsWith("Số:");
    }

    /** "... Hạnh phúc", "..., ngày 22 tháng 5 năm 2024": the motto and the place-date line end their line. */
    private static boolean endsHeaderItem(String tail) {
        String t = tail.stripTrailing();
        if (t.endsWith("Hạnh phúc")) {
            return true;
        }
        int n = t.length();
        return n >= 9
                && t.regionMatches(n - 9, "năm ", 0, 4)
                && Character.isDigit(t.charAt(n - 1))
                && Character.isDigit(t.charAt(n - 4))
                && t.indexOf("ngày") >= 0;
    }

    /** Whether the text before ends on a letter or digit: no punctuation closes it. */
    private static boolean endsOnWord(String tail) {
        String t = tail.stripTrailing();
        return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }

    /** "140.000 tấn, đạt ...", "15,5% so với ...", "(thông qua ...)": a figure or an opening bracket, then lower case. */
    static boolean leadThenLower(String s) {
        int i = 0;
        if (s.startsWith("(")) {
            i = 1;
        } else {
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || ".,/%".indexOf(s.charAt(i)) >= 0 && i > 0)) {
                i++;
            }
            if (i == 0 || i == s.length() || s.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return i < s.length() && Character.isLowerCase(s.charAt(i));
    }

    private static boolean startsUpper(String s) {
        return firstLetterIn(s, true);
    }

    private static boolean startsLower(String s) {
        return firstLetterIn(s, false);
    }

    /** Whether {@code s}, after white space, starts with a letter in upper (or lower) case. */
    private static boolean firstLetterIn(String s, boolean upper) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsSentence(String s) {
        String t = s.stripTrailing();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(":");
    }

    /** Marks the closing part: the last "Trên đây là ..." / "Yêu cầu ..." paragraphs, "Nơi nhận" and what follows. */
    private static List<Block> markClosing(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int lastStructured = -1;
        for (int i = 0; i < out.size(); i++) {
            BlockKind k = out.get(i).kind();
            if (k == BlockKind.ROMAN || k == BlockKind.NUMBERED || k == BlockKind.LETTER) {
                lastStructured = i;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            boolean recipients = b.text().regionMatches(true, 0, "nơi nhận", 0, 8);
            // "./." ends the body of a document (Decree 30/2020 layout): what follows is signature and distribution
            // CLOSER is anchored at the start: lookingAt(), not a find() that tries every position of the paragraph
            boolean closer = !recipients
                    && i > lastStructured
                    && b.kind() == BlockKind.PARAGRAPH
                    && CLOSER.matcher(b.text()).lookingAt();
            if (recipients
                    || closer
                    || (i > lastStructured
                            && b.kind() == BlockKind.PARAGRAPH
                            && b.text().stripTrailing().endsWith("./."))) {
                // "./." ends the body's last paragraph: it is still the body ("UBND tỉnh giao Sở ... thực hiện./."),
                // unless it is a closing formula itself ("Trên đây là ...")
                int from = recipients || closer || FORMULA.matcher(b.text()).find() || wordCount(b.text()) < 20
                        ? i
                        : i + 1;
                for (int j = from; j < out.size(); j++) {
                    if (recipients || out.get(j).kind() != BlockKind.TABLE_ROW) {
                        out.set(j, out.get(j).asClosing());
                    }
                }
                break;
            }
        }
        return out;
    }

    /** Gives each block its section path; a numbered item heads a section when content follows it. */
    private static List<Block> assignSections(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        String roman = null;
        List<String> numbers = new ArrayList<>();
        String letter = null;
        List<String> current = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case ROMAN -> {
                    roman = b.marker();
                    numbers = new ArrayList<>();
                    letter = null;
                    current = path(roman, numbers, null);
                    out.add(b.withSection(current, true));
                }
                case NUMBERED -> {
                    numbers = new ArrayList<>(List.of(b.marker().split("\\.")));
                    letter = null;
                    current = path(roman, numbers, null);
                    out.add(b.withSection(current, headsContent(blocks, i)));
                }
                case LETTER -> {
                    letter = b.marker();
                    List<String> p = path(roman, numbers, letter);
                    boolean heads = headsContent(blocks, i);
                    if (heads) {
                        current = p;
                    }
                    out.add(b.withSection(p, heads));
                }
                default -> out.add(b.withSection(current, false));
            }
        }
        return out;
    }

    private static List<String> path(String roman, List<String> numbers, String letter) {
        List<String> p = new ArrayList<>();
        if (roman != null) {
            p.add(roman);
        }
        p.addAll(numbers);
        if (letter != null) {
            p.add(letter);
        }
        return p;
    }

    private static boolean headsContent(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block n = blocks.get(j);
            if (n.closing()) {
                return false;
            }
            return switch (n.kind()) {
                case ROMAN -> false;
                // "6. Chỉ tiêu chủ yếu đến năm 2030" over "6.1. ...", "6.2. ...": the items below are its own
                case NUMBERED ->
                    blocks.get(i).kind() == BlockKind.NUMBERED
                            && n.marker().startsWith(blocks.get(i).marker() + ".");
                case LETTER -> blocks.get(i).kind() == BlockKind.NUMBERED;
                default -> true;
            };
        }
        return false;
    }
}
