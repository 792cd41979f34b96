package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.LeadWords;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.DocumentInfo;
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

    private static final int ANCHOR_WORDS = 12;
    private static final Pattern ADDRESSED = Pattern.compile(
            "(?:[Yy]êu cầu|[Đđ]ề nghị|[Gg]iao)\\s+(.{3,200}?)\\s+(?:theo chức năng|căn cứ|tập trung|khẩn trương|nghiêm túc|"
                    + "trong phạm vi|theo phạm vi|theo thẩm quyền|"
                    + "triển khai|thực hiện|tổ chức|chủ động|quán triệt)", Pattern.UNICODE_CASE);
    private static final LeadWords ADDRESSED_AT = new LeadWords(ADDRESSED, List.of("yêu cầu", "đề nghị", "giao"));

    private final Lexicon lexicon;
    private final ActorPhrases actors;

    public TaskExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new ActorPhrases(lexicon);
    }

    public List<TaskItem> extract(SegmentedDocument doc, DocumentInfo info) {
        List<Block> blocks = doc.blocks();
        boolean structured = blocks.stream().anyMatch(b -> !b.section().isEmpty());
        List<String> documentLead = documentLead(doc, info);
        List<TaskItem> out = new ArrayList<>();
        out.addAll(fromTables(doc, documentLead));
        for (Block b : blocks) {
            if (b.closing() || b.kind() == BlockKind.TABLE_ROW || b.marker().equals("+")) {
                continue;
            }
            if (b.heading() && !isSentence(b)) {
                continue; // a heading that names a topic; one that gives an order is a task too
            }
            String body = b.body();
            if (body.length() < 15 || wordCount(body, 4) < 4) {
                continue;
            }
            SectionKind kind = structured ? SectionKind.forBlock(doc, b) : SectionKind.OTHER;
            Optional<ActorPhrases.Subject> subject = actors.subjectOf(body);
            boolean take = switch (kind) {
                case TASKS -> true;
                case PURPOSE, OTHER -> subject.isPresent() || (kind == SectionKind.OTHER && opensWithTaskVerb(body));
                default -> false;
            };
            if (!take || isLabelOnly(body)) {
                continue;
            }
            List<String> lead;
            List<String> cooperating;
            if (subject.isPresent()) {
                lead = subject.get().lead();
                cooperating = subject.get().cooperating();
            } else {
                lead = headingLead(doc, b).orElse(documentLead);
                cooperating = actors.cooperatingIn(body.substring(0, Math.min(body.length(), 200)));
            }
            LocalDate deadline = Deadlines.inSentence(body).orElse(null);
            out.add(new TaskItem(anchor(body), body, lead, cooperating, deadline, b.sectionPath(),
                    new Span(b.bodyOffset(), b.span().end())));
        }
        return out;
    }

    /** "2. Yêu cầu các cấp uỷ ... chính quyền địa phương 2 cấp." — a numbered sentence with more paragraphs after it. */
    private static boolean isSentence(Block b) {
        String body = b.body();
        return b.kind() != BlockKind.ROMAN && body.length() >= 60 && (body.endsWith(".") || body.endsWith(";"));
    }

    private static boolean isLabelOnly(String body) {
        return body.endsWith(":") && wordCount(body, 8) < 8;
    }

    private boolean opensWithTaskVerb(String body) {
        int longest = lexicon.taskVerbs().isEmpty() ? 0 : lexicon.taskVerbs().get(0).length(); // longest first
        String lower = body.substring(0, Math.min(body.length(), longest + 1)).toLowerCase(Locale.ROOT);
        for (String v : lexicon.taskVerbs()) {
            if (lower.startsWith(v) && (lower.length() == v.length() || !Character.isLetter(lower.charAt(v.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The body an enclosing heading names: "9. Đơn vị trực thuộc, Phòng Lao động - TBXH huyện". */
    private Optional<List<String>> headingLead(SegmentedDocument doc, Block b) {
        List<Block> headings = new ArrayList<>(doc.headingsOf(b));
        for (int i = headings.size() - 1; i >= 0; i--) {
            String body = headings.get(i).body();
            if (actors.startsWithActor(body) && actors.predicateStart(body, body.length()) < 0 && wordCount(body, 26) <= 25) {
                return Optional.of(actors.split(body));
            }
        }
        return Optional.empty();
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
                Matcher m = ADDRESSED_AT.find(t, null);
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
        return info.issuer() == null ? List.of() : List.of(info.issuer());
    }

    /** Rows of a table whose header names a lead column ("Chủ trì", "Đơn vị thực hiện"). */
    private List<TaskItem> fromTables(SegmentedDocument doc, List<String> documentLead) {
        List<TaskItem> out = new ArrayList<>();
        int content = -1;
        int lead = -1;
        int coop = -1;
        int due = -1;
        for (Block b : doc.blocks()) {
            if (b.kind() != BlockKind.TABLE_ROW) {
                content = -1;
                continue;
            }
            List<String> cells = Arrays.asList(b.text().split("\t", -1));
            int[] header = taskHeader(cells);
            if (header != null) {
                content = header[0];
                lead = header[1];
                coop = header[2];
                due = header[3];
                continue;
            }
            if (content < 0 || content >= cells.size()) {
                continue;
            }
            String body = cells.get(content).strip();
            if (wordCount(body, 3) < 3) {
                continue;
            }
            List<String> leads = lead >= 0 && lead < cells.size() && !cells.get(lead).isBlank()
                    ? actors.split(cells.get(lead).strip()) : documentLead;
            List<String> coops = coop >= 0 && coop < cells.size() && !cells.get(coop).isBlank()
                    ? actors.split(cells.get(coop).strip()) : List.of();
            LocalDate deadline = due >= 0 && due < cells.size() ? Deadlines.inCell(cells.get(due)).orElse(null) : null;
            int at = b.span().start() + b.text().indexOf(body);
            out.add(new TaskItem(anchor(body), body, leads, coops, deadline, b.sectionPath(),
                    new Span(at, at + body.length())));
        }
        return out;
    }

    /** [content, lead, cooperating, deadline] column indexes of a task table header, or null. */
    private static int[] taskHeader(List<String> cells) {
        int content = -1;
        int lead = -1;
        int coop = -1;
        int due = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT).strip();
            if (c.startsWith("ngày") || c.startsWith("thứ") || c.contains("người chủ trì") || c.equals("thời gian")
                    || c.equals("buổi") || c.contains("địa điểm")) {
                return null; // a work calendar, not a task table
            }
            if (c.contains("chủ trì") || c.contains("đơn vị thực hiện") || c.contains("cơ quan thực hiện")) {
                lead = i;
            } else if (c.contains("phối hợp")) {
                coop = i;
            } else if (c.contains("thời gian") || c.contains("thời hạn") || c.contains("hoàn thành") || c.contains("tiến độ")) {
                due = i;
            } else if (content < 0 && (c.contains("nhiệm vụ") || c.contains("nội dung") || c.contains("công việc")
                    || c.contains("giải pháp"))) {
                content = i;
            }
        }
        return content >= 0 && lead >= 0 ? new int[] {content, lead, coop, due} : null;
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
