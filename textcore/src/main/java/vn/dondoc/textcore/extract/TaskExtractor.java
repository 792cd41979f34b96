package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.LeadWords;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.PrefixIndex;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Finds the paragraphs and bullets that give work: in sections that assign tasks ("NHIỆM VỤ, GIẢI PHÁP",
 * "TỔ CHỨC THỰC HIỆN"), every item; elsewhere, items whose subject is a body or that open with an
 * instruction verb. The lead is the sentence's subject, else the body the enclosing heading names,
 * else the body the document addresses ("Giám đốc Sở yêu cầu các phòng, đơn vị ..."), else the issuer.
 * Task tables ("Nhiệm vụ | Chủ trì | Phối hợp | Thời gian") give one task per row. Stateless and thread-safe.
 */
public final class TaskExtractor {

    private static final int ANCHOR_WORDS = 20;
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?:[Yy]êu cầu|[Đđ]ề nghị|[Gg]iao)\\s+(.{3,200}?)\\s+(?:theo chức năng|căn cứ|tập trung|khẩn trương|nghiêm túc|"
                    + "trong phạm vi|theo phạm vi|theo thẩm quyền|"
                    + "triển khai|thực hiện|tổ chức|chủ động|quán triệt)",
            Pattern.UNICODE_CASE);
    private static final List<String> ADDRESSING = WordLists.list("task-words.tsv", "addressing");
    private static final Pattern APPENDIX_POINTER = Pattern.compile(
            "(?iu)^(?:các |những )?(?:nhiệm vụ|nội dung|chỉ tiêu|giải pháp)[^.;:]{0,40}\\b(?:tại|theo|ở|trong) (?:các )?phụ lục\\b");
    private static final java.util.Set<DocumentType> NORMS = java.util.EnumSet.of(
            DocumentType.LUAT,
            DocumentType.PHAP_LENH,
            DocumentType.NGHI_DINH,
            DocumentType.THONG_TU,
            DocumentType.QUY_DINH,
            DocumentType.QUY_CHE);
    private static final Pattern NOTIFIED = Pattern.compile("thông báo (?:để|đến|cho) (.{3,250}?),? (?:được )?biết");
    /** What a lead-in that hands work down speaks of. */
    private static final List<String> WORK_WORDS = WordLists.list("task-words.tsv", "work");
    /** "..., tỉnh Đắk Lắk cần tiếp tục ...": a province, district or commune as the one to act, after an opening clause. */
    private static final Pattern PLACE_ADDRESSED = Pattern.compile(
            "(?:^|,\\s+|[Đđ]ề nghị\\s+)((?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|[Xx]ã|[Pp]hường)\\s+\\p{Lu}\\p{L}*"
                    + "(?:\\s+\\p{Lu}\\p{L}*){0,3})\\s+(?:cần|phải|tiếp tục|tập trung|khẩn trương|chủ động)\\b",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** The pattern takes its words with a small or a capital first letter only: looked up as printed, no lower-casing. */
    private static final LeadWords ADDRESSED_AT =
            new LeadWords(ADDRESSED, List.of("yêu cầu", "Yêu cầu", "đề nghị", "Đề nghị", "giao", "Giao"));

    private final Lexicon lexicon;
    private final ActorPhrases actors;
    private final TaskCellLines cellLines;

    /** The task verbs by their first letter, longest first within each (the lexicon's order). */
    private final PrefixIndex taskVerbsByFirst;

    private final int longestTaskVerb;

    public TaskExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new ActorPhrases(lexicon);
        this.cellLines = new TaskCellLines(actors, this::subjectAfterOpening);
        this.taskVerbsByFirst = new PrefixIndex(
                lexicon.taskVerbs().stream().filter(v -> !v.isEmpty()).toList());
        this.longestTaskVerb =
                lexicon.taskVerbs().isEmpty() ? 0 : lexicon.taskVerbs().get(0).length();
    }

    public List<TaskItem> extract(SegmentedDocument doc, DocumentInfo info) {
        List<Block> blocks = doc.blocks();
        boolean structured = blocks.stream().anyMatch(b -> !b.section().isEmpty());
        List<String> documentLead = documentLead(doc, info);
        int year = info.date() == null ? 0 : info.date().getYear();
        List<TaskItem> out = new ArrayList<>();
        out.addAll(fromTables(doc, documentLead, year));
        Map<Block, Boolean> consumed = new IdentityHashMap<>();
        out.addAll(cellLines.read(doc, documentLead, year, consumed));
        Map<Block, FieldTask> fielded = fieldTasks(doc, consumed);
        Map<Block, Boolean> holdsFieldTasks = new IdentityHashMap<>();
        for (FieldTask ft : fielded.values()) {
            for (Block h : doc.headingsOf(ft.heading())) {
                holdsFieldTasks.put(h, true);
            }
        }
        Map<Block, List<Block>> children = childrenOfHeadings(doc);
        Map<Block, Boolean> objectLists = new IdentityHashMap<>(); // headings whose items are what they act on
        HandOff handOff = null; // "..., các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:"
        // laws, decrees, circulars and rules state norms: "... bao gồm:" over cases is no work handed down
        boolean handsDownWork = info.type() == null || !NORMS.contains(info.type());
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            Block previous = bi > 0 ? blocks.get(bi - 1) : null;
            if (handOff != null && !within(b, handOff.block())) {
                handOff = null;
            }
            FieldTask ft = fielded.get(b);
            if (ft != null) {
                out.add(fromFields(doc, b, ft, documentLead, year));
                continue;
            }
            if (b.closing()
                    || b.kind() == BlockKind.TABLE_ROW
                    || b.marker().equals("+")
                    || consumed.containsKey(b)
                    || isTitle(b, info)) {
                continue;
            }
            if (b.heading()
                    && structured
                    && handsDownWork
                    && listsObjects(b, children.get(b))
                    && SectionKind.forBlock(doc, b) != SectionKind.GOALS
                    && SectionKind.forBlock(doc, b) != SectionKind.RESULTS) {
                // "a) Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh quyết định:" over "- Phương án phân bổ
                // vốn ...", "- Mức vốn đối ứng ...": one task, whose items name what it acts on
                objectLists.put(b, true);
                for (Block c : children.get(b)) {
                    consumed.put(c, true);
                }
            } else if (b.heading() && (!isSentence(b) || holdsFieldTasks.containsKey(b))) {
                continue; // a heading that names a topic (or heads tasks laid out as fields); one that orders is a task
            }
            if (restOfHeading(doc, b, previous)) {
                continue;
            }
            boolean handsOff = false;
            if (handsDownWork
                    && !b.heading()
                    && !b.section().isEmpty()
                    && b.body().endsWith(":")) {
                Optional<List<String>> given = doc.memo(b, "lead-in", () -> leadOfLeadIn(b.body()));
                if (given.isPresent()) {
                    handOff = new HandOff(b, given.get());
                    handsOff = true;
                    if (wordCount(b.body(), 31) <= 30) {
                        continue; // it only hands the items below to someone: they are the tasks
                    }
                }
            }
            String body = b.body();
            if (body.length() < 15 || wordCount(body, 4) < 4) {
                continue;
            }
            SectionKind kind = structured ? SectionKind.forBlock(doc, b) : SectionKind.OTHER;
            Optional<ActorPhrases.Subject> subject = actors.subjectOf(body);
            // a sentence below the lead-in, not a wrapped line's rest nor a name in a list ("Nhà máy điện gió gần bờ")
            boolean handedDown = handOff != null
                    && !handsOff
                    && kind != SectionKind.PREAMBLE
                    && !Character.isLowerCase(body.charAt(0))
                    && (body.endsWith(".") || body.endsWith(";"))
                    && wordCount(body, 6) >= 6;
            boolean take = switch (kind) {
                case TASKS -> true;
                case PURPOSE, OTHER ->
                    (subject.isPresent() || handedDown || (kind == SectionKind.OTHER && opensWithTaskVerb(body)))
                            && (handedDown || !handsDownWork || !narrates(body, subject));
                default -> handedDown;
            };
            take &= !appraises(body) && !noticeFormula(body);
            take |= objectLists.containsKey(b);
            if (!take
                    || !objectLists.containsKey(b) && isLabelOnly(body)
                    || Casing.isUpperLine(body)
                    || opensWithPercent(body)
                    || pointsToAppendix(body)) {
                continue;
            }
            List<String> lead;
            List<String> cooperating;
            if (subject.isPresent()) {
                lead = subject.get().lead();
                cooperating = subject.get().cooperating();
            } else {
                if (handOff != null) {
                    // a heading below the lead-in that names a body ("2.1. Sở Tài chính") hands the work on to it
                    HandOff h = handOff;
                    lead = headingLead(doc, b, h.block().section().size()).orElse(h.lead());
                } else {
                    lead = headingLead(doc, b, 0).orElse(documentLead);
                }
                cooperating = actors.cooperatingIn(body.substring(0, Math.min(body.length(), 200)));
            }
            LocalDate deadline = Deadlines.inSentence(body, year).orElse(null);
            out.add(new TaskItem(
                    anchor(body),
                    body,
                    lead,
                    cooperating,
                    deadline,
                    b.sectionPath(),
                    new Span(b.bodyOffset(), b.span().end())));
        }
        return out;
    }

    /** The blocks right under each heading (not under a deeper one), in order. */
    private static Map<Block, List<Block>> childrenOfHeadings(SegmentedDocument doc) {
        Map<Block, List<Block>> out = new IdentityHashMap<>();
        for (Block b : doc.blocks()) {
            if (b.heading() || b.closing() || b.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            List<Block> h = doc.headingsOf(b);
            if (!h.isEmpty()) {
                out.computeIfAbsent(h.get(h.size() - 1), k -> new ArrayList<>()).add(b);
            }
        }
        return out;
    }

    /**
     * A heading that gives work and ends in a colon ("Tham mưu ... quyết định:", "Tổ chức triển khai thực hiện các
     * nhiệm vụ các dự án ... :") over items that name things, not work: none opens with a task verb or a body.
     */
    private boolean listsObjects(Block heading, List<Block> items) {
        String body = heading.body();
        if (items == null
                || items.isEmpty()
                || !body.endsWith(":")
                || heading.kind() == BlockKind.ROMAN
                || !opensWithTaskVerb(body)
                || body.regionMatches(true, 0, "phấn đấu", 0, 8)) {
            return false;
        }
        for (Block c : items) {
            String t = c.body();
            if (opensWithTaskVerb(t)
                    || actors.startsWithActor(t)
                    || actors.subjectOf(t).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "3. Đề nghị Ủy ban MTTQ Việt Nam Thành phố, Hội Liên hiệp" / "Phụ nữ Thành phố và các tổ chức thành viên":
     * the rest of a heading cut by a blank line, a short line with no stop, right under a heading with none either.
     */
    private static boolean restOfHeading(SegmentedDocument doc, Block b, Block previous) {
        if (b.kind() != BlockKind.PARAGRAPH
                || b.heading()
                || previous == null
                || !previous.heading()
                || previous.kind() == BlockKind.ROMAN
                || wordCount(b.body(), 15) > 14) {
            return false;
        }
        String body = b.body();
        char last = body.isEmpty() ? '.' : body.charAt(body.length() - 1);
        if (".;:!?)".indexOf(last) >= 0 || !Character.isUpperCase(body.codePointAt(0))) {
            return false;
        }
        List<Block> h = doc.headingsOf(b);
        if (h.isEmpty() || h.get(h.size() - 1) != previous) {
            return false;
        }
        String hb = previous.body();
        char hl = hb.isEmpty() ? '.' : hb.charAt(hb.length() - 1);
        return Character.isLetter(hl) && !Casing.isUpperLine(hb);
    }

    /** "2. Yêu cầu các cấp uỷ ... chính quyền địa phương 2 cấp." — a numbered sentence with more paragraphs after it. */
    private static boolean isSentence(Block b) {
        String body = b.body();
        return b.kind() != BlockKind.ROMAN && body.length() >= 60 && (body.endsWith(".") || body.endsWith(";"));
    }

    /** Words that mark what a body did, not what it is to do: "đã", "vừa" (not the "vừa" of "nhỏ và vừa"). */
    private static final Pattern DONE = Pattern.compile(
            "(?<!\\bvà)(?<!\\bnhỏ)\\s(?:đã|vừa)\\s(?!qua\\b|trong\\b|và\\b)"
                    // a decision on a proposal, not work: "UBND tỉnh thống nhất đề xuất của Sở ..."
                    + "|\\s(?:cơ bản\\s+)?(?:thống nhất|đồng ý|nhất trí)(?:\\s+với)?\\s+(?:các\\s+)?(?:đề xuất|chủ trương|nội dung|ý kiến|"
                    + "phương án|kiến nghị|đề nghị|báo cáo|tờ trình|dự thảo)\\s",
            Pattern.UNICODE_CASE);
    /** What still orders work after a "đã": "Các đơn vị đã được giao nhiệm vụ chủ động triển khai ...". */
    private static final Pattern STILL_ORDERS = Pattern.compile(
            "\\s(?:chủ trì|chủ động|có trách nhiệm|chịu trách nhiệm|tiếp tục|khẩn trương|cần|phải|tập trung|nghiêm túc)\\s",
            Pattern.UNICODE_CASE);
    /** "Hoan nghênh", "Đánh giá cao": a conclusion's praise of what was done, not work. */
    private static final Pattern PRAISE = Pattern.compile(
            "^(?:Đánh giá cao|Hoan nghênh|(?:Trân trọng )?[Cc]ảm ơn|Chúc mừng|(?:Ghi nhận|Biểu dương)(?=[^.;:]*\\sđã\\s))",
            Pattern.UNICODE_CASE);

    /**
     * News of what was done, not work given: "Văn phòng UBND tỉnh vừa có Công văn ...", "Thực hiện Quyết định số
     * 468/QĐ-TTg ..., UBND tỉnh đã ban hành Kế hoạch ...": the sentence's subject, or the subject of its main clause
     * after an opening one, is followed by "đã" or "vừa" before anything that still orders work.
     */
    private boolean narrates(String body, Optional<ActorPhrases.Subject> subject) {
        if (!mayNarrate(body)) {
            return false; // none of the words DONE begins with: no need to look for the clause's subject
        }
        int from;
        if (subject.isPresent()) {
            from = 0;
        } else {
            // "Thực hiện ..., <body> đã ...": the main clause after the opening one
            from = -1;
            int limit = Math.min(body.length(), 400);
            for (int c = body.indexOf(", "); c > 0 && c < limit; c = body.indexOf(", ", c + 2)) {
                if (actors.startsWithActor(body.substring(c + 2, Math.min(body.length(), c + 120)))) {
                    from = c + 2;
                    break;
                }
            }
            if (from < 0) {
                return false;
            }
        }
        int end = Math.min(body.length(), from + 160);
        int sentence = body.indexOf(". ", from);
        if (sentence > 0 && sentence < end) {
            end = sentence;
        }
        Matcher done = DONE.matcher(body).region(from, end);
        if (!done.find()) {
            return false;
        }
        if (body.startsWith("vừa", done.start() + 1) && body.indexOf(" vừa ", done.end()) > 0) {
            return false; // "Doanh nghiệp vừa thực hiện ..., vừa hoạt động ...": both, not just now
        }
        String before = body.substring(from, done.start());
        // the subject's own verb: right after the body's name (within what was read as the subject), not in a clause
        // later
        boolean ofSubject = subject.isPresent()
                ? done.start() <= subject.get().end() + 1
                : before.indexOf(',') < 0 && wordCount(before, 13) <= 12;
        if (!ofSubject || !actors.startsWithActor(before)) {
            return false;
        }
        return !STILL_ORDERS
                .matcher(body)
                .region(done.end() - 1, Math.min(body.length(), done.end() + 200))
                .find();
    }

    /** The document's title ("Tăng cường phòng, chống cháy rừng ...", a page's headline) names what it is about. */
    private static boolean isTitle(Block b, DocumentInfo info) {
        Span t = info.titleSpan();
        return t != null
                && b.section().isEmpty()
                && b.span().start() < t.end()
                && t.start() < b.span().end();
    }

    /** Whether a word {@link #DONE} begins with stands where {@link #narrates} looks (within 400 + 160 characters). */
    private static boolean mayNarrate(String body) {
        int n = Math.min(body.length(), 560);
        for (String w : NARRATION_WORDS) {
            int at = body.indexOf(w);
            if (at >= 0 && at < n) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> NARRATION_WORDS = WordLists.list("task-words.tsv", "narration");

    /** "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh ... biết, thực hiện": a notice's closing formula, no task. */
    private static final Pattern NOTICE_FORMULA =
            Pattern.compile("^[^.;:]{0,80}?\\sthông báo để\\s", Pattern.UNICODE_CASE);

    /** {@link #NOTICE_FORMULA}, tried only where its words stand within its reach (the lazy prefix is slow). */
    private static boolean noticeFormula(String body) {
        int at = body.indexOf("thông báo để");
        return at > 0 && at <= 81 && NOTICE_FORMULA.matcher(body).lookingAt();
    }

    /** "Đánh giá cao Bộ Nội vụ ... đã chuẩn bị chu đáo ...": praise in a conclusion. */
    private static boolean appraises(String body) {
        return PRAISE.matcher(body).lookingAt();
    }

    /** "100% số người hưởng trợ cấp ... được ...": a criterion or target stated as a figure, not work given to someone. */
    private static boolean opensWithPercent(String body) {
        int i = 0;
        while (i < body.length()
                && (Character.isDigit(body.charAt(i)) || body.charAt(i) == ',' || body.charAt(i) == '.')) {
            i++;
        }
        return i > 0 && i < body.length() && body.charAt(i) == '%';
    }

    /** "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.": where the tasks are, not a task (the table is read). */
    private static boolean pointsToAppendix(String body) {
        // anchored at the start: lookingAt() (find() would try every position), and first, as it fails at once
        return APPENDIX_POINTER.matcher(body).lookingAt() && wordCount(body, 26) <= 25;
    }

    private static boolean isLabelOnly(String body) {
        return body.endsWith(":") && wordCount(body, 8) < 8;
    }

    private boolean opensWithTaskVerb(String body) {
        if (body.isEmpty()) {
            return false;
        }
        // only the verbs of the body's first letter, compared without lower-casing it (the verbs are lower case)
        int n = Math.min(body.length(), longestTaskVerb + 1);
        for (String v : taskVerbsByFirst.candidates(body)) {
            int len = v.length();
            if (len <= n
                    && body.regionMatches(true, 0, v, 0, len)
                    && (n == len || !Character.isLetter(body.charAt(len)))) {
                return true;
            }
        }
        return false;
    }

    /** The body an enclosing heading names: "9. Đơn vị trực thuộc, Phòng Lao động - TBXH huyện". */
    private Optional<List<String>> headingLead(SegmentedDocument doc, Block b) {
        return headingLead(doc, b, 0);
    }

    /** The body the nearest enclosing heading deeper than {@code depth} names. */
    private Optional<List<String>> headingLead(SegmentedDocument doc, Block b, int depth) {
        List<Block> headings = doc.headingsOf(b);
        for (int i = headings.size() - 1; i >= 0; i--) {
            Block h = headings.get(i);
            if (h.section().size() <= depth) {
                break;
            }
            // asked for every item under the heading: read once per heading
            Optional<List<String>> lead = doc.memo(h, "heading-lead", () -> leadOfHeading(h.body()));
            if (lead.isPresent()) {
                return lead;
            }
        }
        return Optional.empty();
    }

    /** A lead-in that hands the items below it to someone, and to whom. */
    private record HandOff(Block block, List<String> lead) {}

    /** Whether {@code b} stands under {@code leadIn}: after it, in its section or one below it. */
    private static boolean within(Block b, Block leadIn) {
        List<String> s = leadIn.section();
        return !b.closing()
                && b.section().size() >= s.size()
                && b.section().subList(0, s.size()).equals(s);
    }

    /**
     * "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:", "Để ..., tỉnh
     * Đắk Lắk cần tiếp tục ..., trong đó tập trung các nhiệm vụ sau:": the bodies a lead-in gives the items below it.
     */
    private Optional<List<String>> leadOfLeadIn(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (!WORK_WORDS.stream().anyMatch(lower::contains)) {
            return Optional.empty(); // "Các trường hợp miễn nhiệm ... bao gồm:" lists cases, not work
        }
        Optional<ActorPhrases.Subject> subject = subjectAfterOpening(body);
        if (subject.isPresent()) {
            return subject.get().lead().stream().allMatch(l -> wordCount(l, 13) <= 12)
                    ? Optional.of(subject.get().lead())
                    : Optional.empty();
        }
        Matcher place = PLACE_ADDRESSED.matcher(body.length() > 800 ? body.substring(0, 800) : body);
        return place.find() ? Optional.of(List.of(place.group(1))) : Optional.empty();
    }

    /**
     * The subject of a sentence, also after a long opening clause: "Căn cứ nội dung của Chương trình ... theo Quyết
     * định số ... và Kế hoạch này, các Sở, ban, ngành, đoàn thể, địa phương tổ chức quán triệt ...".
     */
    private Optional<ActorPhrases.Subject> subjectAfterOpening(String body) {
        Optional<ActorPhrases.Subject> subject = actors.subjectOf(body);
        if (subject.isPresent() || !OPENINGS.stream().anyMatch(body::startsWith)) {
            return subject;
        }
        int limit = Math.min(body.length(), 500);
        for (int comma = body.indexOf(", "); comma >= 0 && comma < limit; comma = body.indexOf(", ", comma + 2)) {
            String rest = Casing.capitalizeFirst(body.substring(comma + 2));
            if (rest.startsWith("Các ") || actors.startsWithActor(rest)) {
                Optional<ActorPhrases.Subject> s = actors.subjectOf(rest);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private static final List<String> OPENINGS = WordLists.list("task-words.tsv", "opening");

    /** The bodies a heading names as doing the work below it, if it names any. */
    private Optional<List<String>> leadOfHeading(String heading) {
        String body = withoutAddressing(heading);
        if (actors.startsWithActor(body)
                && actors.predicateStart(body, body.length()) < 0
                && wordCount(body, 26) <= 25) {
            return Optional.of(actors.split(body));
        }
        // a heading that hands the items below to someone: "Trong thời gian tới, đề nghị Sở X tập trung thực hiện
        // các nhiệm vụ sau:", "Sở Y tế chủ trì thực hiện các nội dung sau:"
        if (body.strip().endsWith(":")) {
            Optional<ActorPhrases.Subject> subject = actors.subjectOf(body);
            // a name, not a clause: "Doanh nghiệp ... có các quyền và nghĩa vụ ... sau" names no one in particular
            if (subject.isPresent() && subject.get().lead().stream().allMatch(l -> wordCount(l, 13) <= 12)) {
                return Optional.of(subject.get().lead());
            }
        }
        return Optional.empty();
    }

    /** "Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Người cao tuổi huyện:" → the bodies, without the word that addresses them. */
    private static String withoutAddressing(String heading) {
        for (String w : ADDRESSING) {
            if (heading.regionMatches(true, 0, w, 0, w.length())
                    && heading.length() > w.length()
                    && Character.isUpperCase(heading.codePointAt(w.length()))) {
                return heading.substring(w.length());
            }
        }
        return heading;
    }

    /** A task whose lead, cooperating bodies and deadline are given as labelled fields; {@code own}: its own subject leads. */
    private record FieldTask(Block heading, Map<String, String> fields, boolean own) {}

    /** One run of field lines under a heading, and the items it is about. */
    private static final class FieldGroup {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<Block> items = new ArrayList<>(); // items above the fields, which the fields are about
        final List<Block> contentItems = new ArrayList<>(); // "- Nội dung:" / "+ ...", "+ ..."
        final List<Block> ownTasks =
                new ArrayList<>(); // "- Cơ quan thực hiện:" / "+ Sở X chủ trì ..." / "+ Sở Y đăng tải ..."
        Block content; // "- Nội dung: Triển khai ...": the task, as printed
        Block leadItem; // the first item under an empty lead field: its subject leads
    }

    /**
     * Tasks laid out as fields under a numbered item ("- Nội dung: ...", "- Cơ quan chủ trì: Sở Nội vụ.", "- Cơ quan
     * phối hợp: ...", "- Thời gian thực hiện: Quý II/2025."). The task is the content line when there is one ("Nội
     * dung: Triển khai ..."), each item under an empty content field, the items above the fields when the fields
     * follow them ("- Thường xuyên rà soát ..." / "Đơn vị chủ trì thực hiện: Các Sở, ngành ..."), else the heading
     * itself. Field lines, their wrapped lines and the items that only name the lead are no tasks of their own
     * ({@code consumed}). Returns the tasks by the block they are anchored on.
     */
    private Map<Block, FieldTask> fieldTasks(SegmentedDocument doc, Map<Block, Boolean> consumed) {
        Map<Block, List<FieldGroup>> byHeading = new LinkedHashMap<>();
        Map<Block, FieldGroup> open = new IdentityHashMap<>(); // the group a heading's field lines are adding to
        Map<Block, List<Block>> pending = new IdentityHashMap<>(); // items not yet followed by fields
        Block lastHolder = null;
        String lastField = null;
        boolean lastEnded = false;
        for (Block b : doc.blocks()) {
            if (b.closing() || b.kind() == BlockKind.TABLE_ROW || consumed.containsKey(b)) {
                lastField = null;
                continue;
            }
            List<Block> headings = doc.headingsOf(b);
            Block holder;
            String under = null; // the field a labelled letter above this line opens ("b) Cơ quan thực hiện:")
            if (b.heading()) {
                // "a) Nhiệm vụ:", "b) Cơ quan thực hiện:" heading their own lines: fields of the numbered task above
                if (b.kind() != BlockKind.LETTER || headings.size() < 2 || fieldOf(b.body()) == null) {
                    lastField = null;
                    continue;
                }
                holder = headings.get(headings.size() - 2);
            } else {
                Block inner = headings.isEmpty() ? null : headings.get(headings.size() - 1);
                holder = inner;
                String[] above = inner != null && inner.kind() == BlockKind.LETTER && headings.size() >= 2
                        ? doc.memo(inner, "field-label", () -> Optional.ofNullable(fieldOf(inner.body())))
                                .orElse(null)
                        : null;
                if (above != null) {
                    under = above[0];
                    holder = headings.get(headings.size() - 2);
                }
            }
            if (holder == null || holder.kind() == BlockKind.ROMAN) {
                lastField = null;
                continue; // fields name a task, not a whole part of the document
            }
            if (holder != lastHolder) {
                lastField = null;
            }
            String[] field = fieldOf(b.body());
            if (field != null) {
                FieldGroup g = open.get(holder);
                if (g == null) {
                    g = new FieldGroup();
                    List<Block> above = pending.remove(holder);
                    if (above != null) {
                        g.items.addAll(above);
                    }
                    open.put(holder, g);
                    byHeading.computeIfAbsent(holder, k -> new ArrayList<>()).add(g);
                }
                if (field[0].equals("content") && !field[1].isEmpty()) {
                    g.content = b;
                }
                g.fields.merge(field[0], field[1], (a, c) -> a.isEmpty() ? c : a + "; " + c);
                consumed.put(b, true);
                lastHolder = holder;
                lastField = field[0];
                lastEnded = endsClause(field[1]);
                continue;
            }
            FieldGroup g = open.get(holder);
            if (under != null && lastField == null) {
                lastField = under;
            }
            if (g != null && lastField != null && otherLabel(b.body())) {
                // "- Số lượng: 02 hội nghị", "- Thành phần: ...": more about the same task, in a field the lexicon does
                // not name
                consumed.put(b, true);
                lastField = "other";
                lastEnded = endsClause(b.body());
                continue;
            }
            if (lastField != null && g != null && (b.marker().equals("+") || under != null)) {
                switch (lastField) {
                    case "content" -> {
                        if (Character.isUpperCase(b.body().charAt(0))) {
                            g.contentItems.add(b);
                        } else {
                            consumed.put(b, true); // the rest of a wrapped line ("214/NQ-CP).")
                        }
                    }
                    case "lead" -> {
                        if (g.leadItem == null) {
                            g.leadItem = b;
                            consumed.put(b, true);
                        } else {
                            g.ownTasks.add(b);
                        }
                    }
                    default -> {
                        g.fields.merge(lastField, b.body(), (a, c) -> a.isEmpty() ? c : a + "; " + c);
                        consumed.put(b, true);
                    }
                }
                continue;
            }
            if (lastField != null && g != null && !lastEnded && b.kind() == BlockKind.PARAGRAPH) {
                // a field's value wrapped onto a line of its own ("- Cơ quan chủ trì: Sở Nội vụ, Sở" / "Giáo dục và Đào
                // tạo.")
                g.fields.merge(lastField, b.body(), (a, c) -> a + " " + c);
                consumed.put(b, true);
                lastEnded = endsClause(b.body());
                continue;
            }
            // an item: the fields that follow it (if any) are about it
            lastField = null;
            open.remove(holder);
            pending.computeIfAbsent(holder, k -> new ArrayList<>()).add(b);
        }
        Map<Block, FieldTask> out = new IdentityHashMap<>();
        for (Map.Entry<Block, List<FieldGroup>> e : byHeading.entrySet()) {
            Block heading = e.getKey();
            boolean headingTaken = false;
            for (FieldGroup g : e.getValue()) {
                if (g.leadItem != null && !g.fields.containsKey("lead")
                        || g.leadItem != null && g.fields.get("lead").isEmpty()) {
                    g.fields.put("lead", g.leadItem.body());
                }
                if (!g.fields.containsKey("lead")
                        && !g.fields.containsKey("cooperating")
                        && !g.fields.containsKey("deadline")) {
                    continue;
                }
                List<Block> anchors = new ArrayList<>(g.items);
                if (g.content != null) {
                    anchors.add(g.content);
                }
                anchors.addAll(g.contentItems);
                for (Block a : anchors) {
                    out.put(a, new FieldTask(heading, g.fields, false));
                }
                for (Block a : g.ownTasks) {
                    out.put(a, new FieldTask(heading, g.fields, true));
                }
                // the heading is the task when the fields give it a body: a period alone ("b) Thời gian: ...") does not
                if (anchors.isEmpty()
                        && !headingTaken
                        && (g.fields.containsKey("lead") || g.fields.containsKey("cooperating"))) {
                    out.put(heading, new FieldTask(heading, g.fields, false));
                    headingTaken = true;
                }
            }
        }
        return out;
    }

    /** "Số lượng: 02 hội nghị/năm": a short label before a colon (not a task verb's sentence with a colon in it). */
    private boolean otherLabel(String body) {
        int colon = body.indexOf(':');
        return colon >= 4 && colon <= 30 && wordCount(body.substring(0, colon), 5) <= 4 && !opensWithTaskVerb(body);
    }

    /** "Quý III/2026", "Tháng 12/2025"; "Từ ngày 15/11 đến ngày 15/12/2025" ends on its last day; "Từ 01/7/2025" never. */
    private static LocalDate dueOfField(String due, int year) {
        String d = due.strip();
        if (d.regionMatches(true, 0, "từ ", 0, 3)) {
            int to = d.toLowerCase(Locale.ROOT).indexOf("đến ");
            if (to < 0) {
                return null; // a start, not a deadline
            }
            d = d.substring(to + 4);
        }
        String cell = d;
        return Deadlines.inCell(cell).or(() -> Deadlines.inSentence(cell, year)).orElse(null);
    }

    private static boolean endsClause(String s) {
        String t = s.stripTrailing();
        return t.endsWith(".") || t.endsWith(";");
    }

    /** [field kind, value] when {@code body} opens with a field label and a colon ("Cơ quan chủ trì: Sở Tư pháp."). */
    private String[] fieldOf(String body) {
        int colon = body.indexOf(':');
        if (colon < 4 || colon > 40) {
            return null;
        }
        String label = body.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> f : lexicon.taskFields()) {
            if (label.equals(f.getKey())) {
                return new String[] {f.getValue(), body.substring(colon + 1).strip()};
            }
        }
        return null;
    }

    /** The task one block and its fields give: the lead field's bodies (or the subject of its sentence), and so on. */
    private TaskItem fromFields(SegmentedDocument doc, Block b, FieldTask ft, List<String> documentLead, int year) {
        Map<String, String> fields = ft.fields();
        String body = b.body();
        List<String> lead;
        List<String> cooperating = List.of();
        String leadField = fields.get("lead");
        Optional<ActorPhrases.Subject> own = ft.own() ? actors.subjectOf(body) : Optional.empty();
        if (own.isPresent()) {
            lead = own.get().lead();
            cooperating = own.get().cooperating();
        } else if (leadField != null && !leadField.isEmpty()) {
            Optional<ActorPhrases.Subject> subject = actors.subjectOf(leadField);
            if (subject.isPresent()) {
                lead = subject.get().lead();
                cooperating = subject.get().cooperating();
            } else {
                lead = actors.split(leadField.replaceAll("[.;]\\s*$", ""));
            }
        } else {
            lead = headingLead(doc, ft.heading()).orElse(documentLead);
        }
        String coopField = fields.get("cooperating");
        if (coopField != null && !coopField.isEmpty() && !ft.own()) {
            cooperating = actors.split(coopField.replaceAll("[.;]\\s*$", ""));
        }
        String due = fields.get("deadline");
        LocalDate deadline = due == null || ft.own() ? null : dueOfField(due, year);
        if (deadline == null) {
            deadline = Deadlines.inSentence(body, year).orElse(null);
        }
        return new TaskItem(
                anchor(body),
                body,
                lead,
                cooperating,
                deadline,
                b.sectionPath(),
                new Span(b.bodyOffset(), b.span().end()));
    }

    /** Whom the document addresses: "... yêu cầu các phòng, địa phương, đơn vị ... sau:", else its issuer. */
    private List<String> documentLead(SegmentedDocument doc, DocumentInfo info) {
        List<String> preamble = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        boolean seenSection = false;
        for (Block b : doc.blocks()) {
            if (!b.section().isEmpty()) {
                seenSection = true;
            }
            if (b.kind() == BlockKind.TABLE_ROW) {
                continue;
            }
            if (!seenSection) {
                preamble.add(b.text());
            } else if (b.closing() && b.kind() == BlockKind.PARAGRAPH) {
                closing.add(b.text());
            }
        }
        for (List<String> texts : List.of(preamble, closing)) {
            for (String t : texts) {
                Matcher m = ADDRESSED_AT.find(t, t);
                if (m != null) {
                    List<String> bodies = new ArrayList<>();
                    for (String who : actors.split(m.group(1))) {
                        bodies.add(ActorPhrases.bodyOf(who));
                    }
                    if (!bodies.isEmpty()) {
                        return bodies;
                    }
                }
            }
        }
        // a notice (of a conclusion) is sent "để X biết, thực hiện": X is to act on it
        Optional<String> notified = info.type() == DocumentType.THONG_BAO ? notified(doc.text()) : Optional.empty();
        if (notified.isPresent()) {
            return List.of(notified.get());
        }
        if (info.issuer() != null && isPeoplesCommittee(info.issuer())) {
            // a people's committee's plan is carried out by its sectors: the first sentence that names them as the
            // ones to act ("các Sở, ban, ngành, đoàn thể, địa phương tổ chức quán triệt, triển khai ...") says who
            for (Block b : doc.blocks()) {
                if (b.section().isEmpty() || b.closing() || b.kind() == BlockKind.TABLE_ROW) {
                    continue;
                }
                String body = b.body();
                String head = body.substring(0, Math.min(body.length(), 500)).toLowerCase(Locale.ROOT);
                SectionKind kind;
                if (!head.contains("ban, ngành") && !head.contains("ban ngành")
                        || (kind = SectionKind.forBlock(doc, b)) != SectionKind.TASKS && kind != SectionKind.OTHER) {
                    continue; // "Yêu cầu: ... các sở, ban, ngành ..." says how, the tasks part says who
                }
                Optional<ActorPhrases.Subject> subject = subjectAfterOpening(body);
                if (subject.isPresent() && !subject.get().lead().isEmpty()) {
                    String first = subject.get().lead().get(0).toLowerCase(Locale.ROOT);
                    if (first.contains("ban, ngành") || first.contains("ban ngành")) {
                        return subject.get().lead();
                    }
                }
            }
        }
        return info.issuer() == null ? List.of() : List.of(info.issuer());
    }

    private static boolean isPeoplesCommittee(String issuer) {
        String l = issuer.toLowerCase(Locale.ROOT);
        return l.startsWith("ủy ban nhân dân") || l.startsWith("uỷ ban nhân dân") || l.startsWith("ubnd");
    }

    /** "thông báo để ...", "thông báo đến ...": how a conclusion notice names who is to know. */
    private static final List<String> NOTICE_WAYS = WordLists.list("task-words.tsv", "notice");

    /**
     * "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Phú Thọ và các Bộ, cơ quan liên quan biết, thực hiện":
     * the first body a notice is sent to for action.
     */
    private Optional<String> notified(String text) {
        int from = Math.max(0, text.length() - 6000);
        int at = -1;
        for (String w : NOTICE_WAYS) {
            at = Math.max(at, text.indexOf(w, from));
        }
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = NOTIFIED.matcher(
                text.substring(at, Math.min(text.length(), at + 400)).replace('\n', ' '));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        List<String> bodies = actors.split(m.group(1));
        if (bodies.isEmpty() || !actors.startsWithActor(bodies.get(0))) {
            return Optional.empty();
        }
        String first = bodies.get(0);
        int and = first.indexOf(" và ");
        return Optional.of(
                and > 0 && actors.startsWithActor(first.substring(and + 4)) ? first.substring(0, and) : first);
    }

    /**
     * Rows of a table whose header names a lead column ("Chủ trì", "Đơn vị thực hiện"), one task per numbered row.
     * A row without a number (when the table has a number column) continues the row above, as a cell that runs
     * onto the next line of a PDF does; a group row ("I | NHÓM NHIỆM VỤ VỀ THỂ CHẾ") is no task; a blank lead cell
     * under a filled one is a merged cell: the lead above goes on (and so do the cooperating bodies and the deadline
     * when they are blank too).
     */
    private List<TaskItem> fromTables(SegmentedDocument doc, List<String> documentLead, int year) {
        List<TaskItem> out = new ArrayList<>();
        int[] cols = null; // number, content, lead, cooperating, deadline
        String[] row = null; // the row being read (continuation lines appended)
        Block rowBlock = null;
        int rowEnd = 0;
        String[] above = null; // the last row made a task, for merged cells
        for (Block b : doc.blocks()) {
            if (b.kind() != BlockKind.TABLE_ROW) {
                if (row != null) {
                    above = addRow(out, row, above, cols, rowBlock, rowEnd, documentLead, year);
                    row = null;
                }
                cols = null;
                above = null;
                continue;
            }
            String[] cells = b.text().split("\t", -1);
            int[] header = taskHeader(Arrays.asList(cells));
            if (header != null) {
                if (row != null) {
                    above = addRow(out, row, above, cols, rowBlock, rowEnd, documentLead, year);
                    row = null;
                }
                cols = header;
                above = null;
                continue;
            }
            if (cols == null || cols[1] >= cells.length) {
                continue;
            }
            boolean unnumbered = cols[0] >= 0 && cell(cells, cols[0]).isEmpty();
            if (unnumbered
                    && row != null
                    && !cell(row, cols[0]).isEmpty()
                    && String.join("", cells).strip().length() > 0) {
                for (int i = 0; i < Math.min(cells.length, row.length); i++) {
                    String more = cells[i].strip();
                    if (!more.isEmpty()) {
                        row[i] = row[i].isBlank() ? more : row[i].strip() + " " + more;
                    }
                }
                rowEnd = b.span().end();
                continue;
            }
            if (row != null) {
                above = addRow(out, row, above, cols, rowBlock, rowEnd, documentLead, year);
                row = null;
            }
            if (isGroupRow(cells, cols)) {
                above = null;
                continue;
            }
            row = cells.clone();
            rowBlock = b;
            rowEnd = b.span().end();
        }
        if (row != null) {
            addRow(out, row, above, cols, rowBlock, rowEnd, documentLead, year);
        }
        return out;
    }

    /** Adds the task of one table row; returns the row as merged cells below it read it (or {@code above} if no task). */
    private String[] addRow(
            List<TaskItem> out,
            String[] row,
            String[] above,
            int[] cols,
            Block b,
            int end,
            List<String> documentLead,
            int year) {
        String body = cell(row, cols[1]);
        if (wordCount(body, 3) < 3) {
            return above;
        }
        String[] read = row.clone();
        boolean merged = cols[2] >= 0 && cell(row, cols[2]).isEmpty() && above != null;
        if (merged) {
            read[cols[2]] = above[cols[2]];
            for (int c : new int[] {cols[3], cols[4]}) {
                if (c >= 0
                        && c < read.length
                        && c < above.length
                        && cell(row, c).isEmpty()) {
                    read[c] = above[c];
                }
            }
        }
        String leadCell = cell(read, cols[2]);
        String coopCell = cell(read, cols[3]);
        List<String> leads = leadCell.isEmpty() ? documentLead : actors.split(leadCell);
        List<String> coops = coopCell.isEmpty() ? List.of() : actors.split(coopCell);
        String dueCell = cell(read, cols[4]);
        LocalDate deadline = dueCell.isEmpty()
                ? null
                : Deadlines.inCell(dueCell)
                        .or(() -> Deadlines.inSentence(dueCell, year))
                        .orElse(null);
        int at = b.span().start() + Math.max(0, b.text().indexOf(cell(b.text().split("\t", -1), cols[1])));
        out.add(new TaskItem(
                anchor(body), body, leads, coops, deadline, b.sectionPath(), new Span(at, Math.max(at, end))));
        return read;
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    /** "I | NHÓM NHIỆM VỤ VỀ THỂ CHẾ | | |", "A | Nhiệm vụ chung": a row that names a group of the tasks below it. */
    private static boolean isGroupRow(String[] cells, int[] cols) {
        for (int c : new int[] {cols[2], cols[3], cols[4]}) {
            if (!cell(cells, c).isEmpty()) {
                return false;
            }
        }
        String number = cell(cells, cols[0]);
        return number.matches("[IVXLivxl]+\\.?|[A-ZĐ]\\.?") || Casing.isUpperLine(cell(cells, cols[1]));
    }

    /** [number, content, lead, cooperating, deadline] column indexes of a task table header (-1: none), or null. */
    private static int[] taskHeader(List<String> cells) {
        int number = -1;
        int content = -1;
        int lead = -1;
        int coop = -1;
        int due = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT).strip();
            if (c.startsWith("ngày")
                    || c.startsWith("thứ")
                    || c.contains("người chủ trì")
                    || c.equals("thời gian")
                    || c.equals("buổi")
                    || c.contains("địa điểm")) {
                return null; // a work calendar, not a task table
            }
            if (c.equals("stt") || c.equals("tt") || c.equals("số tt") || c.equals("số thứ tự")) {
                number = i;
            } else if (c.contains("chủ trì") || c.contains("đơn vị thực hiện") || c.contains("cơ quan thực hiện")) {
                lead = i;
            } else if (c.contains("phối hợp")) {
                coop = i;
            } else if (c.contains("thời gian")
                    || c.contains("thời hạn")
                    || c.contains("hoàn thành")
                    || c.contains("tiến độ")) {
                due = i;
            } else if (content < 0
                    && (c.contains("nhiệm vụ")
                            || c.contains("nội dung")
                            || c.contains("công việc")
                            || c.contains("giải pháp"))) {
                content = i;
            }
        }
        return content >= 0 && lead >= 0 ? new int[] {number, content, lead, coop, due} : null;
    }

    /** The first {@link #ANCHOR_WORDS} words of {@code body}, single-spaced. */
    static String anchor(String body) {
        StringBuilder sb = new StringBuilder(96);
        int words = 0;
        int i = 0;
        int n = body.length();
        while (i < n && words < ANCHOR_WORDS) {
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                sb.append(words++ == 0 ? "" : " ").append(body, start, i);
            }
        }
        return sb.toString();
    }

    /** Words in {@code s}, counted up to {@code cap} (the threshold the caller tests) without splitting the text. */
    private static int wordCount(String s, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < cap; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
