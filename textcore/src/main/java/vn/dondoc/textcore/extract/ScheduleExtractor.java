package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Reads work calendars: tables ("Ngày | Nội dung | Đơn vị chuẩn bị | Người chủ trì", columns found by
 * their header words) where one cell may hold several sessions and items ("Sáng: - A - B") and the
 * unit and chair cells list them in order, where a day may span sub-rows ("Sáng 7h30" / "Chiều 14h00") or
 * stand on a row of its own above them; web calendars printed one cell per line ("Thứ 2" / "14/7" /
 * "Sáng" / "(8h30) Hội nghị ..." / "P. họp TV" / "Chủ tịch, ..."); and a leader's week in paragraphs
 * ("THỨ HAI (04/11/2024)" / "- 8h00: ... Địa điểm: ..."). Stateless and thread-safe.
 */
public final class ScheduleExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Sáng:", "Buổi chiều:", "Chiều thứ Ba:", "Sáng (8h00):" — a session opening part of a cell. */
    private static final Pattern SESSION = Pattern.compile(
            "(?<![\\p{L}])(?:buổi\\s+)?(sáng|chiều|tối|trưa|cả ngày)(?:\\s+(?:thứ\\s+\\S+|ngày\\s+[\\d/]+))?"
                    + "\\s*(?:\\(\\s*(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?\\s*(?:phút)?\\s*\\))?\\s*[:：]", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(thứ\\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)\\b", FLAGS);
    private static final Pattern ALL_DAY = Pattern.compile("\\(\\s*(cả ngày|cả buổi|ngày)\\s*\\)", FLAGS);
    /** "8h30:", "(14h00)", "7 giờ 30 phút -", "8g00", "7h30 - 11h00:" at the start of an item: its start time. */
    private static final Pattern TIME = Pattern.compile(
            "^(?:(?:vào\\s+)?lúc\\s+)?\\(?\\s*(\\d{1,2})\\s*(?:h|giờ|g(?=\\d{2})|:)\\s*(\\d{1,2})?\\s*(?:phút)?\\s*['’]?"
                    + "(?:\\s*(?:-|–|đến)\\s*\\d{1,2}\\s*(?:h|giờ|g(?=\\d{2}))\\s*(?:\\d{1,2})?\\s*(?:phút)?\\s*['’]?)?"
                    + "\\s*\\)?\\s*[:,.\\-–]?\\s*", FLAGS);
    private static final Pattern TIME_LEAD = Pattern.compile("^(?:(?:vào\\s+)?lúc\\s+)?\\(?\\d{1,2}\\s*(h|giờ|g\\d{2}|:)", FLAGS);
    private static final Pattern NON_WORKING = Pattern.compile("^(nghỉ\\b|nghỉ lễ|nghỉ tết)", FLAGS);
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^(tại\\s+|địa điểm\\s*:\\s*)?(p\\.\\s*họp|phòng họp|hội trường|trụ sở|nhà văn hóa|tầng \\d|sảnh)", FLAGS);
    private static final Pattern ITEM_START = Pattern.compile("\\s[-+•]\\s+(?=[\\p{Lu}(\\d])");
    /** "1. A 2. B", "1) A 2) B": numbered items in one cell; the number followed by a capital or a bracket. */
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}\\d/.,:\\-])(\\d{1,2})(?:[.)]\\s+|-(?!\\d)\\s*)(?=[\\p{Lu}(])");
    private static final Pattern TAIL_PLACE = Pattern.compile("[(,;]\\s*(?:tại|địa điểm:?)\\s+([^()]{3,80})\\)?\\s*$", FLAGS);
    /** "... . Địa điểm: X", "(Mời: ...)", "- Thành phần: ...": labelled fields after an item's content. */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "(?:^|[.;,]\\s*|\\(\\s*|\\s[-–]\\s*)(" + String.join("|", CalendarWords.fields().keySet()) + ")\\s*:"
                    // "... . Điểm tại Hội trường ...", "... . Mời lãnh đạo các Sở: ...": labels printed without a colon
                    + "|\\.\\s+(điểm(?=\\s+tại\\s)|mời(?=\\s))", FLAGS);
    /** "(Sở X chuẩn bị nội dung)", "(giao phòng Y chuẩn bị nội dung và hậu cần)": who prepares the item. */
    private static final Pattern PREPARED_BY = Pattern.compile(
            "\\(\\s*(?:giao\\s+)?([^()]{2,80}?)\\s+chuẩn bị(?:\\s[^()]*)?\\)", FLAGS);
    /** "(sáng)", "(chiều; dự: đ/c Triệu)", "(ngày; đ/c Triệu)": the session, and who goes, in a note after the item. */
    private static final Pattern SESSION_NOTE = Pattern.compile(
            "\\(\\s*(sáng|chiều|tối|ngày|cả ngày)\\s*(?:;\\s*([^()]*))?\\)\\s*[.;]?\\s*$", FLAGS);

    private final Lexicon lexicon;
    private final List<String> knownUnits;
    /** How a chair's line starts: the titles of the lexicon, short and long ("PCT", "Phó Chủ tịch", "Đ/c"). */
    private final List<String> titleStarts;

    public ScheduleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> units = new ArrayList<>(lexicon.abbreviationsOfKind("unit"));
        units.addAll(lexicon.abbreviationsOfKind("body"));
        units.sort((a, b) -> b.length() - a.length());
        this.knownUnits = units;
        LinkedHashSet<String> titles = new LinkedHashSet<>();
        for (String t : lexicon.abbreviationsOfKind("title")) {
            titles.add(t.toLowerCase(Locale.ROOT));
            String[] words = lexicon.abbreviations().get(t).expansion().toLowerCase(Locale.ROOT).split(" ");
            titles.add(String.join(" ", words));
            String[] shortForm = Arrays.copyOf(words, Math.min(words.length, words[0].equals("phó") ? 3 : 2));
            if (!shortForm[shortForm.length - 1].equals("ủy")) {
                titles.add(String.join(" ", shortForm)); // but "Tỉnh ủy" of "Tỉnh ủy viên" is a body, not a title
            }
        }
        titles.add("lãnh đạo");
        titles.addAll(CalendarWords.offices());
        this.titleStarts = List.copyOf(titles);
    }

    /** "Chủ tịch, PCT Lê Văn Bình", "Đ/c Hùng - PCT": a line naming who chairs, not where. */
    private boolean startsWithTitle(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String t : titleStarts) {
            if (l.startsWith(t) && (l.length() == t.length() || !Character.isLetter(l.charAt(t.length())))) {
                return true;
            }
        }
        return false;
    }

    public List<ScheduleRow> extract(SegmentedDocument doc, DocumentInfo info) {
        CalendarDates.When when = when(doc, info);
        List<ScheduleRow> rows = fromTables(doc, when, looksLikeCalendar(doc, info));
        if (rows.isEmpty()) {
            rows = fromLines(doc, when);
        }
        if (rows.isEmpty() && when.anchor() != null && looksLikeCalendar(doc, info)) {
            rows = fromParagraphs(doc, when);
        }
        return rows;
    }

    /**
     * The month of a monthly program ("THÁNG 10 NĂM 2021" in its title or heading), else the document's
     * date, else the first date of the heading ("(Từ ngày 14/7/2025 đến ngày 18/7/2025)").
     */
    private static CalendarDates.When when(SegmentedDocument doc, DocumentInfo info) {
        String head = doc.text().substring(0, Math.min(doc.text().length(), 3000));
        Optional<YearMonth> m = info.title() == null ? Optional.empty() : CalendarDates.monthHeading(info.title());
        if (m.isEmpty()) {
            m = CalendarDates.monthHeading(head);
        }
        if (m.isPresent()) {
            return new CalendarDates.When(m.get(), m.get().atDay(1));
        }
        if (info.date() != null) {
            return new CalendarDates.When(YearMonth.from(info.date()), info.date());
        }
        Optional<LocalDate> first = VietnameseDates.findFirst(head.substring(0, Math.min(head.length(), 600)), 0)
                .map(VietnameseDates.Found::date);
        if (first.isEmpty()) {
            first = firstDayByWeekday(doc);
        }
        return first.map(d -> new CalendarDates.When(YearMonth.from(d), d)).orElse(new CalendarDates.When(null, null));
    }

    /**
     * A calendar that prints no year anywhere ("HAI 30/10", "Thứ 2" / "14/7"): its first day dated by the
     * weekday printed with it, the latest such year not after today.
     */
    private static Optional<LocalDate> firstDayByWeekday(SegmentedDocument doc) {
        List<Block> blocks = doc.blocks();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < Math.min(blocks.size(), 400); i++) {
            String t = dayLine(blocks.get(i).text().strip());
            if (t.isEmpty() || CalendarWords.weekdayAt(t, 0) == null) {
                continue;
            }
            Optional<LocalDate> d = CalendarDates.firstByWeekday(t, today);
            if (d.isEmpty() && t.length() < 16 && i + 1 < blocks.size()) {
                d = CalendarDates.firstByWeekday(t + " " + blocks.get(i + 1).text().strip(), today); // "Thứ 2" / "14/7"
            }
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A work program or calendar by its title or heading lines: "Chương trình công tác tháng 10", "Lịch công
     * tác tuần", "Lịch làm việc" — not any text about "công tác" ("Nghị định về công tác văn thư").
     */
    private static boolean looksLikeCalendar(SegmentedDocument doc, DocumentInfo info) {
        StringBuilder sb = new StringBuilder(info.title() == null ? "" : info.title());
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < Math.min(12, blocks.size()); i++) {
            Block b = blocks.get(i);
            if (b.kind() != BlockKind.TABLE_ROW && b.text().length() < 200 && (i < 2 || Casing.mostlyUpper(b.text()))) {
                sb.append(' ').append(b.text());
            }
        }
        String t = sb.toString().toLowerCase(Locale.ROOT);
        return t.contains("lịch công tác") || t.contains("lịch làm việc") || t.contains("lịch tuần")
                || (t.contains("công tác") || t.contains("làm việc") || t.contains("sự kiện")) && (t.contains("tháng") || t.contains("tuần"));
    }

    // ---------------------------------------------------------------- tables

    /**
     * Where each field stands in a calendar table; {@code morning}/{@code afternoon}/{@code evening} are content
     * columns headed by a session ("THỨ | SÁNG | CHIỀU", a school's week), -1 when absent.
     */
    private record Columns(int day, int session, int time, int content, int place, int preparing, int chair,
                           int participants, int notes, int morning, int afternoon, int evening) {

        Columns(int day, int session, int time, int content, int place, int preparing, int chair, int participants) {
            this(day, session, time, content, place, preparing, chair, participants, -1, -1, -1, -1);
        }

        boolean bySession() {
            return morning >= 0 || afternoon >= 0;
        }
    }

    private List<ScheduleRow> fromTables(SegmentedDocument doc, CalendarDates.When when, boolean calendar) {
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
                Optional<LocalDate> day = cols != null && !otherTable && !b.closing() ? dayHeading(b.text(), when) : Optional.empty();
                if (day.isPresent()) {
                    date = day.get();
                    endDate = null;
                    lastSession = null;
                }
                Optional<LocalDate[]> week = cols != null && !otherTable && !b.closing() ? weekHeading(b.text(), when) : Optional.empty();
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
                if (!calendar || when.month() == null || cells.size() < 2
                        || CalendarDates.parseDay(cells.get(0).strip(), when).isEmpty()) {
                    continue;
                }
                cols = new Columns(0, -1, -1, 1, -1, 2, 3, -1);
            }
            if (cells.size() == 1 || nonBlankCells(cells) == 1 && !cell(cells, cols.day).isBlank()) {
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
            int[] contentCols = cols.bySession() ? new int[] {cols.morning, cols.afternoon, cols.evening} : new int[] {cols.content};
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
                List<String> places = places(cols.place >= 0 ? cell(cells, cols.place).strip() : "", items.size());
                // one group for several items ("PGĐ Hồ Văn Quang" beside "1. ... 2. ..."): it holds for each, as a place does
                units = sharedByAll(units, items.size());
                chairs = sharedByAll(chairs, items.size());
                int contentAt = b.span().start() + indexOfCell(rowText, contentCols[k] - shift);
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    boolean nonWorking = NON_WORKING.matcher(it.text).find();
                    List<String> u = units.size() > i ? units.get(i) : List.of();
                    if (u.isEmpty() && !it.units.isEmpty()) {
                        u = it.units;
                    }
                    List<String> c = chairs.size() > i ? chairs.get(i) : List.of();
                    if (c.isEmpty() && !it.chairs.isEmpty()) {
                        c = it.chairs;
                    }
                    String time = it.time != null ? it.time : rowTime;
                    String place = places.size() > i && !places.get(i).isEmpty() ? places.get(i) : it.place;
                    List<String> who = !participants.isEmpty() ? participants : it.participants;
                    Span span = new Span(contentAt + it.start, contentAt + it.end);
                    Session session = nonWorking ? Session.ALL_DAY : resolve(it.session, time);
                    out.add(new ScheduleRow(date, endDate, session, time, it.text, place, u, c, who, nonWorking, span));
                    lastSession = it.session;
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
    private static final Pattern LESSON = Pattern.compile("^(?:tiết\\s+\\d{1,2}(?:\\s*[+,-]\\s*\\d{1,2})*\\s*:\\s*)", FLAGS);

    private List<Item> sentences(String content, Session session) {
        List<Item> out = new ArrayList<>();
        int from = 0;
        int n = content.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            if (!end && content.charAt(i) == '.' && i + 2 < n && content.charAt(i + 1) == ' '
                    && Character.isUpperCase(content.codePointAt(i + 2)) && depth(content, from, i) == 0) {
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
                out.add(new Item(it.session, it.time, it.text, it.place, it.participants, it.chairs, it.units,
                        start + it.start, start + it.end));
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

    /**
     * The session given, else the one the clock tells as a reader takes it ("14h00 Họp ..." is an afternoon
     * item: before 12:00 morning, to 17:59 afternoon, then evening), else the whole day.
     */
    static Session resolve(Session given, String time) {
        if (given != null) {
            return given;
        }
        if (time == null) {
            return Session.ALL_DAY;
        }
        int hour = (time.charAt(0) - '0') * 10 + time.charAt(1) - '0';
        return hour < 12 ? Session.MORNING : hour < 18 ? Session.AFTERNOON : Session.EVENING;
    }

    /** A header row of another kind of table: "TT | Nội dung nhiệm vụ | Cơ quan chủ trì | ...". */
    private static boolean isOtherHeader(List<String> cells) {
        int hits = 0;
        for (String c : cells) {
            String l = c.toLowerCase(Locale.ROOT).strip();
            if (l.equals("tt") || l.equals("stt") || l.contains("nhiệm vụ") || l.contains("chỉ tiêu") || l.contains("đơn vị tính")
                    || l.contains("cơ quan chủ trì") || l.contains("phối hợp") || l.contains("sản phẩm")) {
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
            if (headed != null && headed != Session.ALL_DAY && bySession[headed.ordinal() - Session.MORNING.ordinal()] < 0
                    && c.replaceFirst("^buổi\\s+", "").length() <= 6) {
                bySession[headed.ordinal() - Session.MORNING.ordinal()] = i; // "SÁNG | CHIỀU": a content column per session
            } else if (c.contains("nội dung") || c.equals("công việc") || c.contains("nội dung công việc")) {
                content = i;
            } else if (c.startsWith("ghi chú")) {
                notes = i;
            } else if (c.contains("chuẩn bị") || c.contains("đơn vị thực hiện") || c.contains("tham mưu")) {
                preparing = i;
            } else if (c.contains("chủ trì") || c.startsWith("lãnh đạo")) {
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
            return new Columns(day, session, time, content, place, preparing, chair, participants, notes,
                    bySession[0], bySession[1], bySession[2]);
        }
        return null;
    }

    /** "01" → 1st of the month, "02-03" → 2nd to 3rd, "Thứ Hai (14/7)" → 14 July, "14/7/2025". */
    static Optional<LocalDate[]> parseDay(String cell, YearMonth month) {
        return CalendarDates.parseDay(cell, new CalendarDates.When(month, month == null ? null : month.atDay(1)));
    }

    private record Item(Session session, String time, String text, String place, List<String> participants,
                        List<String> chairs, List<String> units, int start, int end) {
    }

    /**
     * Splits a content cell into sessions ("Sáng:", "Chiều (14h00):") and items ("- A - B", "+ A + B"); a part
     * before any session word has {@code rowSession}, which is null when the row names none.
     */
    private List<Item> items(String content, Session rowSession) {
        List<Item> out = new ArrayList<>();
        Matcher m = SESSION.matcher(content);
        List<int[]> marks = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        List<String> times = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            sessions.add(sessionWord(m.group(1)));
            times.add(m.group(2) == null ? null : clock(m.group(2), m.group(3)));
        }
        if (marks.isEmpty() || marks.get(0)[0] > 0 && !content.substring(0, marks.get(0)[0]).isBlank()) {
            int end = marks.isEmpty() ? content.length() : marks.get(0)[0];
            splitItems(content, 0, end, rowSession, null, out);
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : content.length();
            splitItems(content, marks.get(i)[1], end, sessions.get(i), times.get(i), out);
        }
        return out;
    }

    private void splitItems(String content, int from, int to, Session session, String sessionTime, List<Item> out) {
        String seg = content.substring(from, to);
        String trimmed = seg.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        List<int[]> parts = new ArrayList<>();
        int lead = seg.indexOf(trimmed);
        if (trimmed.startsWith("-") || trimmed.startsWith("+") || trimmed.startsWith("•")) {
            String padded = " " + seg;
            Matcher m = ITEM_START.matcher(padded);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.end() - 1);
            }
            if (starts.isEmpty() || starts.get(0) > lead + 2) {
                starts.add(0, lead + 1);
            }
            for (int i = 0; i < starts.size(); i++) {
                int s = starts.get(i);
                int e = i + 1 < starts.size() ? starts.get(i + 1) - 2 : seg.length();
                parts.add(new int[] {Math.max(0, s), Math.max(s, e)});
            }
        } else if (!numbered(seg, lead, parts)) {
            parts.add(new int[] {lead, lead + trimmed.length()});
        }
        for (int[] p : parts) {
            String raw = seg.substring(p[0], Math.min(seg.length(), p[1]));
            String text = raw.strip().replaceFirst("^[-+•]\\s*", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            Session s = session;
            List<String> noteChairs = List.of();
            if (text.endsWith(")") || text.endsWith(").") || text.endsWith(");")) {
                Matcher note = SESSION_NOTE.matcher(text);
                if (note.find()) {
                    String w = note.group(1).toLowerCase(Locale.ROOT);
                    s = w.equals("ngày") ? Session.ALL_DAY : sessionWord(w);
                    if (note.group(2) != null) {
                        noteChairs = people(note.group(2).strip().replaceFirst("^(?iu)(dự|chủ trì)\\s*:\\s*", ""));
                    }
                    text = text.substring(0, note.start()).strip();
                }
            }
            Matcher allDay = ALL_DAY.matcher(text);
            if (allDay.find()) {
                s = Session.ALL_DAY;
                text = (text.substring(0, allDay.start()) + text.substring(allDay.end())).strip();
            }
            String time = parts.size() == 1 || p == parts.get(0) ? sessionTime : null;
            Matcher t = TIME.matcher(text);
            if (t.find() && t.end() < text.length() && TIME_LEAD.matcher(text).find()) {
                String c = clock(t.group(1), t.group(2));
                if (c != null) {
                    time = c;
                    text = text.substring(t.end()).strip();
                }
            }
            Fields f = fields(text);
            text = f.content;
            String place = f.place;
            if (place == null) {
                Matcher pl = TAIL_PLACE.matcher(text);
                if (pl.find()) {
                    place = pl.group(1).strip();
                    text = text.substring(0, pl.start()).strip();
                }
            }
            text = text.replaceFirst("[;,.]\\s*$", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            int start = from + p[0] + Math.max(0, raw.indexOf(raw.strip()));
            out.add(new Item(s, time, text, place, f.participants, f.chairs.isEmpty() ? noteChairs : f.chairs, f.units, start,
                    Math.min(content.length(), start + raw.strip().length())));
        }
    }

    /**
     * "1. Họp A 2. Họp B": one part per numbered item when the cell starts at "1." and counts up by one; the
     * numbers that do not follow ("Nghị quyết 2) ...", "Tổ 3.") stay inside their item. False when not numbered.
     */
    private static boolean numbered(String seg, int lead, List<int[]> parts) {
        char c0 = seg.charAt(lead);
        if (c0 != '1' || lead + 1 >= seg.length() || seg.charAt(lead + 1) != '.' && seg.charAt(lead + 1) != ')' && seg.charAt(lead + 1) != '-') {
            return false;
        }
        Matcher m = NUMBERED.matcher(seg);
        List<int[]> marks = new ArrayList<>();
        int next = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == next) {
                marks.add(new int[] {m.start(), m.end()});
                next++;
            }
        }
        if (marks.size() < 2 || marks.get(0)[0] != lead) {
            return false;
        }
        for (int i = 0; i < marks.size(); i++) {
            int e = i + 1 < marks.size() ? marks.get(i + 1)[0] : seg.length();
            parts.add(new int[] {marks.get(i)[1], e}); // the number itself is not content
        }
        return true;
    }

    private record Fields(String content, String place, List<String> participants, List<String> chairs, List<String> units) {
    }

    /** "Content. Địa điểm: X. Thành phần: A; B" / "Content (Mời: ...)": the labelled parts after the content. */
    private Fields fields(String text) {
        List<String> prepared = new ArrayList<>();
        if (text.indexOf('(') >= 0 && text.contains("chuẩn bị")) {
            Matcher pb = PREPARED_BY.matcher(text);
            StringBuilder rest = new StringBuilder();
            int last = 0;
            while (pb.find()) {
                prepared.addAll(names(pb.group(1)));
                rest.append(text, last, pb.start());
                last = pb.end();
            }
            if (last > 0) {
                text = rest.append(text.substring(last)).toString().replaceAll("\\s{2,}", " ").strip();
            }
        }
        if (text.indexOf(':') < 0 && !text.contains(". Điểm") && !text.contains(". Mời")) {
            return new Fields(text, null, List.of(), List.of(), List.copyOf(prepared));
        }
        Matcher m = FIELD_LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            if (m.start() == 0 && m.start(g) == 0 || m.start() > 0) {
                labels.add(new int[] {m.start(), m.end()});
                names.add(CalendarWords.fields().getOrDefault(m.group(g).toLowerCase(Locale.ROOT), "units"));
            }
        }
        if (labels.isEmpty() || labels.get(0)[0] == 0) {
            return new Fields(text, null, List.of(), List.of(), List.copyOf(prepared));
        }
        String place = null;
        List<String> participants = new ArrayList<>();
        List<String> chairs = new ArrayList<>();
        List<String> units = new ArrayList<>(prepared);
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            String value = text.substring(labels.get(i)[1], end).strip().replaceFirst("[.;,]?\\s*\\)?\\s*[.;]?$", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            String name = names.get(i);
            if (name.equals("place")) {
                // "Điểm: tại phòng họp số 1, UBND huyện. LĐVP: Đ/c Sử": the place is the first sentence, without "tại"
                int stop = value.indexOf(". ");
                place = (stop > 0 ? value.substring(0, stop) : value).replaceFirst("^(?iu)tại\\s+", "").strip();
            } else if (name.equals("participants")) {
                participants.addAll(listOf(value));
            } else if (name.equals("chairs")) {
                chairs.addAll(people(value));
            } else {
                units.addAll(names(value));
            }
        }
        String content = text.substring(0, labels.get(0)[0]).strip();
        return new Fields(content, place, List.copyOf(participants), List.copyOf(chairs), List.copyOf(units));
    }

    private static final Pattern SESSION_WORD = Pattern.compile("(?<![\\p{L}])(sáng|chiều|tối|cả ngày)(?![\\p{L}])", FLAGS);

    /** "Thứ Hai (04/10) Sáng", "Sáng 7 giờ 30": a session named inside a day or time cell; null when none is. */
    private static Session sessionIn(String dayCell) {
        if (dayCell == null || dayCell.isBlank()) {
            return null;
        }
        Matcher m = SESSION_WORD.matcher(dayCell);
        return m.find() ? sessionWord(m.group(1)) : null;
    }

    private static Session sessionWord(String w) {
        if (w == null) {
            return null;
        }
        String s = w.toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("buổi ")) {
            s = s.substring(5).strip();
        }
        if (s.startsWith("sáng")) {
            return Session.MORNING;
        }
        if (s.startsWith("chiều") || s.startsWith("trưa")) {
            return Session.AFTERNOON;
        }
        if (s.startsWith("tối")) {
            return Session.EVENING;
        }
        if (s.startsWith("cả ngày")) {
            return Session.ALL_DAY;
        }
        return null;
    }

    private static final Pattern HOUR = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*(?:h|giờ|g(?=\\d{2}))\\s*(\\d{1,2})?(?![\\d/])|(?<![\\d/])(\\d{1,2}):(\\d{2})(?![\\d/])", FLAGS);

    /** "Thứ Hai (04/10) Sáng 8h30", "Sáng 7 giờ 30", "07:30" → "08:30"; null when the cell gives no hour. */
    private static String hourIn(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher m = HOUR.matcher(cell);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? clock(m.group(1), m.group(2)) : clock(m.group(3), m.group(4));
    }

    /** "8", "30" → "08:30"; null for what is not a time of day. */
    private static String clock(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        return h < 24 && min < 60 ? String.format(Locale.ROOT, "%02d:%02d", h, min) : null;
    }

    /** A place cell that names one place per item, "P. họp 1; Hội trường", in order; else the one place for all. */
    private static List<String> places(String cell, int items) {
        if (cell.isEmpty()) {
            return List.of();
        }
        if (items > 1 && cell.indexOf(';') >= 0) {
            List<String> parts = listOf(cell);
            if (parts.size() == items) {
                return parts;
            }
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            all.add(cell);
        }
        return all;
    }

    /**
     * The preparing units of each item. One item: the names the cell lists ("VP, LĐVL"). Several items: the
     * groups in order, split at ";" when the cell uses it ("Chi cục CN&TY; Phòng KH-TC"), else by
     * {@link #groups}.
     */
    List<List<String>> unitGroups(String cell, int items) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        if (items == 1) {
            if (c.indexOf(',') >= 0 || c.indexOf(';') >= 0) {
                return List.of(names(c));
            }
            List<List<String>> g = groups(c, false);
            LinkedHashSet<String> all = new LinkedHashSet<>();
            g.forEach(all::addAll);
            // "VP Phòng CM" is two known units; "VP Điều phối NTM" is one name
            return List.of(all.stream().allMatch(knownUnits::contains) ? List.copyOf(all) : List.of(c));
        }
        if (c.indexOf(';') >= 0) {
            List<List<String>> out = new ArrayList<>();
            for (String part : c.split(";")) {
                out.add(names(part));
            }
            return out;
        }
        return enough(groups(c, false, false), groups(c, false, true), items);
    }

    /** The grouping by known names, else the one that also cuts before a body's head when only that counts the items. */
    private static List<List<String>> enough(List<List<String>> byKnown, List<List<String>> byHeads, int items) {
        return byKnown.size() < items && byHeads.size() == items ? byHeads : byKnown;
    }

    /** The chairs of each item, in order: "Đ/c Lạc - GĐ Đ/c Hà - PGĐ", "Đ/c Bí thư; Đ/c Phó Bí thư". */
    List<List<String>> chairGroups(String cell, int items) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        if (items == 1) {
            return List.of(people(c));
        }
        if (c.indexOf(';') >= 0) {
            List<List<String>> out = new ArrayList<>();
            for (String part : c.split(";")) {
                List<String> p = people(part);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            if (out.size() == items) {
                return out;
            }
        }
        if (!c.contains("Đ/c")) {
            List<List<String>> byTitles = byTitles(c);
            if (byTitles.size() > 1 && byTitles.size() <= items) {
                return byTitles;
            }
        }
        return groups(c, true);
    }

    /**
     * "Chủ tịch UBND huyện PCT Nguyễn Văn An" → [Chủ tịch UBND huyện] [PCT Nguyễn Văn An]: a chair cell for several
     * items cut where a title starts, except after a comma ("Chủ tịch, PCT Lê Văn Bình" chair together).
     */
    private List<List<String>> byTitles(String cell) {
        String[] tokens = cell.split("\\s+");
        List<List<String>> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < tokens.length) {
            int len = titleLength(tokens, i);
            if (len > 0 && i > from && !tokens[i - 1].endsWith(",")) {
                out.add(names(String.join(" ", Arrays.copyOfRange(tokens, from, i))));
                from = i;
            }
            i += Math.max(1, len);
        }
        out.add(names(String.join(" ", Arrays.copyOfRange(tokens, from, tokens.length))));
        return out;
    }

    /** How many words of a title ("PCT", "Phó Chủ tịch") start at {@code i}; 0 when none does. */
    private int titleLength(String[] tokens, int i) {
        int best = 0;
        for (String t : titleStarts) {
            String[] tw = t.split(" ");
            if (tw.length <= best || i + tw.length > tokens.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < tw.length && ok; k++) {
                ok = tokens[i + k].replaceFirst("[,;]$", "").toLowerCase(Locale.ROOT).equals(tw[k]);
            }
            if (ok && Character.isUpperCase(tokens[i].codePointAt(0))) {
                best = tw.length;
            }
        }
        return best;
    }

    /**
     * Splits a cell listing units or chairs for several items, in order: "VP, LĐVL VP, phòng CM VP" →
     * [VP, LĐVL] [VP, phòng CM] [VP]; "Đ/c Lạc - TUV, GD Đ/c Công - PGĐ" → [Đ/c Lạc - TUV, GD] [Đ/c Công - PGĐ].
     * A comma keeps the next name in the same item's group; a known name without a comma closes it.
     */
    List<List<String>> groups(String cell, boolean people) {
        return groups(cell, people, false);
    }

    /** {@code cutAtHeads}: an unknown name also ends before a capitalised body head ("Trung tâm Khuyến nông Chi cục Thủy sản"). */
    private List<List<String>> groups(String cell, boolean people, boolean cutAtHeads) {
        String c = cell == null ? "" : cell.strip();
        List<List<String>> out = new ArrayList<>();
        if (c.isEmpty()) {
            return out;
        }
        if (people && c.contains("Đ/c")) {
            String[] parts = c.split("(?=Đ/c\\s)");
            List<String> pending = new ArrayList<>();
            for (String p : parts) {
                String t = p.strip().replaceFirst("[;,]$", "").strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (!t.startsWith("Đ/c")) {
                    out.addAll(groups(t, false));
                    continue;
                }
                pending.add(t);
                out.add(List.copyOf(pending));
                pending.clear();
            }
            return out;
        }
        String[] tokens = c.split("\\s+");
        List<String> group = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int matched = knownUnitAt(tokens, i);
            String name = matched == 0 ? null
                    : String.join(" ", Arrays.copyOfRange(tokens, i, i + matched)).replaceFirst("[,;]$", "");
            boolean comma;
            if (matched > 0) {
                comma = tokens[i + matched - 1].endsWith(",");
                i += matched;
            } else {
                // an unknown name runs to the next comma or known name
                StringBuilder sb = new StringBuilder();
                comma = false;
                while (i < tokens.length) {
                    String tok = tokens[i];
                    if (sb.length() > 0 && startsKnown(tokens, i)) {
                        break;
                    }
                    if (cutAtHeads && sb.indexOf(" ") > 0 && Character.isUpperCase(tok.codePointAt(0))
                            && !isHead(sb.toString()) && startsWithHead(String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)))) {
                        break;
                    }
                    sb.append(sb.length() == 0 ? "" : " ").append(tok);
                    i++;
                    if (tok.endsWith(",") || tok.endsWith(";")) {
                        comma = true;
                        break;
                    }
                }
                name = sb.toString().replaceFirst("[,;]$", "");
            }
            if (!name.isBlank()) {
                group.add(name);
            }
            if (!comma) {
                out.add(List.copyOf(group));
                group.clear();
            }
        }
        if (!group.isEmpty()) {
            out.add(List.copyOf(group));
        }
        return out;
    }

    /** A known unit's words, all of them, start at {@code i} ("phòng CM", not "phòng" of "Văn phòng Sở"). */
    private boolean startsKnown(String[] tokens, int i) {
        return knownUnitAt(tokens, i) > 0;
    }

    /** How many words the known unit starting at {@code i} has (its last may carry a "," or ";"); 0 for none. */
    private int knownUnitAt(String[] tokens, int i) {
        for (String u : knownUnits) {
            String[] uw = u.split(" ");
            if (i + uw.length > tokens.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < uw.length && ok; k++) {
                String tok = tokens[i + k];
                ok = (k == uw.length - 1 ? tok.replaceFirst("[,;]$", "") : tok).equals(uw[k]);
            }
            if (ok) {
                return uw.length;
            }
        }
        return 0;
    }

    private boolean isHead(String phrase) {
        for (String h : lexicon.actorHeads()) {
            if (h.equalsIgnoreCase(phrase.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The chairs of a single item: "Đ/c A - PGĐ Đ/c B - PGĐ" → two, "Chủ tịch, PCT Lê Văn B" → two, "Chủ tịch UBND huyện" → one. */
    List<String> people(String cell) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        if (!c.contains("Đ/c")) {
            return names(c);
        }
        List<String> out = new ArrayList<>();
        for (String p : c.split("(?=Đ/c\\s)|;\\s*")) {
            String t = p.strip().replaceFirst("[;,.]$", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The names a cell lists, split at ";" and ",": "VP, LĐVL" → two; but a comma inside a name keeps it whole:
     * "Sở Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo phòng, chống thiên tai".
     */
    List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        for (String group : cell.split("[;\\n]")) {
            StringBuilder name = null;
            for (String piece : group.split(",")) {
                String t = piece.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (name != null && continuesName(name.toString(), t)) {
                    name.append(", ").append(t);
                    continue;
                }
                addName(out, name);
                name = new StringBuilder(t);
            }
            addName(out, name);
        }
        return out;
    }

    private static void addName(List<String> out, StringBuilder name) {
        if (name != null) {
            String t = name.toString().replaceFirst("^[-+•]\\s*", "").replaceFirst("[.]$", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }

    /** "Sở Văn hóa" + "Thể thao và Du lịch", "Ban Chỉ đạo phòng" + "chống thiên tai": one name cut at its comma. */
    private boolean continuesName(String left, String right) {
        if (startsWithHead(right) || startsKnown(right.split("\\s+"), 0)) {
            return false;
        }
        return Character.isLowerCase(right.codePointAt(0)) || startsWithHead(left) && right.contains(" và ");
    }

    private boolean startsWithHead(String phrase) {
        String l = phrase.toLowerCase(Locale.ROOT);
        for (String h : lexicon.actorHeads()) {
            String k = h.toLowerCase(Locale.ROOT);
            if (l.startsWith(k) && (l.length() == k.length() || !Character.isLetterOrDigit(l.charAt(k.length())))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> listOf(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("[;\\n]")) {
            String t = p.strip().replaceFirst("^[-+•]\\s*", "").replaceFirst("[.]$", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- one cell per line

    /**
     * Web calendars printed one cell per line: a weekday line (with or without its date), optional date
     * line, session line, then items, each optionally followed by a place line and a chair/participants line;
     * and a leader's week in paragraphs, a weekday heading and one bullet per item.
     */
    private List<ScheduleRow> fromLines(SegmentedDocument doc, CalendarDates.When when) {
        List<ScheduleRow> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        long weekdays = blocks.stream().filter(b -> b.text().length() < 60 && WEEKDAY.matcher(dayLine(b.text().strip())).find()).count();
        if (weekdays < 2 || when.anchor() == null) {
            return out;
        }
        LocalDate date = null;
        LocalDate endDate = null;
        boolean dateLineJustSeen = false; // "04/11" printed above its "Thứ Hai"
        Session session = null;
        String pendingTime = null; // "7h30" on its own line, the hour cell of the item below
        ScheduleRow open = null;
        int fieldsAfterItem = 0;
        boolean chairsGoOn = false; // "Chủ tịch," / "Các Phó Chủ tịch liên quan": a chair cell wrapped after its comma
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            String t = b.text().strip();
            if (b.closing()) {
                break;
            }
            String dl = dayLine(t);
            Matcher wd = WEEKDAY.matcher(dl);
            if (t.length() < 60 && wd.find()) {
                flush(out, open);
                open = null;
                Optional<LocalDate[]> d = CalendarDates.parseDay(dl, when);
                if (d.isPresent()) {
                    date = d.get()[0];
                    endDate = d.get()[1];
                } else if (!dateLineJustSeen) {
                    date = null;
                    endDate = null;
                }
                dateLineJustSeen = false;
                session = null;
                pendingTime = null;
                String rest = dl.substring(wd.end()).replaceAll("[\\d/(),.\\-\\s]", "");
                if (!rest.isEmpty() && sessionWord(rest) != null) {
                    session = sessionWord(rest);
                }
                continue;
            }
            String bare = t.length() <= 14 ? t.replaceAll("^[(\\[]|[)\\]:.]$", "").strip() : "";
            if (!bare.isEmpty() && CalendarDates.DAY_MONTH.matcher(bare).matches()) {
                // a date alone on its line: "14/7" under (or above) its weekday
                flush(out, open);
                open = null;
                Matcher dm = CalendarDates.DAY_MONTH.matcher(bare);
                date = dm.matches() ? CalendarDates.resolve(dm, when).orElse(null) : null;
                endDate = null;
                session = null;
                pendingTime = null;
                dateLineJustSeen = date != null;
                continue;
            }
            dateLineJustSeen = false;
            if (date == null) {
                continue;
            }
            Session s = sessionWord(t.replaceFirst("[:：]$", ""));
            if (s != null && t.length() <= 12) {
                flush(out, open);
                open = null;
                session = s;
                continue;
            }
            boolean timed = TIME.matcher(t).lookingAt() && TIME_LEAD.matcher(t).find();
            Matcher whole = TIME.matcher(t);
            if (timed && whole.lookingAt() && whole.end() == t.length()) {
                flush(out, open);
                open = null;
                pendingTime = hourIn(t);
                continue;
            }
            if (!timed && Casing.mostlyUpper(t) && t.split("\\s+").length >= 3) {
                // a signature or the next part's heading ends the day ("VĂN PHÒNG UBND TỈNH")
                flush(out, open);
                open = null;
                date = null;
                continue;
            }
            Matcher sm = SESSION.matcher(t);
            boolean sessionLead = sm.find() && sm.start() == 0;
            if (sessionLead) {
                session = sessionWord(sm.group(1)); // "Chiều: ..." on its own line opens the afternoon
            }
            Matcher num = NUMBERED.matcher(t);
            boolean numberedLine = num.lookingAt(); // "1. Họp giao ban" / "2. Tiếp công dân", one item a line
            boolean startsItem = timed || sessionLead || numberedLine || t.startsWith("-") || t.startsWith("+") || open == null
                    || open.place() != null && !PLACE_LINE.matcher(t).find() && placeFollows(blocks, bi); // an untimed item before its place
            if (!startsItem && chairsGoOn) {
                open = withChairs(open, t);
                chairsGoOn = t.endsWith(",");
                continue;
            }
            if (!startsItem && fieldsAfterItem == 0 && !PLACE_LINE.matcher(t).find() && placeFollows(blocks, bi)
                    && !labelled(t) && !startsWithTitle(t)) {
                // "(8h30) Hội nghị Thường trực" / "Tỉnh ủy" / "P. họp TV": the content cell wrapped before its place
                open = withContent(open, open.content() + " " + t);
                continue;
            }
            chairsGoOn = false;
            if (!startsItem && fieldsAfterItem < 3) {
                String lower = t.toLowerCase(Locale.ROOT);
                if (PLACE_LINE.matcher(t).find() || lower.startsWith("địa điểm")) {
                    open = withPlace(open, t.replaceFirst("^(?iu)(địa điểm\\s*:\\s*|tại\\s+)", ""));
                } else if (lower.startsWith("thành phần") || lower.startsWith("tp:") || lower.startsWith("mời:")) {
                    open = withParticipants(open, t.replaceFirst("^(?iu)(thành phần|tp|mời)\\s*:?\\s*", ""));
                } else if (lower.startsWith("chuẩn bị") || lower.startsWith("đơn vị chuẩn bị")) {
                    open = withUnits(open, t.replaceFirst("^(?iu)(đơn vị )?chuẩn bị\\s*:?\\s*", ""));
                } else if (lower.startsWith("chủ trì") || lower.startsWith("lãnh đạo chủ trì")) {
                    open = withChairs(open, t.replaceFirst("^(?iu)(chủ trì|lãnh đạo chủ trì)\\s*:?\\s*", ""));
                } else if (looksLikeParticipants(lower)) {
                    open = withParticipants(open, t); // "Lãnh đạo các phòng, đơn vị", "Đại diện UBND các xã"
                } else if (startsWithTitle(t) || lower.startsWith("đồng chí") || looksLikePersonName(t)) {
                    open = withChairs(open, t); // "PCT Lê Văn Bình", "Đ/c Hùng", "Nguyễn Văn Hải"
                    chairsGoOn = t.endsWith(",");
                } else if (open.place() == null) {
                    open = withPlace(open, t); // "UBND xã Tùng Ảnh", "Các xã": where, printed without a label
                } else {
                    open = withChairs(open, t);
                }
                fieldsAfterItem++;
                continue;
            }
            flush(out, open);
            // one line, one item: a bullet's " - " further on is a dash inside it ("Tài chính - Kế hoạch")
            String line = numberedLine ? t.substring(num.end()) : t.replaceFirst("^[-+•]\\s*", "");
            Item it = items(line, session).stream().findFirst().orElse(null);
            if (it == null) {
                open = null;
                continue;
            }
            if (it.time == null && pendingTime != null) {
                it = new Item(it.session, pendingTime, it.text, it.place, it.participants, it.chairs, it.units, it.start, it.end);
            }
            pendingTime = null;
            int at = b.span().start() + Math.max(0, b.text().indexOf(it.text));
            boolean nonWorking = NON_WORKING.matcher(it.text).find();
            Session rowSession = nonWorking ? Session.ALL_DAY : resolve(it.session, it.time);
            open = new ScheduleRow(date, endDate, rowSession, it.time, it.text, it.place, it.units, it.chairs, it.participants,
                    nonWorking, new Span(at, Math.min(doc.text().length(), at + it.text.length())));
            fieldsAfterItem = 0;
        }
        flush(out, open);
        return out;
    }

    /** "a) Thứ hai, ngày 3-11-2025:", "* Thứ Sáu: 17/10", "- THỨ BA": a day line without its list mark. */
    static String dayLine(String t) {
        int i = 0;
        if (t.length() > 2 && Character.isLetter(t.charAt(0)) && t.charAt(1) == ')') {
            i = 2; // "a)", "b)"
        } else if (!t.isEmpty() && "*-+•".indexOf(t.charAt(0)) >= 0) {
            i = 1;
        }
        while (i > 0 && i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i == 0 ? t : t.substring(i);
    }

    /** "Xã Tân Hòa", "Thị trấn Đồi Ngô", "Khu Công nghiệp": a place named like a person, by its first word. */
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|thôn|xóm|bản|ấp|khu|cụm|tổ|làng|trường|nhà|trạm|đồn|cảng)\\s",
            FLAGS);

    /** Who attends, as groups: "Lãnh đạo các phòng, đơn vị", "Các thành viên Ban Chỉ đạo", "Đại diện UBND các xã". */
    private static boolean looksLikeParticipants(String lower) {
        return lower.startsWith("lãnh đạo các ") || lower.startsWith("đại diện ") || lower.startsWith("thành viên ")
                || lower.startsWith("toàn thể ") || lower.startsWith("các thành viên") || lower.startsWith("các đồng chí")
                || lower.startsWith("cán bộ") || lower.startsWith("mời ");
    }

    /**
     * A person's name printed alone as the chair cell: two to five capitalised words, no digit, not a body
     * ("Nguyễn Văn Hải", but not "UBND xã Tùng Ảnh", "Hội trường A", "Sở Y tế").
     */
    private boolean looksLikePersonName(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 2 || words.length > 5 || startsWithHead(line) || startsKnown(words, 0)
                || PLACE_NOUN.matcher(line).lookingAt()) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.length() > 1 && Casing.mostlyUpper(w)) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- paragraphs

    /**
     * A program printed as paragraphs, no table: "Ngày 05/11 (Thứ Ba): content", "Thứ Hai (04/11): Sáng: ... Chiều:
     * ...", and week blocks "Tuần 2 (từ 11 - 15/11)" with bullet items under them (dated the whole week).
     */
    private List<ScheduleRow> fromParagraphs(SegmentedDocument doc, CalendarDates.When when) {
        List<ScheduleRow> out = new ArrayList<>();
        LocalDate date = null;
        LocalDate endDate = null;
        int datedLines = 0;
        for (Block b : doc.blocks()) {
            if (b.closing()) {
                break;
            }
            if (b.kind() == BlockKind.TABLE_ROW) {
                date = null;
                continue;
            }
            String text = b.text();
            String t = text.strip();
            if (t.isEmpty()) {
                continue;
            }
            String rest = null;
            if (startsLikeDay(t)) {
                int colon = t.indexOf(':');
                String head = colon > 0 && colon <= 48 ? t.substring(0, colon) : t.length() <= 48 ? t : "";
                Optional<LocalDate[]> d = head.isEmpty() ? Optional.empty() : CalendarDates.parseDay(head, when);
                if (d.isPresent()) {
                    date = d.get()[0];
                    endDate = d.get()[1];
                    rest = colon > 0 && colon <= 48 ? t.substring(colon + 1) : "";
                    datedLines++;
                }
            }
            if (rest == null) {
                char c = t.charAt(0);
                boolean item = c == '-' || c == '+' || c == '•' || c == '–' && t.length() > 1;
                Matcher sm = item ? null : SESSION.matcher(t);
                // "- Ngày 23/11, ...", "- ... họp vào chiều 27/11 ...": a bullet with a day of its own needs no dated block
                boolean ownDay = item && date == null && t.indexOf('/') > 0
                        && (startsLikeDay(t.substring(1).strip()) || sentenceDay(t) != null);
                if (date == null && !ownDay || !item && !(sm.find() && sm.start() == 0)) {
                    date = null; // prose or the next part's heading ends the dated block
                    continue;
                }
                rest = t;
            }
            if (rest.isBlank()) {
                continue;
            }
            LocalDate itemDate = date;
            LocalDate itemEnd = endDate;
            String bare = rest.strip().replaceFirst("^[-+•–]\\s*", "");
            int colon = bare.indexOf(':');
            if (colon < 0 || colon > 48) {
                int comma = bare.indexOf(", ");
                colon = comma > 0 && comma <= 24 ? comma : -1; // "- Ngày 23/11, Hội đồng nhân dân tỉnh khai mạc ..."
            }
            boolean ownDate = false;
            if (bare.length() < rest.strip().length() && colon > 0 && colon <= 48 && startsLikeDay(bare)) {
                // "- Ngày 20/11: ..." inside a week block: that item's own day
                Optional<LocalDate[]> d = CalendarDates.parseDay(bare.substring(0, colon), when);
                if (d.isPresent()) {
                    itemDate = d.get()[0];
                    itemEnd = d.get()[1];
                    rest = bare.substring(colon + 1);
                    ownDate = true;
                }
            }
            Session sentenceSession = null;
            if (!ownDate && rest.indexOf('/') > 0) {
                String[] sd = sentenceDay(rest);
                Optional<LocalDate[]> d = sd == null ? Optional.empty() : CalendarDates.parseDay(sd[1], when);
                if (d.isPresent()) {
                    itemDate = d.get()[0]; // "... họp vào chiều 27/11 để ...": the day and session inside the sentence
                    itemEnd = null;
                    sentenceSession = sd[0].equalsIgnoreCase("ngày") ? null : sessionWord(sd[0]);
                    ownDate = true;
                }
            }
            if (ownDate && date == null) {
                datedLines++;
            }
            if (itemDate == null) {
                continue;
            }
            int restAt = b.span().start() + text.indexOf(t) + (t.length() - rest.length());
            for (Item it : items(rest, sentenceSession)) {
                boolean nonWorking = NON_WORKING.matcher(it.text).find();
                Session session = nonWorking ? Session.ALL_DAY : resolve(it.session, it.time);
                flush(out, new ScheduleRow(itemDate, itemEnd, session, it.time, it.text, it.place, it.units, it.chairs,
                        it.participants, nonWorking, new Span(restAt + it.start, restAt + it.end)));
            }
        }
        // one dated line in a plan ("Ngày 20/11: tổ chức lễ kỷ niệm") is prose, not a program of days
        return datedLines >= 2 ? out : List.of();
    }

    /** "vào chiều 27/11", "sáng 05/12/2026", "vào ngày 3/12": a day named inside an item's sentence. */
    private static final Pattern SENTENCE_DAY = Pattern.compile(
            "(?<![\\p{L}])(?:vào\\s+(ngày)|(?:vào\\s+)?(sáng|chiều|tối))\\s+(?:ngày\\s+)?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?)(?![\\d/])", FLAGS);

    /** The day inside a sentence: {session word or "ngày", day/month}; null when none. */
    private static String[] sentenceDay(String t) {
        Matcher m = SENTENCE_DAY.matcher(t);
        return m.find() ? new String[] {m.group(1) != null ? m.group(1) : m.group(2), m.group(3)} : null;
    }

    /** "Ngày 05/11 ...", "Tuần 2 (từ 11 - 15/11)", "Thứ Ba (05/11): ...", "Từ ngày 18 đến 22/11: ...": a dated line's start. */
    private static boolean startsLikeDay(String t) {
        if (t.length() < 6) {
            return false;
        }
        String lower = t.substring(0, Math.min(t.length(), 12)).toLowerCase(Locale.ROOT);
        return (lower.startsWith("ngày ") || lower.startsWith("tuần ") || lower.startsWith("từ ngày "))
                && lower.chars().anyMatch(Character::isDigit) || WEEKDAY.matcher(t).lookingAt();
    }

    private void flush(List<ScheduleRow> out, ScheduleRow row) {
        if (row != null && row.date() != null) {
            out.add(row.chairs().isEmpty() ? withSubjectChairs(row) : row);
        }
    }

    /** An item that names no chair but opens with who does it ("Chủ tịch, các Phó Chủ tịch làm việc ..."): those are its chairs. */
    private ScheduleRow withSubjectChairs(ScheduleRow r) {
        List<String> chairs = subjectChairs(r.content());
        return chairs.isEmpty() ? r : new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                r.preparingUnits(), chairs, r.participants(), r.nonWorking(), r.span());
    }

    /**
     * The leaders an item's sentence opens with, before its verb: "Chủ tịch UBND, các Phó Chủ tịch HĐND, UBND dự ..." →
     * [Chủ tịch UBND] [các Phó Chủ tịch HĐND, UBND]; "Phó Chủ tịch Thường trực Trần Trung Kiên dự ..." → one. A title
     * must open it (not "Đồng chí", which names no office) and a verb in lower case must follow; else none.
     */
    private static final java.util.Set<String> LEVEL_WORDS = java.util.Set.of("tỉnh", "huyện", "xã", "quận", "phường", "thị", "trấn",
            "thành", "phố", "ủy", "uỷ");

    List<String> subjectChairs(String content) {
        String[] tokens = content.split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        int from = 0;
        while (i < tokens.length) {
            int at = i;
            if (tokens[i].equals("các") && i + 1 < tokens.length) {
                at = i + 1;
            }
            int len = titleLength(tokens, at);
            String first = tokens[at].toLowerCase(Locale.ROOT);
            if (len == 0 || first.startsWith("đ/c") || first.equals("đồng") || first.equals("lãnh")) {
                return List.of(); // no title where one should stand: not a subject of leaders
            }
            i = at + len;
            boolean comma = tokens[i - 1].endsWith(",");
            while (!comma && i < tokens.length) {
                String tok = tokens[i];
                boolean capital = Character.isUpperCase(tok.codePointAt(0));
                boolean standing = tok.equals("Thường") && i + 1 < tokens.length && tokens[i + 1].startsWith("trực");
                if (standing) {
                    i += 2;
                } else if (LEVEL_WORDS.contains(tok.replaceFirst(",$", ""))) {
                    i++; // "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy": the level of the body the title is of
                } else if (capital && titleLength(tokens, i) == 0) {
                    i++;
                } else {
                    break;
                }
                comma = tokens[i - 1].endsWith(",");
                if (comma && i < tokens.length && Character.isUpperCase(tokens[i].codePointAt(0))
                        && titleLength(tokens, i) == 0 && !tokens[i].equals("Thường")) {
                    comma = false; // "HĐND, UBND": the bodies of one title
                }
            }
            if (i >= tokens.length) {
                return List.of(); // no verb follows: a list of people, not a sentence's subject
            }
            out.add(String.join(" ", Arrays.copyOfRange(tokens, from, i)).replaceFirst(",$", ""));
            from = i;
            if (!comma) {
                boolean verb = Character.isLowerCase(tokens[i].codePointAt(0)) && !tokens[i].equals("các");
                return verb ? out : List.of();
            }
        }
        return List.of();
    }

    /** "Chủ trì: ...", "Thành phần: ...": a line that opens with a field label of the lexicon. */
    private static boolean labelled(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= 24 && CalendarWords.fields().containsKey(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean placeFollows(List<Block> blocks, int i) {
        return i + 1 < blocks.size() && PLACE_LINE.matcher(blocks.get(i + 1).text().strip()).find();
    }

    private static ScheduleRow withContent(ScheduleRow r, String content) {
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), content, r.place(),
                r.preparingUnits(), r.chairs(), r.participants(), r.nonWorking(), r.span());
    }

    private static ScheduleRow withPlace(ScheduleRow r, String place) {
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), place.strip(),
                r.preparingUnits(), r.chairs(), r.participants(), r.nonWorking(), r.span());
    }

    private ScheduleRow withChairs(ScheduleRow r, String chairs) {
        List<String> c = new ArrayList<>(r.chairs());
        c.addAll(people(chairs));
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                r.preparingUnits(), c, r.participants(), r.nonWorking(), r.span());
    }

    private static ScheduleRow withParticipants(ScheduleRow r, String who) {
        List<String> p = new ArrayList<>(r.participants());
        p.addAll(listOf(who));
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                r.preparingUnits(), r.chairs(), p, r.nonWorking(), r.span());
    }

    private ScheduleRow withUnits(ScheduleRow r, String units) {
        List<String> u = new ArrayList<>(r.preparingUnits());
        u.addAll(names(units));
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                u, r.chairs(), r.participants(), r.nonWorking(), r.span());
    }
}
