package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Task tables printed one cell per line, as web pages lose their table markup: a number-column header cell ("TT",
 * "STT") over the other header cells ("Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"), then each row
 * as a line with its number ("1") and its cells, one a line; a blank cell leaves no line. One task per row, anchored
 * on its first cell; the deadline is a short date or period cell, the lead a cell that only names bodies (the next
 * such cell cooperates), else the subject of a cell's sentence. Group rows ("I" / "NHÓM GIẢI PHÁP ...") are no tasks;
 * a table whose doer column comes before its content column lists the steps of a procedure, not tasks.
 */
final class TaskCellLines {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern ROMAN = Pattern.compile("[IVX]{1,5}\\.?");
    private static final List<String> NUMBER_HEADS = List.of("tt", "stt", "số tt", "số thứ tự");
    private static final int MAX_HEADER_CELLS = 8;
    private static final int MAX_ROW_LINES = 30;

    private final ActorPhrases actors;
    private final Function<String, Optional<ActorPhrases.Subject>> subjectOf;

    TaskCellLines(ActorPhrases actors, Function<String, Optional<ActorPhrases.Subject>> subjectOf) {
        this.actors = actors;
        this.subjectOf = subjectOf;
    }

    /** The tasks of every such table; the blocks they are read from go into {@code consumed}. */
    List<TaskItem> read(SegmentedDocument doc, List<String> documentLead, int year, Map<Block, Boolean> consumed) {
        List<TaskItem> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a header cell is a few letters: no need to lower-case every paragraph of the document to tell
            if (b.kind() == BlockKind.TABLE_ROW
                    || b.text().length() > 24
                    || !NUMBER_HEADS.contains(b.text().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            boolean content = false;
            boolean due = false;
            boolean lead = false;
            boolean notTasks = false; // a calendar, or the steps of a procedure
            while (j < blocks.size()
                    && j - i <= MAX_HEADER_CELLS
                    && !isNumber(blocks.get(j))
                    && isHeaderCell(blocks.get(j))) {
                String c = blocks.get(j).text().strip().toLowerCase(Locale.ROOT);
                // "Đơn vị tính", "Mức chi", "Định mức": a table of norms, not of work
                notTasks |= c.contains("đơn vị tính") || c.startsWith("mức") || c.contains("định mức");
                notTasks |= c.equals("ngày")
                        || c.startsWith("thứ")
                        || c.equals("buổi")
                        || c.contains("thành phần")
                        || c.contains("địa điểm")
                        || c.contains("người chủ trì");
                if (c.contains("thời gian")
                        || c.contains("thời hạn")
                        || c.contains("hoàn thành")
                        || c.contains("tiến độ")) {
                    due = true;
                } else if (c.contains("chủ trì")
                        || c.contains("thực hiện")
                        || c.startsWith("cơ quan")
                        || c.startsWith("đơn vị")
                        || c.startsWith("bộ phận")) {
                    // "Cơ quan, bộ phận, người thực hiện" before "Nội dung công việc": the steps of a procedure, not
                    // tasks
                    notTasks |= !content;
                    lead = true;
                } else if (c.contains("nội dung")
                        || c.contains("nhiệm vụ")
                        || c.contains("công việc")
                        || c.contains("giải pháp")) {
                    content = true;
                }
                j++;
            }
            if (!content || !(due || lead || notTasks) || j >= blocks.size() || !startsRows(blocks.get(j))) {
                continue;
            }
            for (int h = i; h < j; h++) {
                consumed.put(blocks.get(h), true);
            }
            // a table of norms, a calendar or a procedure: its cells are no paragraphs of their own either
            i = readRows(blocks, j, b.closing(), due, documentLead, year, consumed, notTasks ? new ArrayList<>() : out)
                    - 1;
        }
        return out;
    }

    /** Reads the rows from {@code from}; returns the index of the first block after the table. */
    private int readRows(
            List<Block> blocks,
            int from,
            boolean closing,
            boolean due,
            List<String> documentLead,
            int year,
            Map<Block, Boolean> consumed,
            List<TaskItem> out) {
        int expected = 1;
        List<Block> row = null;
        boolean inGroup = false;
        int i = from;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text().strip();
            if (b.closing() != closing
                    || b.kind() == BlockKind.TABLE_ROW
                    || b.heading() && b.kind() == BlockKind.ROMAN
                    || t.regionMatches(true, 0, "phụ lục", 0, 7)) {
                break;
            }
            if (isNumber(b) && (number(t) == expected || number(t) == 1 && inGroup)) {
                addRow(row, due, documentLead, year, out);
                row = new ArrayList<>();
                expected = number(t) + 1;
                inGroup = false;
            } else if (ROMAN.matcher(t).matches()) {
                addRow(row, due, documentLead, year, out); // "I" / "NHÓM GIẢI PHÁP VỀ CƠ CHẾ": a group row
                row = null;
                inGroup = true;
            } else if (row != null) {
                if (row.size() >= MAX_ROW_LINES) {
                    break;
                }
                row.add(b);
            }
            consumed.put(b, true);
        }
        addRow(row, due, documentLead, year, out);
        return i;
    }

    private void addRow(List<Block> row, boolean due, List<String> documentLead, int year, List<TaskItem> out) {
        if (row == null || row.isEmpty()) {
            return;
        }
        Block first = row.get(0);
        String anchor = first.body();
        if (words(anchor) < 3 || namesOnly(anchor) != null) {
            return; // "Hội đồng thi", "Đơn vị dự toán cấp I": a row about a body, not work
        }
        List<String> lead = null;
        List<String> cooperating = List.of();
        LocalDate deadline = null;
        for (int c = 1; c < row.size(); c++) {
            String cell = row.get(c).text().strip();
            if (lead == null || cooperating.isEmpty()) {
                List<String> named = namesOnly(cell);
                if (named != null) {
                    if (lead == null) {
                        lead = named;
                    } else {
                        cooperating = named;
                    }
                    continue;
                }
            }
            if (due && deadline == null && words(cell) <= 8) {
                deadline = Deadlines.inCell(cell)
                        .or(() -> Deadlines.inSentence(cell, year))
                        .orElse(null);
            }
        }
        if (lead == null) {
            for (Block b : row) {
                Optional<ActorPhrases.Subject> s = subjectOf.apply(b.body());
                if (s.isPresent() && !s.get().lead().isEmpty()) {
                    lead = s.get().lead();
                    cooperating = s.get().cooperating();
                    break;
                }
            }
        }
        Block last = row.get(row.size() - 1);
        StringBuilder text = new StringBuilder(anchor); // the whole row, as a reviewer reads it
        for (int c = 1; c < row.size(); c++) {
            text.append(' ').append(row.get(c).text().strip());
        }
        out.add(new TaskItem(
                TaskExtractor.anchor(anchor),
                text.toString(),
                lead == null ? documentLead : lead,
                cooperating,
                deadline,
                first.sectionPath(),
                new Span(first.bodyOffset(), last.span().end())));
    }

    /** "Sở Khoa học và Công nghệ, Sở Công Thương": a cell that only names bodies (no verb after them), split. */
    private List<String> namesOnly(String cell) {
        String c = cell.replaceAll("[.;]\\s*$", "");
        if (c.isEmpty() || words(c) > 30 || !actors.startsWithActor(c) || actors.predicateStart(c, c.length()) >= 0) {
            return null;
        }
        List<String> names = actors.split(c);
        return names.isEmpty() ? null : names;
    }

    private static boolean isHeaderCell(Block b) {
        String t = b.text().strip();
        return !t.isEmpty()
                && t.length() <= 120
                && !t.endsWith(".")
                && !t.endsWith(";")
                && b.kind() != BlockKind.TABLE_ROW;
    }

    private static boolean startsRows(Block b) {
        String t = b.text().strip();
        return isNumber(b) && number(t) == 1 || ROMAN.matcher(t).matches();
    }

    private static boolean isNumber(Block b) {
        return NUMBER.matcher(b.text().strip()).matches();
    }

    private static int number(String t) {
        return Integer.parseInt(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
