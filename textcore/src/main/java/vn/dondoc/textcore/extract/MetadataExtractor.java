package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Reads a document's identity from its Decree 30/2020 layout: issuer block, number, place and date,
 * type word and subject line, signature blocks and recipients. Stateless and thread-safe.
 */
public final class MetadataExtractor {

    private static final int HEADER_BLOCKS = 30;
    private static final Pattern NUMBER_LINE = Pattern.compile("(?i)(?:^|\\t)\\s*số\\s*:?\\s*(.*)");
    private static final Pattern NUMBER_INLINE = Pattern.compile("\\s(?:Số|SỐ)\\s*:\\s*(.*)");
    /** "Luật số: 87/2015/QH13", "Nghị quyết số: 12/2024/NQ-HĐND" printed in a header line. */
    private static final Pattern TYPED_NUMBER_LINE = Pattern.compile(
            "(?i)\\b(luật|pháp lệnh|nghị quyết|lệnh|nghị định)\\s+số\\s*:\\s*(.*)", Pattern.UNICODE_CASE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\t)\\s*([\\p{Lu}][\\p{L}.\\- ]{1,40}?)\\s*,\\s*ngày\\s+(?:(\\S{0,4}?)\\s*tháng\\s+(\\S{0,4}?)\\s*năm\\s+(\\d{4})"
                    + "|(\\d{1,2}/\\d{1,2}/\\d{4}))");
    private static final Pattern PLACE_DATE_INLINE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{Ll}\\p{M}]*\\.?\\s){0,3}\\p{Lu}[\\p{Ll}\\p{M}]*)\\s*,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    /** The first part of a place name the PDF put on the line before: "Cao", "Thành phố Hồ Chí". */
    private static final Pattern PLACE_HEAD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}.]*(?:\\s(?:\\p{Lu}[\\p{Ll}\\p{M}.]*|phố|xã|trấn)){0,3}");
    /** The national or Party motto, also as OCR prints it without some marks ("CONG HOA XÃ HOI"). */
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)(C[ỘO]NG H(?:[ÒO]A|O[ÀA]) X[ÃA] H[ỘO]I(?: CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|T/M|T\\.M|KT|K/T|TL|T/L|TUQ|Q|TM\\s*/)\\s*[./]?\\s+(\\S.*)$");
    private static final Pattern ISSUES = Pattern.compile(
            "(?:^|[,;]\\s*)([^,;]{4,120}?)\\s+(?:(?:đã|vừa)\\s+)?(?:ban hành|xây dựng|triển khai)\\s+"
                    + "(?:Chương trình|Kế hoạch|Hướng dẫn|Quy chế|Quy định|Đề án|Báo cáo)",
            Pattern.UNICODE_CASE);
    /** "Văn phòng UBND tỉnh Gia Lai vừa có Công văn truyền đạt ...": a portal's news of a document it relays. */
    private static final Pattern RELAYS = Pattern.compile(
            "^(\\p{Lu}[^,;.:]{3,100}?)\\s+(?:vừa|đã)\\s+(?:có|ban hành|gửi)\\s+"
                    + "(Công văn|Kế hoạch|Thông báo|Quyết định|Chỉ thị|Báo cáo|Hướng dẫn|Chương trình|Công điện)\\b",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "Nguyễn Trí Lạc", "H'Yim Kđoh", "Y Giang Gry Niê Knơng": capitalised words, an apostrophe after a first capital. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^(?:\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]*\\s){1,5}\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}]*$");
    private static final Pattern SIGNED_MARK = Pattern.compile("\\((?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)\\)|\\[.*?]|^(?:Đã ký|ĐÃ KÝ)\\s*:?");
    private static final Pattern INTRO = Pattern.compile(
            "(?i)^(căn cứ|thực hiện|kính gửi|ngày \\d|để |theo |sau khi|trong |nhằm |hôm nay|vào |thời gian)");
    private static final List<String> POSITIONS = List.of("GIÁM ĐỐC", "CHỦ TỊCH", "BÍ THƯ", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG",
            "THỦ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG",
            "TỔNG GIÁM ĐỐC", "THỦ TƯỚNG", "CHÁNH THANH TRA", "TRƯỞNG ĐOÀN", "CHỦ NHIỆM", "TỔNG BÍ THƯ", "VỤ TRƯỞNG",
            "TỔNG CỤC TRƯỞNG", "THƯỜNG TRỰC", "ỦY VIÊN", "UỶ VIÊN", "CHỈ HUY TRƯỞNG", "CHÁNH ÁN", "TRƯỞNG CÔNG AN", "GIÁM ĐỐC SỞ");

    private final Lexicon lexicon;
    private final Casing casing;

    public MetadataExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.casing = new Casing(lexicon);
    }

    public DocumentInfo extract(SegmentedDocument doc) {
        List<Block> blocks = doc.blocks();
        List<Block> head = blocks.subList(0, Math.min(HEADER_BLOCKS, blocks.size()));

        DocumentNumber number = null;
        Span numberSpan = null;
        DocumentType typeFromNumberLine = null;
        for (int i = 0; i < head.size() && number == null; i++) {
            Block b = head.get(i);
            if (!Casing.containsIgnoreCase(b.text(), "số")) {
                continue; // both forms say "Số"
            }
            Matcher m = NUMBER_LINE.matcher(b.text());
            int g = 1;
            boolean onLine = m.find();
            if (!onLine && i < 8) {
                m = NUMBER_INLINE.matcher(b.text()); // the whole header on one line: "... Hạnh phúc Số: 12/KH-UBND ..."
                onLine = m.find();
            }
            if (!onLine) {
                m = TYPED_NUMBER_LINE.matcher(b.text());
                if (b.text().indexOf(':') < 0 || !m.find()) {
                    continue;
                }
                g = 2;
                typeFromNumberLine = typeOfWord(m.group(1));
            }
            String serial = m.group(g).strip();
            if (serial.matches("\\d{1,5}")) {
                // "Số: 542" ... "/TB-UBND": a signed PDF put the motto between the serial and the symbol
                for (int k = i + 1; k < head.size() && k <= i + 5 && number == null; k++) {
                    String t = head.get(k).text().strip();
                    if (t.startsWith("/")) {
                        number = DocumentNumber.parse(serial + t).orElse(null);
                        numberSpan = number == null ? null : head.get(k).span();
                    }
                }
                if (number != null) {
                    break;
                }
            }
            // "Số:" and the number may sit on two lines
            List<Block> candidates = i + 1 < head.size() && m.group(g).isBlank() ? List.of(b, head.get(i + 1)) : List.of(b);
            for (Block c : candidates) {
                String where = c == b ? m.group(g) : c.text();
                int base = c == b ? b.span().start() + m.start(g) : c.span().start();
                List<DocumentNumber.Found> found = DocumentNumber.findAll(where);
                if (!found.isEmpty() && (c == b || found.get(0).start() == 0)) {
                    number = found.get(0).number();
                    int at = base + found.get(0).start();
                    numberSpan = new Span(at, at + found.get(0).end() - found.get(0).start());
                    break;
                }
            }
        }

        PlaceDate pd = placeDate(head);
        String place = pd == null ? null : pd.place;
        LocalDate date = pd == null ? null : pd.date;

        TypeLine typeLine = findTypeLine(head);
        // a type symbol names the type; "96/2023/QH15" (a law or a resolution) leaves it to the type word
        DocumentType type = number != null && number.typeSymbol() != null ? number.type().orElse(typeFromNumberLine) : typeFromNumberLine;
        if (type == null && typeLine != null) {
            type = typeLine.type;
        }
        if (type == null && number != null) {
            type = number.type().orElse(null);
        }
        if (type == null && number != null && number.typeSymbol() == null) {
            type = DocumentType.CONG_VAN;
        }
        String title = typeLine == null ? null : typeLine.title;
        Span titleSpan = typeLine == null ? null : typeLine.titleSpan;
        if (title == null) {
            for (Block b : head) {
                if (b.text().matches("(?i)^v/v\\b.*")) {
                    title = b.text().replaceFirst("(?i)^v/v\\s*:?\\s*", "").strip();
                    titleSpan = b.span();
                    if (type == null) {
                        type = DocumentType.CONG_VAN;
                    }
                    break;
                }
            }
        }
        if (title == null && type == null && number == null && pd == null) {
            // no header at all: a page cut from a portal, named by its headline
            TypeLine headline = headline(head);
            if (headline == null) {
                headline = relayed(head);
            }
            if (headline != null) {
                type = headline.type;
                title = headline.title;
                titleSpan = headline.titleSpan;
            }
        }

        List<Signer> signers = signers(blocks);
        List<String> recipients = recipients(blocks);
        String issuer = issuer(blocks, head, number, title, signers);
        return new DocumentInfo(number == null ? null : number.canonical(), type, title, issuer, place, date,
                signers, recipients, numberSpan, titleSpan);
    }

    private record PlaceDate(String place, LocalDate date) {
    }

    /**
     * "Hà Tĩnh, ngày 14 tháng 7 năm 2020", in its own cell of a two-column header ("*\tQuảng Nam, ngày ...") or
     * wrapped by a PDF over two lines: "Hà Nội, ngày" / "26 tháng 11 năm 2025", "Cao" / "Bằng, ngày 28 ...".
     */
    private static PlaceDate placeDate(List<Block> head) {
        for (int i = 0; i < head.size(); i++) {
            String t = head.get(i).text();
            if (!t.contains("ngày")) {
                continue;
            }
            Matcher m = PLACE_DATE.matcher(t);
            boolean found = m.find();
            if (!found && i + 1 < head.size() && t.length() < 80) {
                // the date went on to the next line
                t = t.stripTrailing() + " " + head.get(i + 1).text().strip();
                m = PLACE_DATE.matcher(t);
                found = m.find();
            }
            if (!found) {
                continue;
            }
            String place = m.group(1).strip();
            if (!looksLikePlace(place) || m.group(5) != null && m.end() < t.strip().length() - 2) {
                continue; // "Liên quan đến vấn đề này, ngày 9/12/2014 ...": a sentence, not the date line
            }
            if (i > 0 && t.substring(0, m.start(1)).isBlank()) {
                String prev = head.get(i - 1).text().strip();
                if (PLACE_HEAD.matcher(prev).matches() && !MOTTO.matcher(prev).find()) {
                    place = prev + " " + place; // "Thành phố Hồ Chí" / "Minh, ngày ..."
                }
            }
            LocalDate date = m.group(5) != null
                    ? VietnameseDates.parse(m.group(5)).orElse(null)
                    : VietnameseDates.parse(m.group(2) + "/" + m.group(3) + "/" + m.group(4)).orElse(null);
            return new PlaceDate(place.replaceFirst("^(?i:tại)\\s+", ""), date);
        }
        for (int i = 0; i < head.size() && i < 12; i++) {
            // "Số: 1234/UBND-VX Quảng Trị, ngày 12 tháng 9 năm 2023": a DOCX header read as one line
            String t = head.get(i).text();
            int number = t.indexOf("Số");
            if (number < 0 || t.indexOf("ngày", number) < 0) {
                continue;
            }
            Matcher m = PLACE_DATE_INLINE.matcher(t);
            if (m.find(number) && DocumentNumber.findAll(t.substring(number, m.start())).size() == 1) {
                return new PlaceDate(m.group(1), VietnameseDates.parse(m.group(2) + "/" + m.group(3) + "/" + m.group(4)).orElse(null));
            }
        }
        return null;
    }

    /** "Hà Nội", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh": capitalised words, at most one level word in lower case. */
    private static boolean looksLikePlace(String place) {
        if (CalendarWords.weekdayAt(place, 0) != null) {
            return false; // "Thứ Hai, ngày 02/11/2026": a calendar's day, not the place and date of the document
        }
        String[] words = place.split("\\s+");
        int lower = 0;
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return words.length <= 6 && lower <= 1 && Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    private record TypeLine(DocumentType type, String title, Span titleSpan) {
    }

    /** The type word line ("THÔNG BÁO", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH ...") and the subject line it heads. */
    private TypeLine findTypeLine(List<Block> head) {
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
                    if (bare.regionMatches(true, 0, word, 0, word.length()) && bare.length() > word.length() + 1
                            && !Character.isLetterOrDigit(bare.charAt(word.length()))
                            && bare.substring(word.length()).strip().split("\\s+").length >= 2) {
                        return headingTitle(head, i, DocumentType.OTHER, bare);
                    }
                }
            }
            for (Map.Entry<String, String> e : lexicon.typeWordsUpper().entrySet()) {
                String word = e.getKey();
                if (!t.startsWith(word) || (t.length() > word.length() && Character.isLetterOrDigit(t.charAt(word.length())))) {
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
    private TypeLine headline(List<Block> head) {
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
                        || Character.toLowerCase(t.charAt(0)) != word.charAt(0) || !Character.isUpperCase(t.charAt(0))
                        || t.length() <= word.length() || t.charAt(word.length()) != ' ') {
                    continue;
                }
                String rest = t.substring(word.length()).strip();
                // "Dự án đầu tư mở rộng là ...": a definition; "Thông báo – ...": a label
                if (rest.split("\\s+").length < 4 || !Character.isLetter(rest.charAt(0)) || rest.contains(" là ")
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
    private TypeLine relayed(List<Block> head) {
        for (int i = 1; i < head.size() && i < 12; i++) {
            Block b = head.get(i);
            if (b.kind() != BlockKind.PARAGRAPH || b.closing()) {
                continue;
            }
            Matcher r = RELAYS.matcher(b.text().strip());
            if (!r.find() || !startsWithActor(r.group(1).strip())) {
                continue;
            }
            DocumentType type = typeOfWord(r.group(2));
            for (int k = i - 1; k >= 0 && type != null; k--) {
                // the headline: the nearest line above of several words that is no sentence, date or menu
                String t = head.get(k).text().strip();
                if (head.get(k).kind() == BlockKind.PARAGRAPH && wordCount(t) >= 6 && t.length() <= 250 && !t.endsWith(".")
                        && !t.endsWith(":") && t.indexOf('|') < 0 && Character.isUpperCase(t.codePointAt(0)) && !Casing.mostlyUpper(t)) {
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

    /** Dates before the body that issues: "ngày 01/7/2021", "Ngày cập nhật 12/07/2021". */
    private static final Pattern DATED = Pattern.compile("(?iu)^(?:(?:ngày(?: cập nhật)?\\s*)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s*)+");

    /** The body a phrase names, after the dates that may go before it: "ngày 01/7/2021 UBND huyện" → "UBND huyện". */
    private String actorWithin(String phrase) {
        Matcher d = DATED.matcher(phrase);
        String who = d.lookingAt() ? phrase.substring(d.end()).strip() : phrase;
        return startsWithActor(who) ? who : null;
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
            boolean namesIt = n.startsWith("(") && !n.startsWith("(cập nhật") || n.startsWith("tuần") || n.startsWith("từ ngày") || n.startsWith("tháng")
                    || n.startsWith("của ");
            if (next.kind() == BlockKind.TABLE_ROW || n.length() > 120 || !namesIt) {
                break;
            }
            title.append(' ').append(next.text().strip());
            end = next;
        }
        return new TypeLine(type, title.toString(), new Span(b.span().start(), end.span().end()));
    }

    private DocumentType typeOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String code = lexicon.typeWordsLower().get(w);
        return code == null ? null : DocumentType.valueOf(code);
    }

    private String findTypeWord(String line) {
        for (Map.Entry<String, String> e : lexicon.typeWords().entrySet()) {
            if (line.startsWith(e.getKey().toUpperCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        return null;
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
        return lines.isEmpty() ? null
                : new Span(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
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
            } else if ((upper || t.chars().noneMatch(Character::isLetter)) && Casing.mostlyUpper(out.get(0).text())) {
                // "... GIAI ĐOẠN" / "2026 - 2030" goes on; "THỦ TƯỚNG CHÍNH PHỦ" before "Căn cứ ..." is the enacting line
                if (upper && enactingLine(t, j + 1 < head.size() ? head.get(j + 1).text() : "")) {
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
        boolean who = isPosition(t) || t.startsWith("ỦY BAN NHÂN DÂN") || t.startsWith("UỶ BAN NHÂN DÂN")
                || t.startsWith("HỘI ĐỒNG NHÂN DÂN") || t.startsWith("CHÍNH PHỦ");
        return who && (Casing.startsIgnoreCase(next, "căn cứ") || t.endsWith(":") || t.endsWith("ĐIỆN"));
    }

    /** "Thực hiện Nghị quyết ..., UBND tỉnh ban hành Kế hoạch ... như sau:" opens the body; a subject line does not. */
    private static boolean looksLikeIntro(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return t.endsWith(":") || l.contains("ban hành") || l.contains("như sau") || t.length() > 300
                || !l.startsWith("thực hiện") && !l.startsWith("triển khai");
    }

    private String issuer(List<Block> blocks, List<Block> head, DocumentNumber number, String title, List<Signer> signers) {
        String fromHeader = headerIssuer(head);
        if (fromHeader != null) {
            return standingCommitteeOf(withLevelFromBody(fromHeader, blocks), signers);
        }
        for (int i = 0; i < Math.min(2, head.size()); i++) {
            // a calendar or notice headed by its issuer alone: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", or under its parent
            // ("UBND TỈNH HÀ TĨNH" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"): the lines in capitals that follow name it
            String t = head.get(i).text().strip();
            if (head.get(i).kind() == BlockKind.PARAGRAPH && Casing.mostlyUpper(t) && t.length() < 120 && startsWithOrgHead(t)
                    && findTypeWord(t) == null) {
                StringBuilder lines = new StringBuilder(t);
                for (int k = i + 1; k < Math.min(i + 3, head.size()); k++) {
                    String next = head.get(k).text().strip();
                    if (head.get(k).kind() != BlockKind.PARAGRAPH || !Casing.isUpperLine(next) || next.length() >= 120
                            || findTypeWord(next) != null || MOTTO.matcher(next).find()) {
                        break;
                    }
                    lines.append(' ').append(next);
                }
                return casing.normal(lastBody(lines.toString()));
            }
        }
        for (Block b : head) {
            if (b.kind() == BlockKind.PARAGRAPH && !Casing.mostlyUpper(b.text())) {
                Matcher m = ISSUES.matcher(b.text());
                if (m.find()) {
                    // "Ngày cập nhật ... ngày 01/7/2021 UBND huyện đã ban hành Báo cáo ...": the body, not the date before it
                    String who = actorWithin(m.group(1).strip());
                    if (who != null) {
                        return casing.normal(who);
                    }
                }
                Matcher r = RELAYS.matcher(b.text());
                if (r.find() && startsWithActor(r.group(1).strip())) {
                    return casing.normal(r.group(1).strip());
                }
            }
        }
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 40; i--) {
            Block b = blocks.get(i);
            String t = b.text().strip();
            if (b.closing() && b.kind() == BlockKind.PARAGRAPH && Casing.mostlyUpper(t) && !AUTHORITY.matcher(t).find()
                    && startsWithActor(casing.normal(t)) && !isPosition(t)) {
                return casing.normal(t);
            }
        }
        if (number != null && number.issuerSymbol() != null) {
            String sym = number.issuerSymbol().split("-")[0];
            Lexicon.Abbreviation a = lexicon.abbreviations().get(sym);
            if (a != null && (a.kind().equals("body") || a.kind().equals("unit")) && a.expansion().split(" ").length > 1) {
                return a.expansion();
            }
        }
        if (title != null) {
            int at = title.lastIndexOf(" của ");
            if (at >= 0) {
                String who = ActorPhrases.bodyOf(title.substring(at + 5).replaceFirst("\\s+(về|tại|năm|tháng)\\s.*$", "").strip());
                if (startsWithActor(who)) {
                    return casing.normal(who);
                }
            }
        }
        for (int i = 0; i < Math.min(8, head.size()); i++) {
            // "LỊCH CÔNG TÁC TUẦN 12 CỦA LÃNH ĐẠO UBND HUYỆN HƯƠNG SƠN": a calendar headed by its title alone
            String t = head.get(i).text().strip();
            int of = t.lastIndexOf(" CỦA ");
            if (of > 0 && Casing.mostlyUpper(t) && CALENDAR_TITLE.matcher(t).lookingAt()) {
                String who = LEADERS.matcher(t.substring(of + 5).strip()).replaceFirst("");
                if (startsWithOrgHead(who) && who.contains(" ")) {
                    return casing.normal(who);
                }
            }
        }
        String calendarBody = title == null ? null : calendarBody(title);
        if (calendarBody != null) {
            return calendarBody;
        }
        for (Signer s : signers) {
            if (s.authority() != null && s.authority().matches("(?i)^(TM|T/M|T\\.M)\\.?\\s.*")) {
                String held = s.authority().replaceFirst("^\\S+\\s+", "");
                return (held.indexOf(';') >= 0 ? held.substring(0, held.indexOf(';')) : held).strip();
            }
        }
        return null;
    }

    /** A people's committee or council named in the body with its level and place: "UBND tỉnh Ninh Bình". */
    private static final Pattern LEVEL_BODY_PLACED = Pattern.compile(
            "(?<![\\p{L}])(UBND|HĐND|[ỦU][ỷy] ban nhân dân|Hội đồng nhân dân)\\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)"
                    + "((?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)+)", Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A header cut to the committee's or council's bare name ("ỦY BAN NHÂN DÂN", its level and place lost with the
     * other column) is completed from the first place the body names the same body with them: "... UBND tỉnh Ninh
     * Bình đã ban hành ..." → "Ủy ban nhân dân tỉnh Ninh Bình".
     */
    private static String withLevelFromBody(String issuer, List<Block> blocks) {
        String bare = issuer.toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
        boolean committee = bare.equals("ủy ban nhân dân");
        if (!committee && !bare.equals("hội đồng nhân dân")) {
            return issuer;
        }
        for (int i = 0; i < blocks.size() && i < 40; i++) {
            Block b = blocks.get(i);
            if (b.closing()) {
                break;
            }
            Matcher m = LEVEL_BODY_PLACED.matcher(b.text());
            while (m.find()) {
                String kind = m.group(1).toLowerCase(Locale.ROOT).replace("uỷ", "ủy");
                boolean sameBody = committee ? kind.equals("ubnd") || kind.equals("ủy ban nhân dân")
                        : kind.equals("hđnd") || kind.equals("hội đồng nhân dân");
                if (sameBody && !Casing.mostlyUpper(m.group(3))) {
                    return issuer + " " + m.group(2) + m.group(3);
                }
            }
        }
        return issuer;
    }

    /** A people's council or committee of a level: "UBND tỉnh", "HĐND HUYỆN VỊ THỦY", "Ủy ban nhân dân thành phố". */
    private static final Pattern LEVEL_BODY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:UBND|HĐND|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)\\s+"
                    + "(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?![\\p{L}])");

    /**
     * Whose calendar a calendar's heading names, as its issuer: "Lịch làm việc của Chủ tịch, các Phó Chủ tịch UBND
     * tỉnh từ ngày ..." → UBND tỉnh; "LỊCH CÔNG TÁC THƯỜNG TRỰC UBND TỈNH" → UBND tỉnh: the level's council or
     * committee the heading names, with the place name after it; null when it names none.
     */
    private String calendarBody(String title) {
        String t = title.strip();
        boolean calendar = false;
        for (String word : lexicon.headingTypeWords()) {
            calendar |= t.regionMatches(true, 0, word, 0, word.length());
        }
        if (!calendar) {
            return null;
        }
        int stop = t.indexOf('(');
        String head = stop > 0 ? t.substring(0, stop) : t;
        Matcher m = LEVEL_BODY.matcher(head);
        if (!m.find()) {
            return null;
        }
        boolean upper = Casing.mostlyUpper(head);
        StringBuilder body = new StringBuilder(m.group());
        for (String w : head.substring(m.end()).strip().split("\\s+")) {
            // the place's name: capitalised words (all words of an upper-case heading) up to a date or week
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.equalsIgnoreCase("TỪ") || w.equalsIgnoreCase("TUẦN")
                    || w.equalsIgnoreCase("NĂM") || w.equalsIgnoreCase("THÁNG") || !upper && w.length() > 1 && Casing.mostlyUpper(w)) {
                break;
            }
            body.append(' ').append(w);
        }
        return casing.normal(body.toString().strip());
    }

    /** Rules and stars a header prints after the issuer's name: "QUỐC HỘI --------", "TỈNH ỦY HÀ TĨNH *". */
    private static final Pattern DECORATION_TAIL = Pattern.compile("\\s*[-_=*|]{1,}[-_=*.| ]*$");
    /** A Party committee heading a header: "TỈNH ỦY QUẢNG NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG BỘ TỈNH HÀ TĨNH". */
    private static final Pattern PARTY_PARENT = Pattern.compile(
            "(?:(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ)\\b|(BAN CHẤP HÀNH TRUNG ƯƠNG)|ĐẢNG BỘ (TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ)\\b)");
    private static final Pattern PARTY_ORGAN = Pattern.compile("(?:BAN|VĂN PHÒNG|(?:ỦY|UỶ) BAN KIỂM TRA)\\b");
    private static final Pattern RECIPIENTS_LABEL = Pattern.compile("(?iu)nơi nhận\\s*(?::|$|\\t)");
    /** A signature line cut after its prefix ("KT." / "TRƯỞNG BAN ...") or after "PHÓ" ("PHÓ" / "TRƯỞNG BAN"). */
    private static final Pattern BARE_PREFIX = Pattern.compile("^(?:T/?M|K/?T|T/?L|TUQ|Q|PHÓ)\\.?$");
    private static final Pattern CALENDAR_TITLE = Pattern.compile("(?:LỊCH|CHƯƠNG TRÌNH)\\s+(?:CÔNG TÁC|LÀM VIỆC)\\b");
    /** Whose calendar, not who issues it: "LÃNH ĐẠO", "THƯỜNG TRỰC" before the body's name. */
    private static final Pattern LEADERS = Pattern.compile("^(?:(?:TẬP THỂ\\s+)?LÃNH ĐẠO|THƯỜNG TRỰC|BAN GIÁM ĐỐC|BAN GIÁM HIỆU)\\s+");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?iu)^(tỉnh|thành|huyện|quận|thị|đảng) (ủy|uỷ)\\b.*");
    private static final Pattern SIGNED_FOR_STANDING_COMMITTEE = Pattern.compile("(?iu)^T\\.?/?M\\.?\\s+ban thường vụ\\b.*");
    private static final Pattern MOTTO_TEXT = Pattern.compile(
            "(?i)C[ỘO]NG\\s+H(?:[ÒO]A|O[ÀA])\\s+X[ÃA]\\s+H[ỘO]I\\s+CH[ỦU]\\s+NGH[ĨI]A\\s+VI[ỆE]T\\s+NAM|ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM"
                    + "|ĐỘC LẬP\\s*-\\s*TỰ DO\\s*-\\s*HẠNH PHÚC");

    /**
     * The issuer block at the top: the upper-case lines before the number or the place and date, with the
     * national or Party motto taken out, even when the PDF split them over lines ("ĐẢNG" / "CỘNG SẢN VIỆT NAM").
     * Of "UBND TỈNH X" + "SỞ Y TẾ" the parent is dropped; "ỦY BAN NHÂN DÂN" + "TỈNH X" is one name.
     */
    private String headerIssuer(List<Block> head) {
        List<String> lines = new ArrayList<>();
        boolean motto = headerLines(head, 0, lines);
        if (lines.isEmpty()) {
            // a page that prints something else first (the documents it cites, a menu): the header starts at the
            // motto's line, or the capitals right above it ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ...")
            int at = 1;
            while (at < head.size() && at < 10 && !MOTTO.matcher(head.get(at).text()).find()) {
                at++;
            }
            if (at < head.size() && at < 10) {
                while (at > 1 && Casing.isUpperLine(head.get(at - 1).text())) {
                    at--;
                }
                motto = headerLines(head, at, lines);
                if (!lines.isEmpty() && !startsWithOrgHead(lines.get(0))) {
                    lines.clear(); // scanner noise before the motto ("{| VĂN PHONG ..."), not a name
                }
            }
        }
        for (int i = 0; i < head.size() && i < 12 && !motto; i++) {
            // a Party header read column by column: "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY KHỐI ..." / "Số 12-CTr/ĐUK" / "ĐẢNG CỘNG SẢN VIỆT NAM"
            motto = MOTTO.matcher(head.get(i).text()).find();
        }
        String joined = String.join(" ", lines);
        String withoutMotto = SPACES.matcher(MOTTO_TEXT.matcher(joined).replaceAll(" ")).replaceAll(" ").strip();
        if (!motto && withoutMotto.length() == joined.length()) {
            return null; // no motto: not a Decree 30 header
        }
        if (withoutMotto.isEmpty() || withoutMotto.length() > 160) {
            return null;
        }
        return casing.normal(lastBody(withoutMotto));
    }

    /** The header's upper-case lines from block {@code from} on, into {@code lines}; whether the motto was among them. */
    private static boolean headerLines(List<Block> head, int from, List<String> lines) {
        boolean motto = false;
        for (int i = from; i < head.size() && i < from + 10; i++) {
            Block b = head.get(i);
            String t = b.text();
            Matcher mm = MOTTO.matcher(t);
            if (mm.find()) {
                motto = true;
                if (mm.start() > 0) {
                    t = t.substring(0, mm.start()); // the issuer cell before the motto: two columns on one line
                }
            }
            if (t.indexOf('\t') >= 0) {
                t = t.substring(0, t.indexOf('\t')); // the first cell ("\tCỘNG HÒA ...": an empty one)
            }
            t = DECORATION_TAIL.matcher(t.strip()).replaceFirst("");
            if (NUMBER_LINE.matcher(b.text()).find() && t.toLowerCase(Locale.ROOT).startsWith("số") || PLACE_DATE.matcher(b.text()).find()) {
                break;
            }
            int inlineNumber = t.indexOf("Số:") >= 0 ? t.indexOf("Số:") : t.indexOf("SỐ:");
            if (inlineNumber > 0) {
                t = t.substring(0, inlineNumber).strip(); // "UBND HUYỆN X Số: 12/KH-UBND": the header on one line
            }
            if (t.isEmpty() || DECORATION_LINE.matcher(t).matches()) {
                if (inlineNumber > 0) {
                    break;
                }
                continue;
            }
            if (!Casing.mostlyUpper(t)) {
                if (t.toLowerCase(Locale.ROOT).startsWith("độc lập")) {
                    motto = true;
                    continue;
                }
                break;
            }
            lines.add(t);
            if (inlineNumber > 0) {
                break;
            }
        }
        return motto;
    }

    /**
     * A Party committee's document signed "T/M BAN THƯỜNG VỤ" is issued by its standing committee:
     * "Tỉnh ủy Quảng Nam" → "Ban Thường vụ Tỉnh ủy Quảng Nam".
     */
    private static String standingCommitteeOf(String issuer, List<Signer> signers) {
        if (!PARTY_COMMITTEE.matcher(issuer).matches()) {
            return issuer;
        }
        for (Signer s : signers) {
            if (s.authority() != null && SIGNED_FOR_STANDING_COMMITTEE.matcher(s.authority()).matches()) {
                return "Ban Thường vụ " + issuer;
            }
        }
        return issuer;
    }

    /** "UBND TỈNH HÀ TĨNH SỞ Y TẾ" → "SỞ Y TẾ"; "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" stays whole. */
    private String lastBody(String upper) {
        String[] words = upper.split(" ");
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            String prev = words[i - 1];
            boolean partyParent = start == 0 && PARTY_PARENT.matcher(upper).lookingAt();
            if (start > 0 && start == i - 1) {
                continue; // "VĂN PHÒNG", "CHI CỤC": a head word right after the chosen start is part of its name
            }
            // "UBND TỈNH BẮC GIANG" + "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM": a district's committee under its province's
            boolean committeeUnderParent = COMMITTEE_UNDER_PARENT.matcher(rest).matches()
                    && i >= 3;
            boolean insideCommittee = prev.equals("ỦY") || prev.equals("UỶ"); // "ỦY BAN": never cut after "ỦY"
            if (startsWithOrgHead(rest) && (partyParent || committeeUnderParent || !rest.startsWith("ỦY") && !rest.startsWith("UỶ"))
                    && !prev.equals("BAN") && !insideCommittee && (committeeUnderParent || isSubordinateHead(rest)) && placeBefore(words, i)) {
                start = i;
            }
        }
        String body = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        if (start > 0 && PARTY_ORGAN.matcher(body).lookingAt()) {
            // a Party organ is named with its committee: "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Trung ương"
            String parent = String.join(" ", java.util.Arrays.copyOfRange(words, 0, start));
            Matcher p = PARTY_PARENT.matcher(parent);
            if (p.lookingAt()) {
                String core = p.group(1) != null ? p.group(1) + " ỦY" : p.group(2) != null ? "TRUNG ƯƠNG" : p.group(3) + " ỦY";
                body = body + " " + core.replace("THÀNH PHỐ", "THÀNH");
            }
        }
        return body;
    }

    private static boolean isSubordinateHead(String rest) {
        return SUBORDINATE_HEAD.matcher(rest).matches();
    }

    /** A parent line ends with a place ("... TỈNH HÀ TĨNH", "UBND HUYỆN X", "TỈNH ỦY HÀ TĨNH", "BỘ TÀI CHÍNH"). */
    private static boolean placeBefore(String[] words, int i) {
        return i >= 2;
    }

    // compiled once: these run for every word of a header and every line of a recipients list
    private static final Pattern COMMITTEE_UNDER_PARENT = Pattern.compile(
            "^(ỦY|UỶ) BAN NHÂN DÂN (HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|XÃ|PHƯỜNG|THỊ TRẤN)\\b.*");
    private static final Pattern SUBORDINATE_HEAD = Pattern.compile(
            "^(SỞ|BAN|PHÒNG|VĂN PHÒNG|ĐẢNG ỦY|ĐẢNG UỶ|CHI CỤC|CỤC|TRUNG TÂM|THANH TRA|CÔNG AN|BỘ CHỈ HUY|"
                    + "TRƯỜNG|BỆNH VIỆN|KHO BẠC|HỘI ĐỒNG|ỦY BAN KIỂM TRA|CHI BỘ)\\b.*");
    private static final Pattern DEPUTY = Pattern.compile("^PHÓ\\s+");
    private static final Pattern RECIPIENTS_HEAD = Pattern.compile("(?i)^nơi nhận\\s*:?");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[;,.:]$");
    private static final Pattern LIST_MARK = Pattern.compile("^[-+•]\\s*");
    private static final Pattern LIST_TAIL = Pattern.compile("[;,]\\s*$");
    private static final Pattern DECORATION_LINE = Pattern.compile("[-_=*.| ]+");
    private static final Pattern RULE_LINE = Pattern.compile("[-_=*. ]{3,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "ỦY BAN NHÂN DÂN" + "TỈNH HÀ TĨNH" is one name; "UBND TỈNH HÀ TĨNH" + "SỞ Y TẾ" is parent + issuer. */
    private static boolean continuesName(List<String> lines) {
        String last = lines.get(lines.size() - 1).toLowerCase(Locale.ROOT);
        return last.startsWith("tỉnh ") || last.startsWith("huyện ") || last.startsWith("thành phố ")
                || last.startsWith("xã ") || last.startsWith("thị xã ") || last.startsWith("quận ");
    }

    private boolean startsWithOrgHead(String upperLine) {
        String l = upperLine.toLowerCase(Locale.ROOT);
        for (String h : lexicon.actorHeads()) {
            String k = h.toLowerCase(Locale.ROOT);
            if (l.startsWith(k + " ") || l.equals(k)) {
                return true;
            }
        }
        return false;
    }

    boolean startsWithActor(String phrase) {
        if (phrase == null || phrase.isBlank() || !Character.isUpperCase(phrase.codePointAt(0))) {
            return false;
        }
        return startsWithOrgHead(phrase);
    }

    private static boolean isPosition(String upper) {
        String t = DEPUTY.matcher(upper).replaceFirst("");
        return POSITIONS.stream().anyMatch(t::startsWith);
    }


    /** Signature blocks: authority lines (TM./KT./TL./TUQ.), the position line, the signer's name. */
    List<Signer> signers(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int recipientsAt = recipientsIndex(blocks);
        // the signature stands by "Nơi nhận", before or after it; appendices may follow for pages
        int from = recipientsAt >= 0 && recipientsAt < blocks.size() - 40 ? Math.max(0, recipientsAt - 15)
                : Math.max(0, blocks.size() - 40);
        int to = recipientsAt >= 0 ? Math.min(blocks.size(), Math.max(recipientsAt + 45, from + 40)) : blocks.size();
        for (int i = from; i < to; i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.TABLE_ROW) {
                lines.add(b.text().strip());
                spans.add(b.span());
                continue;
            }
            // a table of signature columns ("Nơi nhận" | "TM. ỦY BAN NHÂN DÂN"): read it column by column
            int end = i;
            while (end < to && blocks.get(end).kind() == BlockKind.TABLE_ROW) {
                end++;
            }
            List<String[]> rows = new ArrayList<>();
            int columns = 0;
            boolean signatureTable = false;
            for (int r = i; r < end; r++) {
                String[] cells = blocks.get(r).text().split("\t");
                rows.add(cells);
                columns = Math.max(columns, cells.length);
                for (String c : cells) {
                    String x = c.strip();
                    signatureTable |= blocks.get(r).closing() || AUTHORITY.matcher(x).find() && Casing.mostlyUpper(x)
                            || Casing.mostlyUpper(x) && isPosition(x) && x.length() < 60;
                }
            }
            if (signatureTable) {
                boolean recipientColumn = false;
                for (String[] cells : rows) {
                    String c0 = cells[0].strip();
                    recipientColumn |= c0.startsWith("-") || Casing.startsIgnoreCase(c0, "nơi nhận");
                }
                for (int c = recipientColumn && columns > 1 ? 1 : 0; c < columns; c++) {
                    for (int r = 0; r < rows.size(); r++) {
                        String[] cells = rows.get(r);
                        if (c < cells.length && !cells[c].isBlank()) {
                            lines.add(cells[c].strip());
                            spans.add(blocks.get(i + r).span());
                        }
                    }
                    lines.add("");
                    spans.add(blocks.get(end - 1).span());
                }
            }
            i = end - 1;
        }
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (BARE_PREFIX.matcher(lines.get(i)).matches() && !lines.get(i + 1).isEmpty()) {
                lines.set(i, lines.get(i) + " " + lines.get(i + 1));
                lines.remove(i + 1);
                spans.remove(i + 1);
            }
        }
        List<Signer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher a = AUTHORITY.matcher(l);
            boolean authorityStart = a.find() && Casing.mostlyUpper(a.group(2));
            boolean positionStart = !authorityStart && Casing.mostlyUpper(l) && isPosition(l) && l.length() < 60;
            if (!authorityStart && !positionStart) {
                continue;
            }
            List<String[]> authorities = new ArrayList<>(); // prefix and the words as printed
            String position = null;
            int authorityLines = 0;
            int j = i;
            while (j < lines.size()) {
                String x = lines.get(j);
                Matcher am = AUTHORITY.matcher(x);
                String[] last = authorities.isEmpty() ? null : authorities.get(authorities.size() - 1);
                if (am.find() && Casing.mostlyUpper(am.group(2))) {
                    authorities.add(new String[] {am.group(1), am.group(2)});
                    authorityLines++;
                } else if (last != null && position == null && Casing.mostlyUpper(x) && j == i + authorityLines
                        && (last[1].endsWith(",") || last[1].endsWith("-") || !isPosition(x) && x.split(" ").length <= 2)) {
                    // "TM. ỦY BAN" / "NHÂN DÂN", "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": the authority line was wrapped
                    last[1] = last[1] + " " + x;
                    authorityLines++;
                } else if (Casing.mostlyUpper(x) && x.length() < 80 && !x.isEmpty()) {
                    position = casing.normal(x);
                } else {
                    break;
                }
                j++;
            }
            String name = null;
            Span nameSpan = spans.get(Math.min(j, spans.size() - 1));
            for (int k = j; k < lines.size() && k < j + 4; k++) {
                String x = SIGNED_MARK.matcher(lines.get(k)).replaceAll("").strip();
                if (x.isEmpty()) {
                    continue;
                }
                if (PERSON_NAME.matcher(x).matches()) {
                    name = x;
                    nameSpan = spans.get(k);
                    j = k + 1;
                }
                break;
            }
            List<String> authorityTexts = new ArrayList<>();
            for (String[] au : authorities) {
                authorityTexts.add(authorityText(au[0], au[1]));
            }
            if (position == null && !authorityTexts.isEmpty()) {
                String lastAuthority = authorityTexts.get(authorityTexts.size() - 1);
                position = lastAuthority.replaceFirst("^\\S+\\s+", "");
            }
            if (name != null || !authorityTexts.isEmpty()) {
                out.add(new Signer(name, position, authorityTexts.isEmpty() ? null : String.join("; ", authorityTexts),
                        new Span(Math.min(spans.get(i).start(), nameSpan.end()), nameSpan.end())));
            }
            i = j - 1;
        }
        return out;
    }

    /** The first "Nơi nhận:" line (not "Nơi nhận hồ sơ: ..." in a body): where the closing part stands. */
    private static int recipientsIndex(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text().strip();
            if (Casing.startsIgnoreCase(t, "nơi nhận") && RECIPIENTS_LABEL.matcher(t).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private String authorityText(String prefix, String rest) {
        String p = prefix.replace(" ", "");
        if (!p.contains("/") && !p.endsWith(".")) {
            p = p + ".";
        }
        return p + " " + casing.normal(rest.strip().replaceFirst("[,;.]+$", ""));
    }

    /** "Nơi nhận:" followed by "- ...;" lines, one recipient each. */
    static List<String> recipients(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        String lastRaw = "";
        int at = recipientsIndex(blocks);
        for (Block b : at < 0 ? List.<Block>of() : blocks.subList(at, blocks.size())) {
            if (!in && !Casing.startsIgnoreCase(b.text(), "nơi nhận")) {
                continue;
            }
            String t = b.kind() == BlockKind.TABLE_ROW && b.text().indexOf('\t') >= 0
                    ? b.text().substring(0, b.text().indexOf('\t')).strip() : b.text().strip();
            if (!in) {
                if (t.toLowerCase(Locale.ROOT).startsWith("nơi nhận")) {
                    in = true;
                    String rest = RECIPIENTS_HEAD.matcher(t).replaceFirst("").strip();
                    if (!rest.isEmpty()) {
                        out.add(clean(rest));
                        lastRaw = rest;
                    }
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
                out.add(clean(t));
                lastRaw = t;
            } else if (!out.isEmpty() && (Character.isLowerCase(t.codePointAt(0))
                    || !ENDS_PUNCTUATED.matcher(lastRaw).matches() && !Casing.mostlyUpper(t) && !AUTHORITY.matcher(t).find()
                    && !PERSON_NAME.matcher(t).matches())) {
                // a recipient wrapped over lines: "- Các đồng chí Ủy viên" / "Ban Chấp hành Trung ương Đảng,"
                lastRaw = lastRaw + " " + t;
                out.set(out.size() - 1, clean(lastRaw));
            } else {
                break;
            }
        }
        return out;
    }

    private static String clean(String s) {
        return LIST_TAIL.matcher(LIST_MARK.matcher(s).replaceFirst("")).replaceFirst("").strip();
    }
}
