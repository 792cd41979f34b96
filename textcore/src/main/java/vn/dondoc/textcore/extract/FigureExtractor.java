package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.DigitLed;
import vn.dondoc.textcore.format.LeadWords;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.format.VietnameseNumbers;
import vn.dondoc.textcore.format.WordLists;
import vn.dondoc.textcore.model.Comparator;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Targets and results: the figures of a document, each with one role. An aim ("phấn đấu ...", in a
 * targets section, in the tasks of a plan) is a target; an achieved figure (in a results section, or in
 * the body of a review) is a result, with the "đạt X% kế hoạch" that follows it. One stage decides both
 * so that a figure never plays two roles and the text is scanned once. Stateless and thread-safe.
 */
public final class FigureExtractor {

    /** What a document aims at and what it reports as done. */
    public record Figures(List<TargetItem> targets, List<ResultItem> results) {}

    enum Role {
        TARGET,
        RESULT
    }

    /** A figure in context. */
    record Figure(
            Role role,
            Quantities.Mention mention,
            Double percentOfPlan,
            String anchor,
            String indicator,
            String scope,
            LocalDate by,
            int anchorStart,
            int anchorEnd) {}

    private static final Pattern AIM = Pattern.compile(
            "(?i)(phấn đấu|mục tiêu|chỉ tiêu|đến năm \\d{4}|đến hết năm|đến cuối năm|ít nhất|tối thiểu|dự kiến|kế hoạch giao|"
                    + "phải đạt|cần đạt|bảo đảm đạt|đảm bảo đạt|giảm xuống|xuống còn|nâng lên|nâng tỷ lệ|quyết tâm)");
    private static final List<String> AIM_WORDS = List.of(
            "phấn đấu",
            "mục tiêu",
            "chỉ tiêu",
            "đến năm",
            "đến hết năm",
            "đến cuối năm",
            "ít nhất",
            "tối thiểu",
            "dự kiến",
            "kế hoạch giao",
            "phải đạt",
            "cần đạt",
            "bảo đảm đạt",
            "đảm bảo đạt",
            "giảm xuống",
            "xuống còn",
            "nâng lên",
            "nâng tỷ lệ",
            "quyết tâm");
    private static final LeadWords AIM_AT = new LeadWords(AIM, AIM_WORDS);
    /** "đạt 41,65% kế hoạch" after a figure, in its sentence ("." before a space ends it; "9.997" does not). */
    private static final Pattern PERCENT_OF_PLAN =
            Pattern.compile("^(?:[^;.]|\\.(?=\\S)){0,90}?(đạt|chiếm|bằng|được|hoàn thành|vượt)\\s+("
                    + VietnameseNumbers.NUMBER_REGEX + ")\\s*%");
    /** What a "vượt X%" exceeds when it is a plan: then the figure reached 100 + X percent of it. */
    private static final Pattern PLAN_WORD = Pattern.compile(
            "^\\s*(?:so\\s+)?(?:với\\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|KH)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Rates a rule sets, quoted in a plan or report, are neither aims nor results: "mức hỗ trợ tối đa 50%",
     * "thuế suất 5%", "theo khoản 2 Điều 12 ..., không quá 2%".
     */
    private static final List<String> RULE_RATE_WORDS = WordLists.list("figure-words.tsv", "rule-rate");
    /** A clause that names a plan's own figure ("Kế hoạch vốn năm 2024 được giao 356,8 tỷ đồng"), not what was done. */
    private static final Pattern PLAN_FIGURE = Pattern.compile(
            "(?s)^(?:tổng\\s+)?(?:kế hoạch|dự toán|chỉ tiêu)(?![\\p{L}])(?:(?!đạt|thực hiện|giải ngân).)*(?:giao|phân bổ|được duyệt|là)\\s*$");

    private static final Pattern QUARTER_OF_THIS_YEAR = Pattern.compile(
            "(?:đến|hết|trước|trong|cuối)\\s+(?:hết\\s+)?quý\\s+(IV|I{1,3}|[1-4])(?![\\p{L}\\d/])(?!\\s*(?:/|năm))");
    private static final Pattern GOAL_YEAR = Pattern.compile("(?i)mục tiêu\\s+(?:của\\s+)?năm\\s+(\\d{4})");
    private static final Pattern SCOPE = Pattern.compile(
            "(?i)(toàn tỉnh|toàn thành phố|toàn huyện|toàn quốc|toàn ngành|mỗi (?!năm|tháng|quý|tuần|ngày)[^,;:()]{2,40}?(?=\\s(?:đăng ký|kêu gọi|có|đạt|phấn đấu|xây dựng|hoàn thành)|,|$)|từng [\\p{L} ]{2,30})");
    private static final Pattern BEFORE_DATE =
            Pattern.compile("(?i)(?:trước|đến)\\s+(?:ngày\\s+)?(" + VietnameseDates.NUMERIC_DATE_REGEX + ")");

    private final Quantities quantities;

    public FigureExtractor(Lexicon lexicon) {
        this.quantities = new Quantities(lexicon);
    }

    public Figures extract(SegmentedDocument doc, DocumentInfo info) {
        List<TargetItem> targets = new ArrayList<>();
        List<ResultItem> results = new ArrayList<>();
        for (Figure f : find(doc, info)) {
            Quantities.Mention m = f.mention();
            Span span = new Span(f.anchorStart(), f.anchorEnd());
            if (f.role() == Role.TARGET) {
                Comparator cmp = m.comparator() == null ? Comparator.GTE : m.comparator();
                targets.add(new TargetItem(
                        f.anchor(), f.indicator(), cmp, m.value(), m.valueTo(), m.unit(), f.scope(), f.by(), span));
            } else {
                results.add(new ResultItem(
                        f.anchor(), f.indicator(), m.value(), m.unit(), f.percentOfPlan(), m.planned(), span));
            }
        }
        return new Figures(targets, results);
    }

    List<Figure> find(SegmentedDocument doc, DocumentInfo info) {
        List<Figure> out = new ArrayList<>();
        boolean structured = doc.blocks().stream().anyMatch(b -> !b.section().isEmpty());
        boolean review = isReview(info);
        String text = doc.text();
        FigureTable.Header table = null;
        List<FigureContext.Aim> aims = new ArrayList<>(); // the aims read so far, which a task may restate
        Block leadIn = null; // the last "...các chỉ tiêu sau:" line, whose period holds for the aims below it
        for (Block b : doc.blocks()) {
            if (leadIn != null && !within(b, leadIn)) {
                leadIn = null;
            }
            if (b.kind() == BlockKind.TABLE_ROW && !b.closing()) {
                table = tableRow(b, table, out);
                continue;
            }
            table = null;
            int bodyStart = b.bodyOffset();
            if (b.heading()
                    && b.body().length() < 120
                    && !(structured && numberedSentence(b) && SectionKind.forBlock(doc, b) == SectionKind.GOALS)) {
                // a short heading names a topic; only a run-in one ("a) Chi thường xuyên: Ước thực hiện ...") reports
                int colon = text.indexOf(": ", bodyStart);
                if (colon < 0 || colon >= b.span().end()) {
                    continue;
                }
                bodyStart = colon + 2;
            }
            if (b.closing()) {
                continue;
            }
            if (!b.heading() && b.body().endsWith(":")) {
                leadIn = b;
            }
            SectionKind kind = structured ? SectionKind.forBlock(doc, b) : SectionKind.OTHER;
            if (kind == SectionKind.PURPOSE) {
                continue;
            }
            if (!review
                    && kind != SectionKind.GOALS
                    && kind != SectionKind.TASKS
                    && kind != SectionKind.RESULTS
                    && !mayAimOrLookBack(text, bodyStart, b.span().end())) {
                // here a figure is only an aim, and only after an aim's word: without one, no figure need be read
                continue;
            }
            List<Quantities.Mention> mentions = quantities.withWordFigures(
                    quantities.find(text, bodyStart, b.span().end()),
                    text,
                    bodyStart,
                    b.span().end());
            boolean[] consumed = new boolean[mentions.size()];
            int passedOver = -1; // a growth figure whose following share of a plan went to the amount before it
            for (int i = 0; i < mentions.size(); i++) {
                if (consumed[i]) {
                    continue;
                }
                Quantities.Mention m = mentions.get(i);
                // a sentence is read back at most 400 characters: long enumerations stay linear
                int sentenceStart = sentenceStart(text, Math.max(bodyStart, m.start() - 400), m.start());
                int clauseStart = clauseStart(text, sentenceStart, m.start());
                int clauseEnd = clauseEnd(text, m.unitEnd(), b.span().end());
                String prefix = text.substring(sentenceStart, m.start());
                boolean aim = kind == SectionKind.GOALS || aimIn(prefix);
                Role role;
                if (aim || (kind == SectionKind.TASKS && !review)) {
                    role = Role.TARGET;
                } else if (kind == SectionKind.RESULTS && !namesPlanFigure(text, clauseStart, m.start())
                        || review
                                && kind != SectionKind.TASKS
                                && kind != SectionKind.RESULTS
                                && achieved(text.substring(Math.max(clauseStart, m.start() - 60), m.start()))) {
                    // in a results section every counted figure is reported ("Tổng đàn trâu 32.150 con, đàn bò ...")
                    role = Role.RESULT;
                } else if (!review && kind != SectionKind.TASKS && lookBack(prefix)) {
                    // a plan's background: "Kết thúc giai đoạn 2016-2020, tỷ số giới tính khi sinh của tỉnh là 114,2
                    // ..."
                    role = Role.RESULT;
                } else {
                    continue;
                }
                if (quotesRuleRate(text, clauseStart, m.start())
                        || role == Role.RESULT && asksFor(text.substring(sentenceStart, m.start()))
                        || role == Role.RESULT
                                && (parenthesized(text, m) || sizesUp(text.substring(sentenceStart, m.start())))) {
                    continue;
                }
                if (FigureContext.startingPoint(text, m, i + 1 < mentions.size() ? mentions.get(i + 1) : null)
                        || role == Role.TARGET && !aim && FigureContext.placeOfAct(text, m)
                        || role == Role.TARGET && FigureContext.condition(text, sentenceStart, m)) {
                    continue;
                }
                Double pct = null;
                int windowEnd = i + 1 < mentions.size() ? mentions.get(i + 1).end() : clauseEnd;
                windowEnd = Math.min(Math.max(windowEnd, m.unitEnd()), Math.min(text.length(), m.unitEnd() + 120));
                if (role == Role.RESULT) {
                    // a rate's own share needs the plan named: "tỷ lệ che phủ rừng đạt 50,5%, đạt 101% kế hoạch"
                    boolean selfShare = "%".equals(m.unit()) && namesPlanAfter(text, m.unitEnd());
                    pct = selfShare ? null : percentOfPlan(text, m.unitEnd(), windowEnd, "%".equals(m.unit()));
                    if (i == passedOver) {
                        pct = null;
                    } else if (pct == null
                            && !"%".equals(m.unit())
                            && i + 2 < mentions.size()
                            && growth(text, mentions.get(i + 1))) {
                        // "FDI đạt 1.219,11 triệu USD, tăng 84% so với cùng kỳ, bằng 115,1% mục tiêu": the share is the
                        // amount's
                        Quantities.Mention g = mentions.get(i + 1);
                        int shareEnd = Math.min(
                                Math.max(mentions.get(i + 2).end(), g.unitEnd()),
                                Math.min(text.length(), g.unitEnd() + 120));
                        pct = percentOfPlan(text, g.unitEnd(), shareEnd, false);
                        if (pct != null) {
                            passedOver = i + 1;
                            consumed[i + 2] = "%".equals(mentions.get(i + 2).unit());
                        }
                    }
                    if (pct != null
                            && i + 1 < mentions.size()
                            && "%".equals(mentions.get(i + 1).unit())
                            && passedOver != i + 1) {
                        consumed[i + 1] = true;
                        // "đạt 104,24% dự toán Trung ương giao và 85,63% dự toán tỉnh giao": every share of a plan
                        for (int j = i + 2;
                                j < mentions.size()
                                        && "%".equals(mentions.get(j).unit())
                                        && sharesJoined(
                                                text,
                                                mentions.get(j - 1).unitEnd(),
                                                mentions.get(j).start())
                                        && namesPlanAfter(text, mentions.get(j).unitEnd());
                                j++) {
                            consumed[j] = true;
                        }
                    }
                    if (selfShare) {
                        // "ước đạt 86,7% mục tiêu tăng trưởng": the share is what was reached; "vượt 14,55% dự toán":
                        // 114,55
                        boolean exceeds = text.substring(Math.max(0, m.start() - 12), m.start())
                                .stripTrailing()
                                .endsWith("vượt");
                        pct = exceeds ? Math.round((100 + m.value()) * 1000) / 1000.0 : m.value();
                    }
                }
                int anchorStart = role == Role.TARGET
                        ? aimStart(text, clauseStart, m.start())
                        : resultStart(text, clauseStart, m.start());
                int anchorEnd = Math.max(m.unitEnd(), Math.min(clauseEnd, m.unitEnd() + 80));
                String anchor = tidy(text.substring(anchorStart, anchorEnd));
                String indicator = indicator(text, clauseStart, m, clauseEnd, role);
                String scope = null;
                if (role == Role.TARGET) {
                    Matcher sc = SCOPE.matcher(text.substring(sentenceStart, Math.min(clauseEnd, text.length())));
                    scope = sc.find() ? sc.group(1).strip() : null;
                }
                LocalDate by = null;
                if (role == Role.TARGET) {
                    by = byOfAim(doc, b, leadIn == b ? null : leadIn, text, sentenceStart, m, info.date());
                    FigureContext.Aim said = FigureContext.aim(text, m, by, kind == SectionKind.GOALS);
                    if (FigureContext.restates(said, aims)) {
                        continue;
                    }
                    aims.add(said);
                }
                out.add(new Figure(role, m, pct, anchor, indicator, scope, by, anchorStart, anchorEnd));
            }
        }
        return out;
    }

    /**
     * "1. Đến năm 2028, có ít nhất 60% số xã ... đạt tiêu chí.": a short numbered item of a goals section that is a
     * whole sentence is an aim of its section, not a heading naming a topic.
     */
    private static boolean numberedSentence(Block b) {
        String body = b.body().stripTrailing();
        return (body.endsWith(".") || body.endsWith(";")) && !body.endsWith("..");
    }

    /** Reads one row of an indicator table under {@code header}; returns the header that holds for the next row. */
    private static FigureTable.Header tableRow(Block b, FigureTable.Header header, List<Figure> out) {
        FigureTable.Cells cells = FigureTable.split(b.text(), b.span().start());
        if (header != null) {
            FigureTable.Row r = FigureTable.row(header, cells);
            if (r != null) {
                Quantities.Mention m = new Quantities.Mention(
                        r.value(), r.valueTo(), r.planned(), r.unit(), r.comparator(), r.start(), r.end(), r.end());
                out.add(new Figure(
                        r.result() ? Role.RESULT : Role.TARGET,
                        m,
                        r.percentOfPlan(),
                        r.indicator(),
                        r.indicator(),
                        null,
                        null,
                        r.start(),
                        r.end()));
                return header;
            }
        }
        FigureTable.Header h = FigureTable.header(cells.texts());
        return h != null ? h : header;
    }

    /**
     * A reported figure says what was done: "giải quyết việc làm 9.997 người", "đạt 5.420 tỷ đồng", "tăng 8,2%",
     * "cho 13.234 lượt đối tượng", "tổng số tiền 15,45 tỷ đồng". A rate quoted from a rule ("thuế suất 5%") is not.
     */
    private static final String ACHIEVED_VERBS =
            "(đạt|hoàn thành|giải quyết|tuyển sinh|tuyển mới|thu|chi|chi trả|hỗ trợ|thực hiện|ban hành|triển khai|tăng|giảm|"
                    + "còn|có thêm|có|được|đã|xây dựng|cấp|tổ chức|trồng|đưa|an táng|tiếp nhận|phê duyệt|công nhận|lên|cho|với|"
                    + "chiếm|bằng|khám|đào tạo|tạo việc làm|sản xuất|xuất khẩu|giải ngân|huy động|số tiền|kinh phí|tổng số|"
                    + "giá trị|tổng cộng|gồm|ước|vận động|thăm|tặng|trao|làm mới|sửa chữa|bàn giao|vượt)(?![\\p{L}])";

    private static final Pattern ACHIEVED =
            Pattern.compile("(?i)(?<![\\p{L}])" + ACHIEVED_VERBS + "(?!\\s+thể)[^.;]*$");
    /** A clause that opens with what was done: "tăng 8,2% ...", "ước đạt ...", "đã giải ngân ...". */
    private static final Pattern ACHIEVED_LEAD =
            Pattern.compile("(?i)^(?:ước\\s+|đã\\s+)?" + ACHIEVED_VERBS + "(?!\\s+thể)");

    /** "cao hơn so với bình quân chung của cả nước (54,4%)": a figure alone in brackets is one compared with. */
    private static boolean parenthesized(String text, Quantities.Mention m) {
        int b = m.start() - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int a = m.unitEnd();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return b >= 0 && text.charAt(b) == '(' && a < text.length() && text.charAt(a) == ')';
    }

    private static final Pattern SIZE =
            Pattern.compile("(?i)(?:quy mô (?:diện tích|dân số)|diện tích tự nhiên|có diện tích)[^.;]*$");

    /** "tỉnh có quy mô diện tích trên 18.000 km2, ... dân số trên 3,3 triệu người": what a place is, not what it did. */
    private static boolean sizesUp(String before) {
        return (before.contains("diện tích") || before.contains("quy mô"))
                && SIZE.matcher(before).find();
    }

    private static final Pattern SAME_PERIOD = Pattern.compile("^\\s*so\\s+(?:với\\s+)?cùng kỳ");

    /** "tăng 84% so với cùng kỳ": a growth figure, which a share of a plan after it does not belong to. */
    private static boolean growth(String text, Quantities.Mention m) {
        return "%".equals(m.unit())
                && SAME_PERIOD
                        .matcher(text.substring(m.unitEnd(), Math.min(text.length(), m.unitEnd() + 30)))
                        .find();
    }

    /** What the period before a plan ended with: "Kết thúc giai đoạn 2016 - 2020, ... là", "Sau 5 năm thực hiện, ... đạt". */
    private static final Pattern LOOKS_BACK = Pattern.compile(
            "(?i)(?:kết thúc (?:giai đoạn|năm|kỳ|chương trình|kế hoạch|đề án)|sau \\d+ năm (?:triển khai|thực hiện))[^.;]*"
                    + "(?:(?<![\\p{L}])là|(?<![\\p{L}])" + ACHIEVED_VERBS + ")(?!\\s+thể)[^.;]*$");

    /** Whether the sentence up to a figure looks back on the period a plan follows and says what it reached. */
    private static boolean lookBack(String prefix) {
        return prefix.length() < 400 && LOOKS_BACK.matcher(prefix).find();
    }

    /** Words of {@link #LOOKS_BACK} of which one must stand for it to hold, lower case. */
    private static final List<String> LOOK_BACK_WORDS = WordLists.list("figure-words.tsv", "look-back");

    private static boolean achieved(String before) {
        return ACHIEVED.matcher(before).find();
    }

    /**
     * Whether {@code prefix} sets an aim: "phấn đấu", "mục tiêu", "đến năm 2025" ... but not a plan a share was taken
     * of ("bằng 115,1% mục tiêu tăng trưởng năm 2025; thu hút vốn DDI ước đạt ...").
     */
    /**
     * Whether {@link #aimIn} can hold for some part of the text from {@code from} to {@code to}: a figure there and
     * one of the words an aim begins with (every prefix it is asked about lies inside).
     */
    private static boolean mayAim(String lower, boolean linedUp) {
        return !linedUp || containsAny(lower, AIM_WORDS); // positions would not line up: let the full reading decide
    }

    /**
     * Whether {@link #mayAim} or the look back on a period ({@link #lookBack}) may hold in the text from {@code from}
     * to {@code to}: a figure there and one of their words, the text lower-cased once for both.
     */
    private static boolean mayAimOrLookBack(String text, int from, int to) {
        int end = Math.max(from, to);
        if (!DigitLed.hasDigit(text, from, end)) {
            return false;
        }
        String lower = text.substring(from, end).toLowerCase(Locale.ROOT);
        return mayAim(lower, lower.length() == end - from) || containsAny(lower, LOOK_BACK_WORDS);
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean aimIn(String prefix) {
        Matcher m = AIM_AT.find(prefix, null);
        if (m == null) {
            return false;
        }
        Matcher all = AIM.matcher(prefix);
        int from = m.start();
        while (all.find(from)) {
            if (!shareOfAPlan(prefix, all.start()) && !strivingAsNoun(prefix, all)) {
                return true;
            }
            from = all.end();
        }
        return false;
    }

    /**
     * "sự nỗ lực phấn đấu của nhân dân", "sự phấn đấu của toàn ngành": the striving a review credits for what was
     * reached is a noun, not an aim set for the figures after it.
     */
    private static boolean strivingAsNoun(String prefix, Matcher aim) {
        if (!aim.group(1).equalsIgnoreCase("phấn đấu")) {
            return false;
        }
        String before = prefix.substring(Math.max(0, aim.start() - 10), aim.start())
                .stripTrailing()
                .toLowerCase(Locale.ROOT);
        String after = prefix.substring(aim.end()).stripLeading().toLowerCase(Locale.ROOT);
        return (before.endsWith("sự") || before.endsWith("nỗ lực")) && after.startsWith("của ");
    }

    private static boolean shareOfAPlan(String prefix, int at) {
        String before = prefix.substring(Math.max(0, at - 10), at).stripTrailing();
        return before.endsWith("%") || before.endsWith("so với") || before.endsWith("%,");
    }

    /** "Về kiến nghị bổ sung ... khoảng 16.750 tỷ đồng": a sum asked for, not one reached. */
    private static boolean asksFor(String before) {
        String l = before.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("về kiến nghị")
                || l.startsWith("về đề nghị")
                || l.startsWith("kiến nghị")
                || l.startsWith("đề nghị")
                || l.startsWith("đề xuất");
    }

    /** "... dự toán Trung ương giao và 85,63%", "..., bằng 105,5%": one more share of the same figure, no new subject. */
    private static boolean sharesJoined(String text, int from, int to) {
        if (to - from > 60 || to <= from) {
            return false;
        }
        String gap = text.substring(from, to).stripTrailing();
        return gap.indexOf(';') < 0 && (gap.endsWith(" và") || gap.endsWith(" bằng"));
    }

    /** Whether a plan is named right after {@code at}: "85,63% dự toán tỉnh giao". */
    private static boolean namesPlanAfter(String text, int at) {
        return PLAN_WORD
                .matcher(text.substring(at, Math.min(text.length(), at + 30)))
                .find();
    }

    private static boolean quotesRuleRate(String text, int clauseStart, int at) {
        String before = text.substring(Math.max(clauseStart, at - 120), at).toLowerCase(Locale.ROOT);
        for (String w : RULE_RATE_WORDS) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPlanFigure(String text, int clauseStart, int at) {
        int s = clauseStart;
        while (s < at && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        char c = s < at ? Character.toLowerCase(text.charAt(s)) : ' ';
        if (c != 'k' && c != 'd' && c != 'c' && c != 't') { // kế hoạch, dự toán, chỉ tiêu, tổng: the cheap test first
            return false;
        }
        return PLAN_FIGURE
                .matcher(text.substring(s, at).toLowerCase(Locale.ROOT).strip())
                .find();
    }

    /**
     * The "đạt X% kế hoạch" that follows a reported figure, in {@code text} from {@code from} to {@code to};
     * "vượt X% kế hoạch" is 100 + X; a share of the same period last year ("bằng 102,3% so với cùng kỳ") is not
     * one. Null when there is none.
     */
    private static Double percentOfPlan(String text, int from, int to, boolean planNamed) {
        Matcher p = PERCENT_OF_PLAN.matcher(text.substring(from, to));
        if (!p.find()) {
            return null;
        }
        int after = from + p.end();
        String next = text.substring(after, Math.min(text.length(), after + 30))
                .strip()
                .toLowerCase(Locale.ROOT);
        boolean plan = PLAN_WORD.matcher(next).find();
        boolean close = p.start(1) <= 8; // a rate's plan share follows it at once: "50,5%, đạt 101% kế hoạch"
        // further on in the clause it must name the plan: "..., trong đó: khu vực nông nghiệp chiếm 34,86%" is not one
        boolean far = p.start(1) > 40;
        // a rate's share of a plan further on must name the plan, with nothing but words between ("tăng 14,38% so với
        // cùng kỳ, đạt 88,9% mục tiêu tăng trưởng")
        boolean namedNear = plan && p.start(1) <= 40;
        if (next.startsWith("cùng kỳ")
                || next.startsWith("so ") && !plan
                || planNamed && !(plan && close || namedNear)
                || far && !plan) {
            return null;
        }
        Double pct = VietnameseNumbers.parse(p.group(2)).orElse(null);
        if (pct != null && p.group(1).equals("vượt")) {
            return PLAN_WORD.matcher(next).find() ? Math.round((100 + pct) * 1000) / 1000.0 : null;
        }
        return pct;
    }

    /** Where a result's anchor begins: at the last ", " of the clause when what follows it says what was done. */
    private static int resultStart(String text, int clauseStart, int at) {
        int comma = text.lastIndexOf(", ", at - 1);
        if (comma >= clauseStart
                && ACHIEVED_LEAD.matcher(text.substring(comma + 2, at)).find()) {
            return comma + 2;
        }
        return clauseStart;
    }

    private static boolean isReview(DocumentInfo info) {
        if (info.type() == DocumentType.BAO_CAO) {
            return true;
        }
        String title = info.title() == null ? "" : info.title().toLowerCase(Locale.ROOT);
        return title.contains("kết quả")
                || title.contains("sơ kết")
                || title.contains("tổng kết")
                || title.contains("báo cáo")
                || info.type() == DocumentType.THONG_BAO && title.contains("kết luận");
    }

    private static Optional<LocalDate> byOf(String prefix) {
        Optional<VietnameseDates.Found> ye = VietnameseDates.findLastYearEnd(prefix);
        Matcher goal = GOAL_YEAR.matcher(prefix);
        while (goal.find()) { // "mục tiêu năm 2024 có thêm 5 xã": the year's aim
            if (ye.isEmpty() || goal.start() > ye.get().start()) {
                ye = Optional.of(new VietnameseDates.Found(
                        LocalDate.of(Integer.parseInt(goal.group(1)), 12, 31), goal.start(), goal.end()));
            }
        }
        Matcher d = BEFORE_DATE.matcher(prefix);
        LocalDate date = null;
        int at = -1;
        while (d.find()) {
            Optional<LocalDate> x = VietnameseDates.parse(d.group(1));
            if (x.isPresent()) {
                date = x.get();
                at = d.start();
            }
        }
        if (ye.isPresent() && (date == null || ye.get().start() > at)) {
            return Optional.of(ye.get().date());
        }
        return Optional.ofNullable(date);
    }

    /** The deadline stated before an aim; a quarter without its year ("hết quý II") is of the document's year. */
    private static LocalDate by(String prefix, LocalDate documentDate) {
        LocalDate d = byOf(prefix).orElse(null);
        int q = prefix.indexOf("quý");
        if (d == null && q >= 0 && documentDate != null) {
            Matcher m = QUARTER_OF_THIS_YEAR.matcher(prefix);
            if (m.find()) {
                return VietnameseDates.parseQuarterEnd("quý " + m.group(1) + "/" + documentDate.getYear())
                        .orElse(null);
            }
        }
        return d;
    }

    /**
     * When an aim is due: a deadline or period before it in its clause ("năm 2022 đạt tối thiểu 50%, năm 2023 đạt
     * tối thiểu 60%"), else after it in its sentence ("đạt 50% vào năm 2025"), else before it in its sentence, else
     * the period of the lead-in or heading it stands under. An aim set for every year ("Hàng năm, ... tăng trên 3%")
     * has none of its own.
     */
    private static LocalDate byOfAim(
            SegmentedDocument doc,
            Block b,
            Block leadIn,
            String text,
            int sentenceStart,
            Quantities.Mention m,
            LocalDate documentDate) {
        LocalDate by = by(text.substring(clauseStart(text, sentenceStart, m.start(), true), m.start()), documentDate);
        if (by != null) {
            return by;
        }
        String sentence = text.substring(sentenceStart, m.start());
        // an aim explained in brackets ("(xã đạt chuẩn ... bằng hoặc cao hơn 70%)") is due when the brackets say, else
        // when nothing says; a bare figure in them ("vượt mục tiêu Chính phủ giao (10%)") is the sentence's aim
        int open = sentence.lastIndexOf('(');
        boolean bracketed = open >= 0 && sentence.indexOf(')', open) < 0 && wordsIn(sentence.substring(open + 1)) >= 3;
        int comma =
                Math.max(sentence.lastIndexOf(", "), Math.max(sentence.lastIndexOf(';'), sentence.lastIndexOf(':')));
        Periods.Found f = Periods.last(sentence.substring(Math.max(comma + 1, bracketed ? open + 1 : 0)));
        if (f != null) {
            return f.end();
        }
        by = periodAfter(text, m.unitEnd(), b.span().end(), bracketed);
        if (by != null || bracketed) {
            return by;
        }
        f = Periods.last(sentence);
        if (f != null) {
            return f.end();
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.contains("hàng năm") || lower.contains("hằng năm") || lower.contains("mỗi năm")) {
            return null;
        }
        return periodAbove(doc, b, leadIn);
    }

    private static int wordsIn(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** Whether {@code b} stands under {@code leadIn}: in its section, or in one below it. */
    private static boolean within(Block b, Block leadIn) {
        List<String> s = leadIn.section();
        return b.section().size() >= s.size()
                && b.section().subList(0, s.size()).equals(s);
    }

    /** A period written after an aim in its sentence: "đạt 50% vào năm 2025", "giải ngân 100% kế hoạch vốn năm 2025". */
    private static LocalDate periodAfter(String text, int from, int limit, boolean bracketed) {
        int end = Math.min(limit, from + 160);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';'
                    || c == ':'
                    || c == ')' && bracketed
                    || c == '.' && (i + 1 >= end || text.charAt(i + 1) == ' ')) {
                end = i;
                break;
            }
        }
        Periods.Found f = Periods.first(text.substring(from, end));
        return f == null ? null : f.end();
    }

    /**
     * The period of the lead-in or heading an aim stands under ("Phấn đấu đến cuối năm 2025 đạt các chỉ tiêu sau:",
     * "6. Chỉ tiêu chủ yếu đến năm 2030"), the nearest first.
     */
    private static LocalDate periodAbove(SegmentedDocument doc, Block b, Block leadIn) {
        if (leadIn != null) {
            LocalDate d = periodOf(doc, leadIn);
            if (d != null) {
                return d;
            }
        }
        List<Block> headings = doc.headingsOf(b);
        for (int i = headings.size() - 1; i >= 0; i--) {
            if (headings.get(i) == b) {
                continue;
            }
            LocalDate d = periodOf(doc, headings.get(i));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate periodOf(SegmentedDocument doc, Block h) {
        Optional<LocalDate> d = doc.memo(h, "period", () -> {
            String body = h.body();
            // a heading or lead-in is a line or two; a long run of text that reads as one is not read for its period
            // "Mục tiêu đến năm 2030, tầm nhìn đến năm 2045": the aims below are due by the first, the vision is later
            String lower = body.toLowerCase(Locale.ROOT);
            int vision = lower.indexOf("tầm nhìn");
            int outlook = lower.indexOf("định hướng đến");
            vision = vision < 0 || outlook >= 0 && outlook < vision ? outlook : vision;
            Periods.Found f = body.length() > 300 ? null : Periods.last(vision > 0 ? body.substring(0, vision) : body);
            return Optional.ofNullable(f == null ? null : f.end());
        });
        return d.orElse(null);
    }

    /** Where an aim's anchor begins: at "phấn đấu" / "có thêm" ... when the clause has one, else the clause start. */
    private static int aimStart(String text, int clauseStart, int at) {
        String s = text.substring(clauseStart, at);
        Matcher m = AIM.matcher(s);
        int best = -1;
        while (m.find()) {
            best = m.start();
        }
        int comma = s.lastIndexOf(", ");
        if (best >= 0 && comma > best && at - (clauseStart + comma) < 40) {
            return clauseStart + comma + 2;
        }
        if (best >= 0) {
            return clauseStart + best;
        }
        return comma >= 0 && at - (clauseStart + comma) < 60 ? clauseStart + comma + 2 : clauseStart;
    }

    // compiled once: these run for every figure found
    private static final Pattern AIM_TAIL =
            Pattern.compile("(?i)(phấn đấu|đến (hết |cuối )?năm \\d{4}|ít nhất|tối thiểu|có thêm|có|"
                    + "(?:ước |đã )?đạt(?: được)?|ước|được|trên|dưới|hơn|xuống còn|còn|bằng hoặc cao hơn|từ)\\s*$");
    private static final Pattern CLAUSE_TAIL = Pattern.compile("[,;:]\\s*$");
    private static final Pattern SENTENCE_TAIL = Pattern.compile("[,;:.]\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String indicator(String text, int clauseStart, Quantities.Mention m, int clauseEnd, Role role) {
        String after = tidy(text.substring(m.unitEnd(), Math.max(m.unitEnd(), clauseEnd)));
        String before = tidy(text.substring(clauseStart, m.start()));
        before = CLAUSE_TAIL
                .matcher(AIM_TAIL.matcher(before).replaceAll(""))
                .replaceAll("")
                .strip();
        String unitPhrase = "%".equals(m.unit()) ? "" : m.unit() + " ";
        String ind;
        if (role == Role.RESULT && !before.isEmpty()) {
            ind = before;
        } else if (SPACES.split(after).length >= 2 || before.isEmpty()) {
            ind = unitPhrase + after;
        } else {
            ind = before;
        }
        String[] words = SPACES.split(ind.strip());
        if (words.length > 16) {
            ind = String.join(" ", java.util.Arrays.copyOfRange(words, 0, 16));
        }
        return SENTENCE_TAIL.matcher(ind).replaceAll("").strip();
    }

    private static String tidy(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static int sentenceStart(String text, int from, int at) {
        for (int i = at - 1; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?')
                    && i + 1 < text.length()
                    && text.charAt(i + 1) == ' '
                    && (!Character.isDigit(text.charAt(i - 1))
                            || i + 2 < text.length()
                                    && Character.isUpperCase(text.charAt(i + 2)))) { // "... năm 2025. Giải ngân"
                return i + 2;
            }
        }
        return from;
    }

    private static int clauseStart(String text, int from, int at) {
        return clauseStart(text, from, at, false);
    }

    /**
     * Clauses end at ";", ":" and parentheses. For a deadline only parentheses end one: "Đến năm 2025, A; B; C"
     * sets the year for A, B and C, but not for a definition in parentheses.
     */
    private static int clauseStart(String text, int from, int at, boolean forDeadline) {
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || !forDeadline && (c == ';' || c == ':')) {
                return Math.min(at, i + 1);
            }
        }
        return from;
    }

    private static int clauseEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';'
                    || c == '('
                    || c == ')'
                    || c == ','
                    || (c == '.' && (i + 1 >= limit || text.charAt(i + 1) == ' '))) {
                return i;
            }
        }
        return limit;
    }
}
