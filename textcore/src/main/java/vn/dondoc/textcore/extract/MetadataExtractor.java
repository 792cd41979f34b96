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
    /** "Luật số: 87/2015/QH13", "Nghị quyết số: 12/2024/NQ-HĐND" printed in a header line. */
    private static final Pattern TYPED_NUMBER_LINE = Pattern.compile(
            "(?i)\\b(luật|pháp lệnh|nghị quyết|lệnh|nghị định)\\s+số\\s*:\\s*(.*)", Pattern.UNICODE_CASE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\t)\\s*([\\p{Lu}][\\p{L}.\\- ]{1,40}?)\\s*,\\s*ngày\\s+(\\S{0,4}?)\\s*tháng\\s+(\\S{0,4}?)\\s*năm\\s+(\\d{4})");
    private static final Pattern MOTTO = Pattern.compile(
            "(?i)(CỘNG HÒA XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|CỘNG HOÀ XÃ HỘI(?: CHỦ NGHĨA VIỆT NAM)?|ĐẢNG CỘNG SẢN VIỆT NAM)");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|T/M|T\\.M|KT|K/T|TL|T/L|TUQ|Q|TM\\s*/)\\s*[./]?\\s+(\\S.*)$");
    private static final Pattern ISSUES = Pattern.compile(
            "(?:^|[,;]\\s*)([^,;]{4,120}?)\\s+(?:ban hành|xây dựng|triển khai)\\s+(?:Chương trình|Kế hoạch|Hướng dẫn|Quy chế|Quy định|Đề án)",
            Pattern.UNICODE_CASE);
    private static final Pattern PERSON_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{Ll}\\p{M}]*\\s){1,5}\\p{Lu}[\\p{Ll}\\p{M}]*$");
    private static final Pattern INTRO = Pattern.compile(
            "(?i)^(căn cứ|thực hiện|kính gửi|ngày \\d|để |theo |sau khi|trong |nhằm |hôm nay|vào |thời gian)");
    private static final List<String> POSITIONS = List.of("GIÁM ĐỐC", "CHỦ TỊCH", "BÍ THƯ", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG",
            "THỦ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VIỆN TRƯỞNG", "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG",
            "TỔNG GIÁM ĐỐC", "THỦ TƯỚNG", "CHÁNH THANH TRA", "TRƯỞNG ĐOÀN", "CHỦ NHIỆM");

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
            if (!m.find()) {
                m = TYPED_NUMBER_LINE.matcher(b.text());
                if (b.text().indexOf(':') < 0 || !m.find()) {
                    continue;
                }
                g = 2;
                typeFromNumberLine = typeOfWord(m.group(1));
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

        String place = null;
        LocalDate date = null;
        for (Block b : head) {
            Matcher m = PLACE_DATE.matcher(b.text());
            if (b.text().contains("ngày") && b.text().contains("tháng") && m.find()) {
                place = m.group(1).strip();
                date = VietnameseDates.parse(m.group(2) + "/" + m.group(3) + "/" + m.group(4)).orElse(null);
                break;
            }
        }

        TypeLine typeLine = findTypeLine(head);
        DocumentType type = number != null ? number.type().orElse(typeFromNumberLine) : null;
        if (type == null && typeLine != null) {
            type = typeLine.type;
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

        List<Signer> signers = signers(blocks);
        List<String> recipients = recipients(blocks);
        String issuer = issuer(blocks, head, number, title, signers);
        return new DocumentInfo(number == null ? null : number.canonical(), type, title, issuer, place, date,
                signers, recipients, numberSpan, titleSpan);
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
            for (Map.Entry<String, String> e : lexicon.typeWordsUpper().entrySet()) {
                String word = e.getKey();
                if (!t.startsWith(word) || (t.length() > word.length() && Character.isLetterOrDigit(t.charAt(word.length())))) {
                    continue;
                }
                String rest = t.substring(word.length()).strip();
                DocumentType type = DocumentType.valueOf(e.getValue());
                if (!rest.isEmpty()) {
                    int at = b.span().start() + b.text().indexOf(rest);
                    return new TypeLine(type, rest, new Span(at, at + rest.length()));
                }
                return new TypeLine(type, subjectAfter(head, i), subjectSpan(head, i));
            }
        }
        return null;
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
            if (t.matches("[-_=*. ]{3,}")) {
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
            } else if (upper && Casing.mostlyUpper(out.get(0).text())) {
                out.add(n);
            } else {
                break;
            }
        }
        return out;
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
            return fromHeader;
        }
        for (int i = 0; i < Math.min(2, head.size()); i++) {
            // a calendar or notice headed by its issuer alone: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"
            String t = head.get(i).text().strip();
            if (head.get(i).kind() == BlockKind.PARAGRAPH && Casing.mostlyUpper(t) && t.length() < 120 && startsWithOrgHead(t)
                    && findTypeWord(t) == null) {
                return casing.normal(t);
            }
        }
        for (Block b : head) {
            if (b.kind() == BlockKind.PARAGRAPH && !Casing.mostlyUpper(b.text())) {
                Matcher m = ISSUES.matcher(b.text());
                if (m.find() && startsWithActor(m.group(1).strip())) {
                    return casing.normal(m.group(1).strip());
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
        for (Signer s : signers) {
            if (s.authority() != null && s.authority().matches("(?i)^(TM|T/M|T\\.M)\\.?\\s.*")) {
                return s.authority().replaceFirst("^\\S+\\s+", "").split(";")[0].strip();
            }
        }
        return null;
    }

    private static final Pattern MOTTO_TEXT = Pattern.compile(
            "(?i)CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM"
                    + "|ĐỘC LẬP\\s*-\\s*TỰ DO\\s*-\\s*HẠNH PHÚC");

    /**
     * The issuer block at the top: the upper-case lines before the number or the place and date, with the
     * national or Party motto taken out, even when the PDF split them over lines ("ĐẢNG" / "CỘNG SẢN VIỆT NAM").
     * Of "UBND TỈNH X" + "SỞ Y TẾ" the parent is dropped; "ỦY BAN NHÂN DÂN" + "TỈNH X" is one name.
     */
    private String headerIssuer(List<Block> head) {
        List<String> lines = new ArrayList<>();
        boolean motto = false;
        for (int i = 0; i < head.size() && i < 10; i++) {
            Block b = head.get(i);
            String t = b.text();
            if (t.indexOf('\t') >= 0) {
                t = t.split("\t")[0];
            }
            t = t.strip();
            if (NUMBER_LINE.matcher(b.text()).find() && t.toLowerCase(Locale.ROOT).startsWith("số") || PLACE_DATE.matcher(b.text()).find()) {
                break;
            }
            if (t.isEmpty() || t.matches("[-_=*. ]+")) {
                continue;
            }
            if (!Casing.mostlyUpper(t)) {
                if (MOTTO.matcher(t).find() || t.toLowerCase(Locale.ROOT).startsWith("độc lập")) {
                    motto = true;
                    continue;
                }
                break;
            }
            lines.add(t);
        }
        String joined = String.join(" ", lines);
        String withoutMotto = MOTTO_TEXT.matcher(joined).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (!motto && withoutMotto.length() == joined.length()) {
            return null; // no motto: not a Decree 30 header
        }
        if (withoutMotto.isEmpty() || withoutMotto.length() > 160) {
            return null;
        }
        String name = lastBody(withoutMotto);
        if (name.matches("BAN (THƯỜNG VỤ|CHẤP HÀNH)") && withoutMotto.startsWith("ĐẢNG BỘ TỈNH")) {
            name = name + " TỈNH ỦY";
        }
        return casing.normal(name);
    }

    /** "UBND TỈNH HÀ TĨNH SỞ Y TẾ" → "SỞ Y TẾ"; "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" stays whole. */
    private String lastBody(String upper) {
        String[] words = upper.split(" ");
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            String prev = words[i - 1];
            if (startsWithOrgHead(rest) && !rest.startsWith("ỦY") && !rest.startsWith("UỶ") && !prev.equals("BAN")
                    && isSubordinateHead(rest) && placeBefore(words, i)) {
                start = i;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    private static boolean isSubordinateHead(String rest) {
        return rest.matches("^(SỞ|BAN|PHÒNG|VĂN PHÒNG|ĐẢNG ỦY|ĐẢNG UỶ|CHI CỤC|CỤC|TRUNG TÂM|THANH TRA|CÔNG AN|BỘ CHỈ HUY|"
                + "TRƯỜNG|BỆNH VIỆN|KHO BẠC|HỘI ĐỒNG|ỦY BAN KIỂM TRA|CHI BỘ)\\b.*");
    }

    /** A parent line ends with a place ("... TỈNH HÀ TĨNH", "UBND HUYỆN X", "TỈNH ỦY HÀ TĨNH", "BỘ TÀI CHÍNH"). */
    private static boolean placeBefore(String[] words, int i) {
        return i >= 2;
    }

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
        String t = upper.replaceFirst("^PHÓ\\s+", "");
        return POSITIONS.stream().anyMatch(t::startsWith);
    }


    /** Signature blocks: authority lines (TM./KT./TL./TUQ.), the position line, the signer's name. */
    List<Signer> signers(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int from = Math.max(0, blocks.size() - 40);
        for (int i = from; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.TABLE_ROW && !b.closing()) {
                continue;
            }
            String[] cells = b.text().split("\t");
            for (int c = b.kind() == BlockKind.TABLE_ROW && cells.length > 1 ? 1 : 0; c < cells.length; c++) {
                lines.add(cells[c].strip());
                spans.add(b.span());
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
            List<String> authorities = new ArrayList<>();
            String position = null;
            int j = i;
            while (j < lines.size()) {
                String x = lines.get(j);
                Matcher am = AUTHORITY.matcher(x);
                if (am.find() && Casing.mostlyUpper(am.group(2))) {
                    authorities.add(authorityText(am.group(1), am.group(2)));
                } else if (!authorities.isEmpty() && position == null && Casing.mostlyUpper(x) && !isPosition(x)
                        && x.split(" ").length <= 2 && j == i + authorities.size()) {
                    // "T/M BỘ CHÍNH" / "TRỊ": the authority line was wrapped
                    String last = authorities.remove(authorities.size() - 1);
                    authorities.add(authorityText(last.split(" ")[0].replace(".", ""), last.substring(last.indexOf(' ') + 1) + " " + x));
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
                String x = lines.get(k).replaceAll("\\((đã ký|Đã ký|ký)\\)|\\[.*?]", "").strip();
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
            if (position == null && !authorities.isEmpty()) {
                String lastAuthority = authorities.get(authorities.size() - 1);
                position = lastAuthority.replaceFirst("^\\S+\\s+", "");
            }
            if (name != null || !authorities.isEmpty()) {
                out.add(new Signer(name, position, authorities.isEmpty() ? null : String.join("; ", authorities),
                        new Span(spans.get(i).start(), nameSpan.end())));
            }
            i = j - 1;
        }
        return out;
    }

    private String authorityText(String prefix, String rest) {
        String p = prefix.replace(" ", "");
        if (!p.contains("/") && !p.endsWith(".")) {
            p = p + ".";
        }
        return p + " " + casing.normal(rest.strip());
    }

    /** "Nơi nhận:" followed by "- ...;" lines, one recipient each. */
    static List<String> recipients(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Block b : blocks) {
            if (!in && !Casing.startsIgnoreCase(b.text(), "nơi nhận")) {
                continue;
            }
            String t = b.kind() == BlockKind.TABLE_ROW ? b.text().split("\t")[0].strip() : b.text().strip();
            if (!in) {
                if (t.toLowerCase(Locale.ROOT).startsWith("nơi nhận")) {
                    in = true;
                    String rest = t.replaceFirst("(?i)^nơi nhận\\s*:?", "").strip();
                    if (!rest.isEmpty()) {
                        out.add(clean(rest));
                    }
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("-") || t.startsWith("+") || t.startsWith("•")) {
                out.add(clean(t));
            } else if (!out.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
                out.set(out.size() - 1, clean(out.get(out.size() - 1) + t));
            } else {
                break;
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replaceFirst("^[-+•]\\s*", "").replaceFirst("[;,]\\s*$", "").strip();
    }
}
