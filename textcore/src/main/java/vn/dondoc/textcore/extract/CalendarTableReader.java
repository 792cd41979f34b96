package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Calendars laid out as tables ("Ngày | Nội dung | Đơn vị chuẩn bị | Người chủ trì", columns found by their header
 * words; Markdown pipe tables alike), where one cell may hold several sessions and items ("Sáng: - A - B") and the
 * unit and chair cells list them in order, where a day may span sub-rows or stand on a row of its own, and a
 * school's week by "THỨ | SÁNG | CHIỀU".
 */
final class CalendarTableReader extends CalendarReading {

    CalendarTableReader(Lexicon lexicon) {
        super(lexicon);
    }

    /**
     * Where each field stands in a calendar table; {@code morning}/{@code afternoon}/{@code evening} are content
     * columns headed by a session ("THỨ | SÁNG | CHIỀU", a school's week), -1 when absent.
     */
    private record Columns(
            int day,
            int session,
            int time,
            int content,
            int place,
            int preparing,
            int chair,
            int participants,
            int notes,
            int morning,
            int afternoon,
            int evening) {

        Columns(int day, int session, int time, int content, int place, int preparing, int chair, int participants) {
            this(day, session, time, content, place, preparing, chair, participants, -1, -1, -1, -1);
        }

        boolean bySession() {
            return morning >= 0 || afternoon >= 0;
        }
    }

    List<ScheduleRow> fromTables(SegmentedDocument doc, CalendarDates.When when, boolean calendar) {
        List<ScheduleRow> out = new ArrayList<>();
        boolean otherTable = false;
        Columns cols = null;
        LocalDate date = null;
        LocalDate endDate = null;
        Session lastSession = null;
        for (Block b : doc.blocks()) {
            String rowText = b.kind() == BlockKind.TABLE_ROW ? b.text() : pipeRow(b.text());
            if (rowText == null) {
                // "THỨ HAI (04/11/2024)": a day on a row of its own, merged across the table
                Optional<LocalDate> day =
                        cols != null && !otherTable && !b.closing() ? dayHeading(b.text(), when) : Optional.empty();
                if (day.isPresent()) {
                    date = day.get();
                    endDate = null;
                    lastSession = null;
                }
                Optional<LocalDate[]> week =
                        cols != null && !otherTable && !b.closing() ? weekHeading(b.text(), when) : Optional.empty();
                if (week.isPresent()) {
                    date = week.get()[0];
                    endDate = week.get()[1];
                    lastSession = null;
                }
                continue;
            }
            if (b.closing()) {
                cols = null; // rows after "Nơi nhận" are the signature and recipients, not the last day's items
                continue;
            }
            if (rowText.isEmpty()) {
                continue; // the rule under a pipe table's header
            }
            List<String> cells = Arrays.asList(rowText.split("\t", -1));
            if (isOtherHeader(cells)) {
                cols = null;
                otherTable = true; // a table of tasks or figures, not a calendar
                continue;
            }
            Columns header = header(cells);
            if (header != null) {
                cols = header;
                otherTable = false;
                continue;
            }
            if (otherTable) {
                continue;
            }
            if (cols == null) {
                if (!calendar
                        || when.month() == null
                        || cells.size() < 2
                        || CalendarDates.parseDay(cells.get(0).strip(), when).isEmpty()) {
                    continue;
                }
                cols = new Columns(0, -1, -1, 1, -1, 2, 3, -1);
            }
            if (cells.size() == 1
                    || nonBlankCells(cells) == 1 && !cell(cells, cols.day).isBlank()) {
                // a merged day row inside the table: "Thứ Hai, ngày 04/11/2024"
                String merged = cells.get(0).isBlank() ? rowText.strip() : cells.get(0);
                Optional<LocalDate> day = dayHeading(merged, when);
                if (day.isPresent()) {
                    date = day.get();
                    endDate = null;
                    lastSession = null;
                    continue;
                }
                Optional<LocalDate[]> week = weekHeading(merged, when);
                if (week.isPresent()) {
                    date = week.get()[0];
                    endDate = week.get()[1];
                    lastSession = null;
                    continue;
                }
            }
            int shift = 0;
            if (cols.time == cols.day + 1 && clockOnly(cell(cells, cols.day))) {
                // "09h00 | Giao ban UBND | ...": a row under a merged day cell prints no cell for the day
                cells = new ArrayList<>(cells);
                cells.add(cols.day, "");
                shift = 1;
            }
            String dayCell = cell(cells, cols.day);
            if (!dayCell.isBlank()) {
                Optional<LocalDate[]> d = CalendarDates.parseDay(dayCell, when);
                if (d.isPresent()) {
                    date = d.get()[0];
                    endDate = d.get()[1];
                    lastSession = null;
                } else if (date == null || sessionIn(dayCell) == null && hourIn(dayCell) == null) {
                    continue; // not a day, nor the hour of the day above
                }
            }
            if (date == null) {
                continue;
            }
            String sessionCell = cols.session >= 0 ? cell(cells, cols.session) : "";
            String timeCell = cols.time >= 0 ? cell(cells, cols.time).strip() : "";
            Session rowSession = sessionWord(sessionCell);
            if (rowSession == null) {
                rowSession = sessionIn(timeCell);
            }
            if (rowSession == null) {
                rowSession = sessionIn(dayCell);
            }
            if (rowSession == null && cols.session >= 0 && sessionCell.isBlank() && lastSession != null) {
                rowSession = lastSession;
            }
            String rowTime = hourIn(timeCell);
            if (rowTime == null) {
                rowTime = hourIn(dayCell);
            }
            int[] contentCols = cols.bySession()
                    ? new int[] {cols.morning, cols.afternoon, cols.evening}
                    : new int[] {cols.content};
            for (int k = 0; k < contentCols.length; k++) {
                if (contentCols[k] < 0) {
                    continue;
                }
                String content = cell(cells, contentCols[k]);
                if (content.isBlank()) {
                    continue;
                }
                List<Item> items = cols.bySession()
                        ? sentences(content, Session.values()[Session.MORNING.ordinal() + k])
                        : items(content, rowSession);
                if (items.isEmpty()) {
                    continue;
                }
                List<List<String>> units = unitGroups(cell(cells, cols.preparing), items.size());
                List<List<String>> chairs = chairGroups(cell(cells, cols.chair), items.size());
                if (chairs.isEmpty() && cols.notes >= 0) {
                    chairs = chairGroups(chairInNote(cell(cells, cols.notes)), items.size());
                }
                List<String> participants = cols.participants >= 0 ? listOf(cell(cells, cols.participants)) : List.of();
                List<String> places =
                        places(cols.place >= 0 ? cell(cells, cols.place).strip() : "", items.size());
                // one group for several items ("PGĐ Hồ Văn Quang" beside "1. ... 2. ..."): it holds for each, as a
                // place does
                units = sharedByAll(units, items.size());
                chairs = sharedByAll(chairs, items.size());
                int contentAt = b.span().start() + indexOfCell(rowText, contentCols[k] - shift);
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    boolean nonWorking = NON_WORKING.matcher(it.text()).find();
                    List<String> u = units.size() > i ? units.get(i) : List.of();
                    if (u.isEmpty() && !it.units().isEmpty()) {
                        u = it.units();
                    }
                    List<String> c = chairs.size() > i ? chairs.get(i) : List.of();
                    if (c.isEmpty() && !it.chairs().isEmpty()) {
                        c = it.chairs();
                    }
                    String time = it.time() != null ? it.time() : rowTime;
                    String place = places.size() > i && !places.get(i).isEmpty() ? places.get(i) : it.place();
                    List<String> who = !participants.isEmpty() ? participants : it.participants();
                    Span span = new Span(contentAt + it.start(), contentAt + it.end());
                    Session session = nonWorking ? Session.ALL_DAY : resolve(it.session(), time);
                    out.add(new ScheduleRow(
                            date, endDate, session, time, it.text(), place, u, c, who, nonWorking, span));
                    lastSession = it.session();
                }
            }
        }
        return out;
    }

    /**
     * "| Thứ Hai (14/12) | 08h00 | Họp ... |": a row of a Markdown pipe table as a row of cells (the bars become
     * tabs, so offsets hold; the cell before the first bar is empty in every row alike); "" for its rule row
     * "|---|---|", null for any other line.
     */
    private static String pipeRow(String text) {
        if (text.isEmpty() || text.charAt(0) != '|') {
            return null;
        }
        int bars = 0;
        boolean rule = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|') {
                bars++;
            } else if (c != '-' && c != ':' && c != ' ') {
                rule = false;
            }
        }
        if (bars < 3) {
            return null;
        }
        return rule ? "" : text.replace('|', '\t');
    }

    /** "09h00", "(14h00)", "7 giờ 30": a cell that holds a clock time and nothing else. */
    private static boolean clockOnly(String cell) {
        String t = cell.strip();
        if (t.isEmpty() || t.length() > 16 || !TIME_LEAD.matcher(t).find()) {
            return false;
        }
        Matcher m = TIME.matcher(t);
        return m.lookingAt() && m.end() == t.length();
    }

    /** "Giao TNMT chủ trì" in a notes column: who chairs an item whose chair cell is empty; "" when the note names none. */
    private static String chairInNote(String note) {
        String n = note.strip();
        int at = n.toLowerCase(Locale.ROOT).indexOf(" chủ trì");
        if (at <= 0 || at > 60) {
            return "";
        }
        return n.substring(0, at).replaceFirst("^(?iu)giao\\s+", "").strip();
    }

    /** "Tiết 1: SHTT ... Giáo viên ... . Tiết 4: ...": the cell of a session column, one item per lesson mark or sentence. */
    private static final Pattern LESSON =
            Pattern.compile("^(?:tiết\\s+\\d{1,2}(?:\\s*[+,-]\\s*\\d{1,2})*\\s*:\\s*)", FLAGS);

    private List<Item> sentences(String content, Session session) {
        List<Item> out = new ArrayList<>();
        int from = 0;
        int n = content.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end
                    && content.charAt(i) == '.'
                    && i + 2 < n
                    && content.charAt(i + 1) == ' '
                    && Character.isUpperCase(content.codePointAt(i + 2))
                    && depth(content, from, i) == 0) {
                end = true;
            }
            if (!end) {
                continue;
            }
            String part = content.substring(from, i);
            String text = part.strip();
            Matcher lesson = LESSON.matcher(text);
            if (lesson.lookingAt()) {
                text = text.substring(lesson.end());
            }
            int start = from + part.indexOf(text.isEmpty() ? part.strip() : text);
            for (Item it : items(text, session)) {
                out.add(new Item(
                        it.session(),
                        it.time(),
                        it.text(),
                        it.place(),
                        it.participants(),
                        it.chairs(),
                        it.units(),
                        start + it.start(),
                        start + it.end()));
            }
            from = i + 1;
        }
        return out;
    }

    /** How many brackets are open between {@code from} and {@code to}: a full stop inside "(...)" ends no sentence. */
    private static int depth(String s, int from, int to) {
        int d = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        return d;
    }

    private static List<List<String>> sharedByAll(List<List<String>> groups, int items) {
        if (groups.size() != 1 || items < 2) {
            return groups;
        }
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            all.add(groups.get(0));
        }
        return all;
    }

    private static int nonBlankCells(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** "THỨ HAI (04/11/2024)", "Thứ Hai, ngày 04/11": a weekday and its date, and nothing else. */
    private static Optional<LocalDate> dayHeading(String line, CalendarDates.When when) {
        String t = line.strip();
        if (t.length() > 40 || !WEEKDAY.matcher(t).find()) {
            return Optional.empty();
        }
        Matcher dm = CalendarDates.DAY_MONTH.matcher(t);
        return dm.find() ? CalendarDates.resolve(dm, when) : Optional.empty();
    }

    /** "Tuần 1 (từ 04 - 08/11)" on a row of its own: the rows below, without a day of their own, are that week's. */
    private static Optional<LocalDate[]> weekHeading(String line, CalendarDates.When when) {
        String t = line.strip();
        if (t.length() > 48 || !t.regionMatches(true, 0, "tuần ", 0, 5)) {
            return Optional.empty();
        }
        return CalendarDates.parseDay(t, when).filter(d -> d[1] != null);
    }

    /** A header row of another kind of table: "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | ...". */
    private static boolean isOtherHeader(List<String> cells) {
        int hits = 0;
        for (String c : cells) {
            String l = c.toLowerCase(Locale.ROOT).strip();
            if (l.equals("tt")
                    || l.equals("stt")
                    || l.contains("nhiệm vụ")
                    || l.contains("chỉ tiêu")
                    || l.contains("đơn vị tính")
                    || l.contains("cơ quan chủ trì")
                    || l.contains("phối hợp")
                    || l.contains("sản phẩm")) {
                hits++;
            }
        }
        return hits >= 2;
    }

    private static int indexOfCell(String row, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            int tab = row.indexOf('\t', at);
            if (tab < 0) {
                return at;
            }
            at = tab + 1;
        }
        return at;
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    private static Columns header(List<String> cells) {
        int day = -1;
        int session = -1;
        int time = -1;
        int content = -1;
        int place = -1;
        int preparing = -1;
        int chair = -1;
        int participants = -1;
        int notes = -1;
        int[] bySession = {-1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT).strip();
            if (c.isEmpty() || c.length() > 60) {
                continue;
            }
            Session headed = c.length() <= 12 ? CalendarWords.session(c) : null;
            if (headed != null
                    && headed != Session.ALL_DAY
                    && bySession[headed.ordinal() - Session.MORNING.ordinal()] < 0
                    && c.replaceFirst("^buổi\\s+", "").length() <= 6) {
                bySession[headed.ordinal() - Session.MORNING.ordinal()] =
                        i; // "SÁNG | CHIỀU": a content column per session
            } else if (c.contains("nội dung") || c.equals("công việc") || c.contains("nội dung công việc")) {
                content = i;
            } else if (c.startsWith("ghi chú")) {
                notes = i;
            } else if (c.contains("chuẩn bị") || c.contains("đơn vị thực hiện") || c.contains("tham mưu")) {
                preparing = i;
            } else if (c.contains("chủ trì")
                    || c.startsWith("lãnh đạo")
                    || c.contains("phụ trách")
                    || c.equals("người thực hiện")) {
                if (chair < 0) {
                    chair = i; // the first leaders' column; a later "Lãnh đạo VP ... theo dõi" only follows the item
                }
            } else if (c.contains("thành phần") || c.contains("tham dự") || c.contains("mời")) {
                participants = i;
            } else if (c.contains("địa điểm")) {
                place = i;
            } else if (c.equals("buổi") || c.startsWith("buổi")) {
                session = i;
            } else if ((c.startsWith("ngày") || c.startsWith("thứ")) && day < 0) {
                day = i;
            } else if (c.contains("giờ") || c.contains("thời gian")) {
                if (day < 0 && c.contains("ngày")) {
                    day = i;
                } else {
                    time = i;
                }
            }
        }
        if (content >= 0 && day < 0 && time >= 0) {
            // "Thời gian | Nội dung | ...": one cell holds the day, the session and the hour
            day = time;
            time = -1;
        }
        if (content < 0 && day >= 0 && bySession[0] >= 0 && bySession[1] >= 0) {
            content = bySession[0] >= 0 ? bySession[0] : bySession[1];
        } else {
            bySession = new int[] {-1, -1, -1};
        }
        if (content >= 0 && day >= 0) {
            return new Columns(
                    day,
                    session,
                    time,
                    content,
                    place,
                    preparing,
                    chair,
                    participants,
                    notes,
                    bySession[0],
                    bySession[1],
                    bySession[2]);
        }
        return null;
    }
}
