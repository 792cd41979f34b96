package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.DocumentNumber;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;

/**
 * Reads who issues a document: the header's issuer block (motto taken out, parent dropped, "ỦY BAN NHÂN DÂN"
 * completed from the body), else a calendar's or portal page's lines that name it, the closing block, the number's
 * issuer symbol, the title ("... của UBND tỉnh") or the signer's "TM." line. Part of {@link MetadataExtractor};
 * stateless and thread-safe.
 */
final class IssuerReader {

    /** "UBND huyện X đã ban hành Kế hoạch ...": a page's sentence that names who issues the document. */
    private static final Pattern ISSUES = Pattern.compile(
            "(?:^|[,;]\\s*)([^,;]{4,120}?)\\s+(?:(?:đã|vừa)\\s+)?(?:ban hành|xây dựng|triển khai)\\s+"
                    + "(?:Chương trình|Kế hoạch|Hướng dẫn|Quy chế|Quy định|Đề án|Báo cáo)",
            Pattern.UNICODE_CASE);
    /** Dates before the body that issues: "ngày 01/7/2021", "Ngày cập nhật 12/07/2021". */
    private static final Pattern DATED =
            Pattern.compile("(?iu)^(?:(?:ngày(?: cập nhật)?\\s*)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}\\s*)+");

    private final Lexicon lexicon;
    private final Casing casing;

    IssuerReader(Lexicon lexicon, Casing casing) {
        this.lexicon = lexicon;
        this.casing = casing;
    }

    /** The body a phrase names, after the dates that may go before it: "ngày 01/7/2021 UBND huyện" → "UBND huyện". */
    private String actorWithin(String phrase) {
        Matcher d = DATED.matcher(phrase);
        String who = d.lookingAt() ? phrase.substring(d.end()).strip() : phrase;
        return MetadataWords.startsWithActor(lexicon, who) ? who : null;
    }

    private String findTypeWord(String line) {
        for (Map.Entry<String, String> e : lexicon.typeWords().entrySet()) {
            if (line.startsWith(e.getKey().toUpperCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The issuer, in normal case; null when nothing names it. */
    String read(List<Block> blocks, List<Block> head, DocumentNumber number, String title, List<Signer> signers) {
        String fromHeader = headerIssuer(head);
        if (fromHeader != null) {
            return standingCommitteeOf(withLevelFromBody(fromHeader, blocks), signers);
        }
        for (int i = 0; i < Math.min(2, head.size()); i++) {
            // a calendar or notice headed by its issuer alone: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", or under its parent
            // ("UBND TỈNH HÀ TĨNH" / "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"): the lines in capitals that follow name it
            String t = head.get(i).text().strip();
            if (head.get(i).kind() == BlockKind.PARAGRAPH
                    && Casing.mostlyUpper(t)
                    && t.length() < 120
                    && MetadataWords.startsWithOrgHead(lexicon, t)
                    && findTypeWord(t) == null) {
                StringBuilder lines = new StringBuilder(t);
                for (int k = i + 1; k < Math.min(i + 3, head.size()); k++) {
                    String next = head.get(k).text().strip();
                    if (head.get(k).kind() != BlockKind.PARAGRAPH
                            || !Casing.isUpperLine(next)
                            || next.length() >= 120
                            || findTypeWord(next) != null
                            || MetadataWords.MOTTO.matcher(next).find()) {
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
                    // "Ngày cập nhật ... ngày 01/7/2021 UBND huyện đã ban hành Báo cáo ...": the body, not the date
                    // before it
                    String who = actorWithin(m.group(1).strip());
                    if (who != null) {
                        return casing.normal(who);
                    }
                }
                Matcher r = MetadataWords.RELAYS.matcher(b.text());
                if (r.find()
                        && MetadataWords.startsWithActor(lexicon, r.group(1).strip())) {
                    return casing.normal(r.group(1).strip());
                }
            }
        }
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 40; i--) {
            Block b = blocks.get(i);
            String t = b.text().strip();
            if (b.closing()
                    && b.kind() == BlockKind.PARAGRAPH
                    && Casing.mostlyUpper(t)
                    && !MetadataWords.AUTHORITY.matcher(t).find()
                    && MetadataWords.startsWithActor(lexicon, casing.normal(t))
                    && !MetadataWords.isPosition(t)) {
                return casing.normal(t);
            }
        }
        if (number != null && number.issuerSymbol() != null) {
            String sym = number.issuerSymbol().split("-")[0];
            Lexicon.Abbreviation a = lexicon.abbreviations().get(sym);
            if (a != null
                    && (a.kind().equals("body") || a.kind().equals("unit"))
                    && a.expansion().split(" ").length > 1) {
                return a.expansion();
            }
        }
        if (title != null) {
            int at = title.lastIndexOf(" của ");
            if (at >= 0) {
                String who = ActorPhrases.bodyOf(title.substring(at + 5)
                        .replaceFirst("\\s+(về|tại|năm|tháng)\\s.*$", "")
                        .strip());
                if (MetadataWords.startsWithActor(lexicon, who)) {
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
                if (MetadataWords.startsWithOrgHead(lexicon, who) && who.contains(" ")) {
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
            "(?<![\\p{L}])(UBND|HĐND|[ỦU][ỷy] ban nhân dân|Hội đồng nhân dân)\\s+("
                    + WordLists.alternation(MetadataWords.PLACE_LEVELS) + ")" + "((?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)+)",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

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
                boolean sameBody = committee
                        ? kind.equals("ubnd") || kind.equals("ủy ban nhân dân")
                        : kind.equals("hđnd") || kind.equals("hội đồng nhân dân");
                if (sameBody && !Casing.mostlyUpper(m.group(3))) {
                    return issuer + " " + m.group(2) + m.group(3);
                }
            }
        }
        return issuer;
    }

    /** A people's council or committee of a level: "UBND tỉnh", "HĐND HUYỆN VỊ THỦY", "Ủy ban nhân dân thành phố". */
    private static final Pattern LEVEL_BODY =
            Pattern.compile("(?iu)(?<![\\p{L}])(?:UBND|HĐND|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân)\\s+"
                    + "(?:" + WordLists.alternation(MetadataWords.PLACE_LEVELS) + ")(?![\\p{L}])");

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
            if (w.isEmpty()
                    || !Character.isUpperCase(w.codePointAt(0))
                    || w.equalsIgnoreCase("TỪ")
                    || w.equalsIgnoreCase("TUẦN")
                    || w.equalsIgnoreCase("NĂM")
                    || w.equalsIgnoreCase("THÁNG")
                    || !upper && w.length() > 1 && Casing.mostlyUpper(w)) {
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
    private static final Pattern CALENDAR_TITLE = Pattern.compile("(?:LỊCH|CHƯƠNG TRÌNH)\\s+(?:CÔNG TÁC|LÀM VIỆC)\\b");
    /** Whose calendar, not who issues it: "LÃNH ĐẠO", "THƯỜNG TRỰC" before the body's name. */
    private static final Pattern LEADERS = Pattern.compile(
            "^(?:TẬP THỂ\\s+)?(?:" + WordLists.alternation(WordLists.upper("calendar-leaders.txt")) + ")\\s+");

    private static final Pattern PARTY_COMMITTEE =
            Pattern.compile("(?iu)^(tỉnh|thành|huyện|quận|thị|đảng) (ủy|uỷ)\\b.*");
    private static final Pattern SIGNED_FOR_STANDING_COMMITTEE =
            Pattern.compile("(?iu)^T\\.?/?M\\.?\\s+ban thường vụ\\b.*");
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
            while (at < head.size()
                    && at < 10
                    && !MetadataWords.MOTTO.matcher(head.get(at).text()).find()) {
                at++;
            }
            if (at < head.size() && at < 10) {
                while (at > 1 && Casing.isUpperLine(head.get(at - 1).text())) {
                    at--;
                }
                motto = headerLines(head, at, lines);
                if (!lines.isEmpty() && !MetadataWords.startsWithOrgHead(lexicon, lines.get(0))) {
                    lines.clear(); // scanner noise before the motto ("{| VĂN PHONG ..."), not a name
                }
            }
        }
        for (int i = 0; i < head.size() && i < 12 && !motto; i++) {
            // a Party header read column by column: "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY KHỐI ..." / "Số 12-CTr/ĐUK" / "ĐẢNG
            // CỘNG SẢN VIỆT NAM"
            motto = MetadataWords.MOTTO.matcher(head.get(i).text()).find();
        }
        String joined = String.join(" ", lines);
        String withoutMotto = SPACES.matcher(MOTTO_TEXT.matcher(joined).replaceAll(" "))
                .replaceAll(" ")
                .strip();
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
            Matcher mm = MetadataWords.MOTTO.matcher(t);
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
            if (NumberReader.numberLine(b.text()) && t.toLowerCase(Locale.ROOT).startsWith("số")
                    || PlaceDateReader.placeDateLine(b.text())) {
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
            if (s.authority() != null
                    && SIGNED_FOR_STANDING_COMMITTEE.matcher(s.authority()).matches()) {
                return "Ban Thường vụ " + issuer;
            }
        }
        return issuer;
    }

    /** "UBND TỈNH HÀ TĨNH SỞ Y TẾ" → "SỞ Y TẾ"; "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" stays whole. */
    private String lastBody(String upper) {
        String[] words = upper.split(" ");
        // the words from i on, as String.join(" ", words[i..]) would give them: a substring of the line, not a copy
        // joined anew for every word
        int[] at = new int[words.length];
        for (int i = 1; i < words.length; i++) {
            at[i] = at[i - 1] + words[i - 1].length() + 1;
        }
        int restEnd = words.length == 0 ? 0 : at[words.length - 1] + words[words.length - 1].length();
        boolean startsWithParent = PARTY_PARENT.matcher(upper).lookingAt(); // the same for every word: asked once
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String rest = upper.substring(at[i], restEnd);
            String prev = words[i - 1];
            boolean partyParent = start == 0 && startsWithParent;
            if (start > 0 && start == i - 1) {
                continue; // "VĂN PHÒNG", "CHI CỤC": a head word right after the chosen start is part of its name
            }
            // "UBND TỈNH BẮC GIANG" + "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM": a district's committee under its province's
            boolean committeeUnderParent = COMMITTEE_UNDER_PARENT.matcher(rest).matches() && i >= 3;
            boolean insideCommittee = prev.equals("ỦY") || prev.equals("UỶ"); // "ỦY BAN": never cut after "ỦY"
            if (MetadataWords.startsWithOrgHead(lexicon, rest)
                    && (partyParent || committeeUnderParent || !rest.startsWith("ỦY") && !rest.startsWith("UỶ"))
                    && !prev.equals("BAN")
                    && !insideCommittee
                    && (committeeUnderParent || isSubordinateHead(rest))
                    && placeBefore(words, i)) {
                start = i;
            }
        }
        String body = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        if (start > 0 && PARTY_ORGAN.matcher(body).lookingAt()) {
            // a Party organ is named with its committee: "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Trung ương"
            String parent = String.join(" ", java.util.Arrays.copyOfRange(words, 0, start));
            Matcher p = PARTY_PARENT.matcher(parent);
            if (p.lookingAt()) {
                String core = p.group(1) != null
                        ? p.group(1) + " ỦY"
                        : p.group(2) != null ? "TRUNG ƯƠNG" : p.group(3) + " ỦY";
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

    // compiled once: these run for every word of a header
    /** "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM": a committee under a province's, its levels from {@code lexicon/place-levels.tsv}. */
    private static final Pattern COMMITTEE_UNDER_PARENT = Pattern.compile(
            "^(ỦY|UỶ) BAN NHÂN DÂN (" + WordLists.alternation(upper(MetadataWords.LOCAL_LEVELS)) + ")\\b.*");
    /** "SỞ Y TẾ", "CHI CỤC THỦY LỢI": a body under the parent a header names first, from {@code lexicon/issuer-units.txt}. */
    private static final Pattern SUBORDINATE_HEAD =
            Pattern.compile("^(" + WordLists.alternation(WordLists.upper("issuer-units.txt")) + ")\\b.*");

    private static final Pattern DECORATION_LINE = Pattern.compile("[-_=*.| ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static List<String> upper(List<String> words) {
        return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }
}
