package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;

/**
 * Reads a document's type word and subject line: "KẾ HOẠCH" / "Triển khai ...", "V/v ...", a calendar's heading
 * with the lines that go on naming it, a portal page's headline. Part of {@link MetadataExtractor}; stateless and
 * thread-safe.
 */
final class TitleReader {

    private static final Pattern INTRO = Pattern.compile(
            "(?i)^(căn cứ|thực hiện|kính gửi|ngày \\d|để |theo |sau khi|trong |nhằm |hôm nay|vào |thời gian)");
    private static final Pattern RULE_LINE = Pattern.compile("[-_=*. ]{3,}");
    /** A type, the title and where the title stands. */
    record TypeLine(DocumentType type, String title, Span titleSpan) {}

    private final Lexicon lexicon;

    TitleReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "V/v triển khai ...": the subject line of a letter (công văn), which has no type word. */
    static TypeLine regarding(List<Block> head) {
        for (Block b : head) {
            if (b.text().matches("(?i)^v/v\\b.*")) {
                return new TypeLine(
                        DocumentType.CONG_VAN,
                        b.text().replaceFirst("(?i)^v/v\\s*:?\\s*", "").strip(),
                        b.span());
            }
        }
        return null;
    }

    /** The type word line ("THÔNG BÁO", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH ...") and the subject line it heads. */
    TypeLine typeLine(List<Block> head) {
        for (int i = 0; i < head.size(); i++) {
            Block b = head.get(i);
            if (b.kind() == BlockKind.TABLE_ROW || b.closing()) {
                continue;
            }
            String t = b.text().strip();
            if (i < 4 && t.length() < 240) {
                // "Lịch làm việc của Chủ tịch ... từ ngày 14/3 đến ngày 18/3/2022", "> LỊCH CÔNG TÁC ...": a web
                // calendar's heading in sentence case or behind quote markup is its title as well
                int lead = 0;
                while (lead < t.length() && (t.charAt(lead) == '>' || t.charAt(lead) == '*' || t.charAt(lead) == '#')) {
                    lead++;
                }
                String bare = lead == 0 ? t : t.substring(lead).strip();
                for (String word : lexicon.headingTypeWords()) {
                    // more words than the type words: a portal's menu item "Lịch công tác" is not a heading
                    if (bare.regionMatches(true, 0, word, 0, word.length())
                            && bare.length() > word.length() + 1
                            && !Character.isLetterOrDigit(bare.charAt(word.length()))
                            && bare.substring(word.length()).strip().split("\\s+").length >= 2) {
                        return headingTitle(head, i, DocumentType.OTHER, bare);
                    }
                }
            }
            for (Map.Entry<String, String> e : lexicon.typeWordsUpper().entrySet()) {
                String word = e.getKey();
                if (!t.startsWith(word)
                        || (t.length() > word.length() && Character.isLetterOrDigit(t.charAt(word.length())))) {
                    continue;
                }
                String rest = t.substring(word.length()).strip();
                DocumentType type = DocumentType.valueOf(e.getValue());
                if (lexicon.headingTypeWords().contains(word)) {
                    return headingTitle(head, i, type, t);
                }
                if (!rest.isEmpty()) {
                    int at = b.span().start() + b.text().indexOf(rest);
                    return new TypeLine(type, rest, new Span(at, at + rest.length()));
                }
                return new TypeLine(type, subjectAfter(head, i), subjectSpan(head, i));
            }
        }
        return null;
    }

    /**
     * A page cut from a portal keeps no Decree-30 header, only its headline in sentence case: "Kế hoạch triển
     * khai công tác ...", "Báo cáo Tình hình kinh tế - xã hội ...". Read as the type line only near the top, as one
     * short unpunctuated line of at least four words after the type word (a body sentence ends with a stop).
     */
    TypeLine headline(List<Block> head) {
        int seen = 0;
        for (Block b : head) {
            if (b.kind() == BlockKind.TABLE_ROW || b.closing()) {
                continue;
            }
            if (++seen > 12) {
                break;
            }
            String t = b.text().strip();
            if (t.length() > 250 || t.endsWith(".") || t.endsWith(":") || t.endsWith(";") || t.contains("\n")) {
                continue;
            }
            for (Map.Entry<String, String> e : lexicon.typeWordsLower().entrySet()) {
                String word = e.getKey();
                if (lexicon.headingTypeWords().stream().anyMatch(w -> w.equalsIgnoreCase(word))
                        || !t.regionMatches(false, 1, word, 1, word.length() - 1)
                        || Character.toLowerCase(t.charAt(0)) != word.charAt(0)
                        || !Character.isUpperCase(t.charAt(0))
                        || t.length() <= word.length()
                        || t.charAt(word.length()) != ' ') {
                    continue;
                }
                String rest = t.substring(word.length()).strip();
                // "Dự án đầu tư mở rộng là ...": a definition; "Thông báo – ...": a label
                if (rest.split("\\s+").length < 4
                        || !Character.isLetter(rest.charAt(0))
                        || rest.contains(" là ")
                        || rest.matches("(?iu)^số\\s*:?\\s*\\d.*")) {
                    continue;
                }
                String title = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                int at = b.span().start() + b.text().indexOf(rest);
                return new TypeLine(DocumentType.valueOf(e.getValue()), title, new Span(at, at + rest.length()));
            }
        }
        return null;
    }

    /**
     * A portal's news of a document it relays: "Văn phòng UBND tỉnh Gia Lai vừa có Công văn truyền đạt ..." under the
     * page's headline. The document is of the type the sentence names, and the headline is its title.
     */
    TypeLine relayed(List<Block> head) {
        for (int i = 1; i < head.size() && i < 12; i++) {
            Block b = head.get(i);
            if (b.kind() != BlockKind.PARAGRAPH || b.closing()) {
                continue;
            }
            Matcher r = MetadataWords.RELAYS.matcher(b.text().strip());
            if (!r.find() || !MetadataWords.startsWithActor(lexicon, r.group(1).strip())) {
                continue;
            }
            DocumentType type = MetadataWords.typeOfWord(lexicon, r.group(2));
            for (int k = i - 1; k >= 0 && type != null; k--) {
                // the headline: the nearest line above of several words that is no sentence, date or menu
                String t = head.get(k).text().strip();
                if (head.get(k).kind() == BlockKind.PARAGRAPH
                        && wordCount(t) >= 6
                        && t.length() <= 250
                        && !t.endsWith(".")
                        && !t.endsWith(":")
                        && t.indexOf('|') < 0
                        && Character.isUpperCase(t.codePointAt(0))
                        && !Casing.mostlyUpper(t)) {
                    return new TypeLine(type, t, head.get(k).span());
                }
            }
            return null;
        }
        return null;
    }

    private static int wordCount(String t) {
        return t.isBlank() ? 0 : t.strip().split("\\s+").length;
    }

    /**
     * "LỊCH CÔNG TÁC TUẦN 45" and the lines under it that go on naming it: whose calendar ("Của Chủ tịch ..."),
     * which week ("Tuần 23", "(Từ ngày 04/11 đến ngày 10/11/2024)").
     */
    private static TypeLine headingTitle(List<Block> head, int i, DocumentType type, String heading) {
        Block b = head.get(i);
        StringBuilder title = new StringBuilder(heading);
        Block end = b;
        for (int k = i + 1; k < head.size() && k <= i + 2; k++) {
            Block next = head.get(k);
            String n = next.text().strip().toLowerCase(Locale.ROOT);
            boolean namesIt = n.startsWith("(") && !n.startsWith("(cập nhật")
                    || n.startsWith("tuần")
                    || n.startsWith("từ ngày")
                    || n.startsWith("tháng")
                    || n.startsWith("của ");
            if (next.kind() == BlockKind.TABLE_ROW || n.length() > 120 || !namesIt) {
                break;
            }
            title.append(' ').append(next.text().strip());
            end = next;
        }
        return new TypeLine(
                type, title.toString(), new Span(b.span().start(), end.span().end()));
    }

    private String subjectAfter(List<Block> head, int typeIndex) {
        List<Block> lines = subjectBlocks(head, typeIndex);
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : lines) {
            sb.append(sb.length() == 0 ? "" : " ").append(b.text().strip());
        }
        return sb.toString().replaceFirst("(?i)^v/v\\s*:?\\s*", "");
    }

    private Span subjectSpan(List<Block> head, int typeIndex) {
        List<Block> lines = subjectBlocks(head, typeIndex);
        return lines.isEmpty()
                ? null
                : new Span(
                        lines.get(0).span().start(),
                        lines.get(lines.size() - 1).span().end());
    }

    private static List<Block> subjectBlocks(List<Block> head, int typeIndex) {
        List<Block> out = new ArrayList<>();
        for (int j = typeIndex + 1; j < head.size(); j++) {
            Block n = head.get(j);
            String t = n.text().strip();
            if (RULE_LINE.matcher(t).matches()) {
                if (out.isEmpty()) {
                    continue;
                }
                break;
            }
            if (n.kind() != BlockKind.PARAGRAPH || n.closing() || t.length() > 500) {
                break;
            }
            boolean upper = Casing.mostlyUpper(t);
            if (out.isEmpty()) {
                if (!upper && INTRO.matcher(t).find() && looksLikeIntro(t)) {
                    break;
                }
                out.add(n);
                if (!upper) {
                    break;
                }
            } else if ((upper || t.chars().noneMatch(Character::isLetter))
                    && Casing.mostlyUpper(out.get(0).text())) {
                // "... GIAI ĐOẠN" / "2026 - 2030" goes on; "THỦ TƯỚNG CHÍNH PHỦ" before "Căn cứ ..." is the enacting
                // line
                if (upper
                        && enactingLine(t, j + 1 < head.size() ? head.get(j + 1).text() : "")) {
                    break;
                }
                out.add(n);
            } else {
                break;
            }
        }
        return out;
    }

    /** "ỦY BAN NHÂN DÂN TỈNH X", "CỤC TRƯỞNG CỤC HẢI QUAN", "THỦ TƯỚNG CHÍNH PHỦ điện:" under a decision's title. */
    private static boolean enactingLine(String t, String next) {
        boolean who = MetadataWords.isPosition(t)
                || t.startsWith("ỦY BAN NHÂN DÂN")
                || t.startsWith("UỶ BAN NHÂN DÂN")
                || t.startsWith("HỘI ĐỒNG NHÂN DÂN")
                || t.startsWith("CHÍNH PHỦ");
        return who && (Casing.startsIgnoreCase(next, "căn cứ") || t.endsWith(":") || t.endsWith("ĐIỆN"));
    }

    /** "Thực hiện Nghị quyết ..., UBND tỉnh ban hành Kế hoạch ... như sau:" opens the body; a subject line does not. */
    private static boolean looksLikeIntro(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return t.endsWith(":")
                || l.contains("ban hành")
                || l.contains("như sau")
                || t.length() > 300
                || !l.startsWith("thực hiện") && !l.startsWith("triển khai");
    }
}
