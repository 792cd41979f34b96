package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
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
    private static final List<String> ADDRESSING = List.of("Đề nghị ", "Giao ", "Yêu cầu ");
    private static final Pattern APPENDIX_POINTER = Pattern.compile(
            "(?iu)^(?:các |những )?(?:nhiệm vụ|nội dung|chỉ tiêu|giải pháp)[^.;:]{0,40}\\b(?:tại|theo|ở|trong) (?:các )?phụ lục\\b");
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
        int year = info.date() == null ? 0 : info.date().getYear();
        List<TaskItem> out = new ArrayList<>();
        out.addAll(fromTables(doc, documentLead, year));
        Map<Block, Block> wrappedFields = new IdentityHashMap<>();
        Map<Block, Map<String, String>> fielded = labeledFields(doc, wrappedFields);
        for (Block b : blocks) {
            if (b.closing() || b.kind() == BlockKind.TABLE_ROW || b.marker().equals("+")) {
                continue;
            }
            Map<String, String> fields = fielded.get(b);
            if (fields != null) {
                out.add(fromFields(doc, b, fields, documentLead, year));
                continue;
            }
            if (b.heading() && !isSentence(b)) {
                continue; // a heading that names a topic; one that gives an order is a task too
            }
            if (isFieldOfATask(doc, b, fielded) || fielded.containsKey(wrappedFields.get(b))) {
                continue;
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
            if (!take || isLabelOnly(body) || Casing.isUpperLine(body) || opensWithPercent(body) || pointsToAppendix(body)) {
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
            LocalDate deadline = Deadlines.inSentence(body, year).orElse(null);
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

    /** "100% số người hưởng trợ cấp ... được ...": a criterion or target stated as a figure, not work given to someone. */
    private static boolean opensWithPercent(String body) {
        int i = 0;
        while (i < body.length() && (Character.isDigit(body.charAt(i)) || body.charAt(i) == ',' || body.charAt(i) == '.')) {
            i++;
        }
        return i > 0 && i < body.length() && body.charAt(i) == '%';
    }

    /** "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.": where the tasks are, not a task (the table is read). */
    private static boolean pointsToAppendix(String body) {
        return wordCount(body, 26) <= 25 && APPENDIX_POINTER.matcher(body).find();
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
        List<Block> headings = doc.headingsOf(b);
        for (int i = headings.size() - 1; i >= 0; i--) {
            Block h = headings.get(i);
            // asked for every item under the heading: read once per heading
            Optional<List<String>> lead = doc.memo(h, "heading-lead", () -> leadOfHeading(h.body()));
            if (lead.isPresent()) {
                return lead;
            }
        }
        return Optional.empty();
    }

    /** The bodies a heading names as doing the work below it, if it names any. */
    private Optional<List<String>> leadOfHeading(String heading) {
        String body = withoutAddressing(heading);
        if (actors.startsWithActor(body) && actors.predicateStart(body, body.length()) < 0 && wordCount(body, 26) <= 25) {
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
            if (heading.regionMatches(true, 0, w, 0, w.length()) && heading.length() > w.length()
                    && Character.isUpperCase(heading.codePointAt(w.length()))) {
                return heading.substring(w.length());
            }
        }
        return heading;
    }

    /**
     * Tasks laid out as a numbered item followed by its fields ("- Cơ quan chủ trì: Sở Nội vụ.", "- Cơ quan phối hợp:
     * ...", "- Thời gian thực hiện: Quý II/2025."): for each heading that has a lead, cooperating or deadline field,
     * the fields by kind. The heading is the task; its field lines are not tasks of their own.
     */
    private Map<Block, Map<String, String>> labeledFields(SegmentedDocument doc, Map<Block, Block> wrapped) {
        Map<Block, Map<String, String>> out = new IdentityHashMap<>();
        Block lastHolder = null;
        String lastField = null;
        for (Block b : doc.blocks()) {
            if (b.closing() || b.heading() || b.kind() == BlockKind.TABLE_ROW) {
                lastField = null;
                continue;
            }
            String[] field = fieldOf(b.body());
            if (field == null) {
                if (lastField != null && b.kind() == BlockKind.PARAGRAPH) {
                    // a field's value wrapped onto a line of its own ("- Cơ quan chủ trì: Sở Nội vụ, Sở" / "Giáo dục và Đào tạo.")
                    String f = lastField;
                    out.get(lastHolder).merge(f, b.body(), (a, c) -> a + " " + c);
                    wrapped.put(b, lastHolder);
                } else {
                    lastField = null;
                }
                continue;
            }
            List<Block> headings = doc.headingsOf(b);
            if (headings.isEmpty()) {
                continue;
            }
            Block holder = headings.get(headings.size() - 1);
            if (holder.kind() == BlockKind.ROMAN) {
                continue; // fields name a task, not a whole part of the document
            }
            out.computeIfAbsent(holder, k -> new LinkedHashMap<>()).merge(field[0], field[1], (a, c) -> a + "; " + c);
            lastHolder = holder;
            lastField = field[0];
        }
        out.values().removeIf(f -> !f.containsKey("lead") && !f.containsKey("cooperating") && !f.containsKey("deadline"));
        return out;
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

    private boolean isFieldOfATask(SegmentedDocument doc, Block b, Map<Block, Map<String, String>> fielded) {
        if (fielded.isEmpty() || fieldOf(b.body()) == null) {
            return false;
        }
        List<Block> headings = doc.headingsOf(b);
        return !headings.isEmpty() && fielded.containsKey(headings.get(headings.size() - 1));
    }

    /** The task a heading and its fields give: the lead field's bodies (or the subject of its sentence), and so on. */
    private TaskItem fromFields(SegmentedDocument doc, Block heading, Map<String, String> fields, List<String> documentLead,
                                int year) {
        String body = heading.body();
        List<String> lead;
        List<String> cooperating = List.of();
        String leadField = fields.get("lead");
        if (leadField != null) {
            Optional<ActorPhrases.Subject> subject = actors.subjectOf(leadField);
            if (subject.isPresent()) {
                lead = subject.get().lead();
                cooperating = subject.get().cooperating();
            } else {
                lead = actors.split(leadField);
            }
        } else {
            lead = headingLead(doc, heading).orElse(documentLead);
        }
        String coopField = fields.get("cooperating");
        if (coopField != null) {
            cooperating = actors.split(coopField);
        }
        String due = fields.get("deadline");
        LocalDate deadline = due == null ? null
                : Deadlines.inCell(due).or(() -> Deadlines.inSentence(due, year)).orElse(null);
        return new TaskItem(anchor(body), body, lead, cooperating, deadline, heading.sectionPath(),
                new Span(heading.bodyOffset(), heading.span().end()));
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
            if (unnumbered && row != null && !cell(row, cols[0]).isEmpty() && String.join("", cells).strip().length() > 0) {
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
    private String[] addRow(List<TaskItem> out, String[] row, String[] above, int[] cols, Block b, int end,
                            List<String> documentLead, int year) {
        String body = cell(row, cols[1]);
        if (wordCount(body, 3) < 3) {
            return above;
        }
        String[] read = row.clone();
        boolean merged = cols[2] >= 0 && cell(row, cols[2]).isEmpty() && above != null;
        if (merged) {
            read[cols[2]] = above[cols[2]];
            for (int c : new int[] {cols[3], cols[4]}) {
                if (c >= 0 && c < read.length && c < above.length && cell(row, c).isEmpty()) {
                    read[c] = above[c];
                }
            }
        }
        String leadCell = cell(read, cols[2]);
        String coopCell = cell(read, cols[3]);
        List<String> leads = leadCell.isEmpty() ? documentLead : actors.split(leadCell);
        List<String> coops = coopCell.isEmpty() ? List.of() : actors.split(coopCell);
        String dueCell = cell(read, cols[4]);
        LocalDate deadline = dueCell.isEmpty() ? null
                : Deadlines.inCell(dueCell).or(() -> Deadlines.inSentence(dueCell, year)).orElse(null);
        int at = b.span().start() + Math.max(0, b.text().indexOf(cell(b.text().split("\t", -1), cols[1])));
        out.add(new TaskItem(anchor(body), body, leads, coops, deadline, b.sectionPath(), new Span(at, Math.max(at, end))));
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
            if (c.startsWith("ngày") || c.startsWith("thứ") || c.contains("người chủ trì") || c.equals("thời gian")
                    || c.equals("buổi") || c.contains("địa điểm")) {
                return null; // a work calendar, not a task table
            }
            if (c.equals("stt") || c.equals("tt") || c.equals("số tt") || c.equals("số thứ tự")) {
                number = i;
            } else if (c.contains("chủ trì") || c.contains("đơn vị thực hiện") || c.contains("cơ quan thực hiện")) {
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
