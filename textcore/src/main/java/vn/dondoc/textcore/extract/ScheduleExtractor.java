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
 * unit and chair cells list them in order; and web calendars printed one cell per line ("Thứ 2" /
 * "14/7" / "Sáng" / "(8h30) Hội nghị ..." / "P. họp TV" / "Chủ tịch, ..."). Stateless and thread-safe.
 */
public final class ScheduleExtractor {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SESSION = Pattern.compile(
            "(?<![\\p{L}])(sáng|chiều|tối|trưa|cả ngày)(?:\\s+(?:thứ\\s+\\S+|ngày\\s+[\\d/]+))?\\s*[:：]", FLAGS);
    private static final Pattern DAY_RANGE = Pattern.compile("^(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})$");
    private static final Pattern DAY = Pattern.compile("^(\\d{1,2})$");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)(?<!\\d)(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(thứ\\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)\\b", FLAGS);
    private static final Pattern ALL_DAY = Pattern.compile("\\(\\s*(cả ngày|cả buổi|ngày)\\s*\\)", FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "^\\(?\\s*(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?\\s*(?:phút)?\\s*(?:['’]|\\))?\\s*[:,.\\-–]?\\s*", FLAGS);
    private static final Pattern NON_WORKING = Pattern.compile("^(nghỉ\\b|nghỉ lễ|nghỉ tết)", FLAGS);
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^(tại\\s+|địa điểm\\s*:\\s*)?(p\\.\\s*họp|phòng họp|hội trường|trụ sở|nhà văn hóa|tầng \\d|sảnh)", FLAGS);
    private static final Pattern ITEM_START = Pattern.compile("\\s[-+•]\\s+(?=[\\p{Lu}(\\d])");

    private final Lexicon lexicon;
    private final List<String> knownUnits;

    public ScheduleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> units = new ArrayList<>(lexicon.abbreviationsOfKind("unit"));
        units.addAll(lexicon.abbreviationsOfKind("body"));
        units.sort((a, b) -> b.length() - a.length());
        this.knownUnits = units;
    }

    public List<ScheduleRow> extract(SegmentedDocument doc, DocumentInfo info) {
        YearMonth month = month(doc, info);
        List<ScheduleRow> rows = fromTables(doc, month, looksLikeCalendar(info));
        if (rows.isEmpty()) {
            rows = fromLines(doc, month, info);
        }
        return rows;
    }

    private static YearMonth month(SegmentedDocument doc, DocumentInfo info) {
        if (info.title() != null) {
            Optional<YearMonth> m = VietnameseDates.findMonthHeading(info.title());
            if (m.isPresent()) {
                return m.get();
            }
        }
        String head = doc.text().substring(0, Math.min(doc.text().length(), 3000));
        Optional<YearMonth> m = VietnameseDates.findMonthHeading(head);
        if (m.isPresent()) {
            return m.get();
        }
        if (info.date() != null) {
            return YearMonth.from(info.date());
        }
        // "(Từ ngày 14/7/2025 đến ngày 18/7/2025)": a weekly calendar dates itself in its heading
        return VietnameseDates.findFirst(head.substring(0, Math.min(head.length(), 600)), 0)
                .map(f -> YearMonth.from(f.date())).orElse(null);
    }

    // ---------------------------------------------------------------- tables

    private record Columns(int day, int session, int time, int content, int place, int preparing, int chair,
                           int participants) {
    }

    private List<ScheduleRow> fromTables(SegmentedDocument doc, YearMonth month, boolean calendar) {
        List<ScheduleRow> out = new ArrayList<>();
        boolean otherTable = false;
        Columns cols = null;
        LocalDate date = null;
        LocalDate endDate = null;
        Session lastSession = null;
        for (Block b : doc.blocks()) {
            if (b.kind() != BlockKind.TABLE_ROW) {
                continue;
            }
            List<String> cells = Arrays.asList(b.text().split("\t", -1));
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
                if (!calendar || month == null || cells.size() < 2 || parseDay(cells.get(0).strip(), month).isEmpty()) {
                    continue;
                }
                cols = new Columns(0, -1, -1, 1, -1, 2, 3, -1);
            }
            String dayCell = cell(cells, cols.day);
            if (!dayCell.isBlank()) {
                Optional<LocalDate[]> d = parseDay(dayCell, month);
                if (d.isEmpty()) {
                    continue;
                }
                date = d.get()[0];
                endDate = d.get()[1];
                lastSession = null;
            }
            if (date == null) {
                continue;
            }
            String content = cell(cells, cols.content);
            if (content.isBlank()) {
                continue;
            }
            Session columnSession = cols.session >= 0 ? sessionWord(cell(cells, cols.session)) : sessionIn(dayCell);
            if (columnSession == null && cols.session >= 0 && cell(cells, cols.session).isBlank() && lastSession != null) {
                columnSession = lastSession;
            }
            List<Item> items = items(content, columnSession);
            if (items.isEmpty()) {
                continue;
            }
            List<List<String>> units = groups(cell(cells, cols.preparing), false);
            List<List<String>> chairs = items.size() == 1 ? List.of(people(cell(cells, cols.chair)))
                    : groups(cell(cells, cols.chair), true);
            List<String> participants = cols.participants >= 0 ? listOf(cell(cells, cols.participants)) : List.of();
            String placeCell = cols.place >= 0 ? cell(cells, cols.place).strip() : "";
            String timeCell = cols.time >= 0 ? cell(cells, cols.time).strip() : "";
            int contentAt = b.span().start() + indexOfCell(b.text(), cols.content);
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                boolean nonWorking = NON_WORKING.matcher(it.text).find();
                List<String> u = pick(units, i, items.size());
                List<String> c = pick(chairs, i, items.size());
                String time = it.time != null ? it.time : !timeCell.isEmpty() ? normalizeTime(timeCell) : hourIn(dayCell);
                String place = !placeCell.isEmpty() ? placeCell : it.place;
                Span span = new Span(contentAt + it.start, contentAt + it.end);
                out.add(new ScheduleRow(date, endDate, nonWorking ? Session.ALL_DAY : it.session, time, it.text, place,
                        u, c, participants, nonWorking, span));
                lastSession = it.session;
            }
        }
        return out;
    }

    /** A work program or calendar by its title: "Chương trình công tác tháng 10", "Lịch công tác tuần". */
    private static boolean looksLikeCalendar(DocumentInfo info) {
        String t = ((info.title() == null ? "" : info.title()) + " " + (info.type() == null ? "" : info.type().name()))
                .toLowerCase(Locale.ROOT);
        return t.contains("công tác") || t.contains("lịch") || t.contains("làm việc") || t.contains("chuong_trinh");
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
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).toLowerCase(Locale.ROOT).strip();
            if (c.isEmpty() || c.length() > 60) {
                continue;
            }
            if (c.contains("nội dung") || c.equals("công việc") || c.contains("nội dung công việc")) {
                content = i;
            } else if (c.contains("chuẩn bị") || c.contains("đơn vị thực hiện") || c.contains("tham mưu")) {
                preparing = i;
            } else if (c.contains("chủ trì") || c.startsWith("lãnh đạo")) {
                chair = i;
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
        if (content >= 0 && day >= 0) {
            return new Columns(day, session, time, content, place, preparing, chair, participants);
        }
        return null;
    }

    /** "01" → 1st of the month, "02-03" → 2nd to 3rd, "Thứ Hai (14/7)" → 14 July, "14/7/2025". */
    static Optional<LocalDate[]> parseDay(String cell, YearMonth month) {
        String c = cell.strip().replaceAll("\\s+", " ");
        if (c.length() > 40) {
            return Optional.empty();
        }
        Matcher dm = DAY_MONTH.matcher(c);
        if (dm.find()) {
            int year = dm.group(3) != null ? Integer.parseInt(dm.group(3)) : month != null ? month.getYear() : -1;
            if (year < 0) {
                return Optional.empty();
            }
            Optional<LocalDate> d = VietnameseDates.dayMonth(dm.group(1), dm.group(2), year);
            return d.map(x -> new LocalDate[] {x, null});
        }
        if (month == null) {
            return Optional.empty();
        }
        String digits = c.replaceFirst("(?i)^ngày\\s*", "");
        Matcher r = DAY_RANGE.matcher(digits);
        if (r.matches()) {
            Optional<LocalDate> a = VietnameseDates.dayMonth(r.group(1), Integer.toString(month.getMonthValue()), month.getYear());
            Optional<LocalDate> b = VietnameseDates.dayMonth(r.group(2), Integer.toString(month.getMonthValue()), month.getYear());
            if (a.isPresent() && b.isPresent() && b.get().isAfter(a.get())) {
                return Optional.of(new LocalDate[] {a.get(), b.get()});
            }
            return Optional.empty();
        }
        Matcher d = DAY.matcher(digits);
        if (d.matches()) {
            return VietnameseDates.dayMonth(d.group(1), Integer.toString(month.getMonthValue()), month.getYear())
                    .map(x -> new LocalDate[] {x, null});
        }
        return Optional.empty();
    }

    private record Item(Session session, String time, String text, String place, int start, int end) {
    }

    /** Splits a content cell into sessions ("Sáng:", "Chiều:") and items ("- A - B", "+ A + B"). */
    private List<Item> items(String content, Session columnSession) {
        List<Item> out = new ArrayList<>();
        Matcher m = SESSION.matcher(content);
        List<int[]> marks = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            sessions.add(sessionWord(m.group(1)));
        }
        if (marks.isEmpty() || marks.get(0)[0] > 0 && !content.substring(0, marks.get(0)[0]).isBlank()) {
            int end = marks.isEmpty() ? content.length() : marks.get(0)[0];
            splitItems(content, 0, end, columnSession != null ? columnSession : Session.ALL_DAY, out);
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : content.length();
            splitItems(content, marks.get(i)[1], end, sessions.get(i), out);
        }
        return out;
    }

    private void splitItems(String content, int from, int to, Session session, List<Item> out) {
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
        } else {
            parts.add(new int[] {lead, lead + trimmed.length()});
        }
        for (int[] p : parts) {
            String raw = seg.substring(p[0], Math.min(seg.length(), p[1]));
            String text = raw.strip().replaceFirst("^[-+•]\\s*", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            Session s = session;
            Matcher allDay = ALL_DAY.matcher(text);
            if (allDay.find()) {
                s = Session.ALL_DAY;
                text = (text.substring(0, allDay.start()) + text.substring(allDay.end())).strip();
            }
            String time = null;
            Matcher t = TIME.matcher(text);
            if (t.find() && t.end() < text.length() && (text.startsWith("(") || text.matches("(?i)^\\d{1,2}\\s*(h|giờ|:).*"))) {
                time = String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(t.group(1)),
                        t.group(2) == null ? 0 : Integer.parseInt(t.group(2)));
                text = text.substring(t.end()).strip();
            }
            String place = null;
            Matcher pl = Pattern.compile("[(,;]\\s*(?:tại|địa điểm:?)\\s+([^()]{3,80})\\)?\\s*$", FLAGS).matcher(text);
            if (pl.find()) {
                place = pl.group(1).strip();
                text = text.substring(0, pl.start()).strip();
            }
            text = text.replaceFirst("[;,.]\\s*$", "").strip();
            int start = from + p[0] + Math.max(0, raw.indexOf(raw.strip()));
            out.add(new Item(s, time, text, place, start, Math.min(content.length(), start + raw.strip().length())));
        }
    }

    private static final Pattern SESSION_WORD = Pattern.compile("(?<![\\p{L}])(sáng|chiều|tối|cả ngày)(?![\\p{L}])", FLAGS);

    /** "Thứ Hai (04/10) Sáng": a session named inside the day cell; null when none is. */
    private static Session sessionIn(String dayCell) {
        Matcher m = SESSION_WORD.matcher(dayCell);
        return m.find() ? sessionWord(m.group(1)) : null;
    }

    private static Session sessionWord(String w) {
        if (w == null) {
            return null;
        }
        String s = w.toLowerCase(Locale.ROOT).strip();
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

    private static final Pattern HOUR = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*(?:h|giờ)\\s*(\\d{1,2})?(?![\\d/])", FLAGS);

    /** "Thứ Hai (04/10) Sáng 8h30" → "08:30"; null when the cell gives no hour. */
    private static String hourIn(String cell) {
        Matcher m = HOUR.matcher(cell);
        if (!m.find()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? String.format(Locale.ROOT, "%02d:%02d", h, min) : null;
    }

    private static String normalizeTime(String cell) {
        Matcher t = TIME.matcher(cell.strip());
        if (t.find()) {
            return String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(t.group(1)),
                    t.group(2) == null ? 0 : Integer.parseInt(t.group(2)));
        }
        return cell.strip();
    }

    /** The group of the i-th item; with a single item, every group belongs to it. */
    private static List<String> pick(List<List<String>> groups, int i, int items) {
        if (items == 1) {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            groups.forEach(all::addAll);
            return List.copyOf(all);
        }
        return i < groups.size() ? groups.get(i) : List.of();
    }

    /**
     * Splits a cell listing units or chairs for several items, in order: "VP, LĐVL VP, phòng CM VP" →
     * [VP, LĐVL] [VP, phòng CM] [VP]; "Đ/c Lạc - TUV, GD Đ/c Công - PGĐ" → [Đ/c Lạc - TUV, GD] [Đ/c Công - PGĐ].
     * A comma keeps the next name in the same item's group; a known name without a comma closes it.
     */
    List<List<String>> groups(String cell, boolean people) {
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
            int matched = 0;
            String name = null;
            for (String u : knownUnits) {
                String[] uw = u.split(" ");
                if (i + uw.length > tokens.length) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < uw.length && ok; k++) {
                    String tok = tokens[i + k];
                    if (k == uw.length - 1) {
                        tok = tok.replaceFirst("[,;]$", "");
                    } else if (tok.endsWith(",")) {
                        ok = false;
                    }
                    ok = ok && tok.equals(uw[k]);
                }
                if (ok) {
                    matched = uw.length;
                    name = String.join(" ", Arrays.copyOfRange(tokens, i, i + uw.length)).replaceFirst("[,;]$", "");
                    break;
                }
            }
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

    private boolean startsKnown(String[] tokens, int i) {
        String t = tokens[i].replaceFirst("[,;]$", "");
        for (String u : knownUnits) {
            if (u.equals(t) || u.startsWith(t + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The chairs of a single item: "Đ/c A - PGĐ Đ/c B - PGĐ" → two, "Chủ tịch, PCT Lê Văn B" → two, "Chủ tịch UBND huyện" → one. */
    static List<String> people(String cell) {
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty()) {
            return List.of();
        }
        String[] parts = c.contains("Đ/c") ? c.split("(?=Đ/c\\s)|;\\s*") : c.split("[;,]\\s*");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip().replaceFirst("[;,]$", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> listOf(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("[;\\n]")) {
            String t = p.strip().replaceFirst("^[-+•]\\s*", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- one cell per line

    /**
     * Web calendars printed one cell per line: a weekday line (with or without its date), optional date
     * line, session line, then items, each optionally followed by a place line and a chair/participants line.
     */
    private List<ScheduleRow> fromLines(SegmentedDocument doc, YearMonth month, DocumentInfo info) {
        List<ScheduleRow> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        long weekdays = blocks.stream().filter(b -> WEEKDAY.matcher(b.text().strip()).find() && b.text().length() < 60).count();
        if (weekdays < 2) {
            return out;
        }
        int year = month != null ? month.getYear() : info.date() != null ? info.date().getYear() : -1;
        LocalDate date = null;
        Session session = Session.ALL_DAY;
        ScheduleRow open = null;
        int fieldsAfterItem = 0;
        for (Block b : blocks) {
            String t = b.text().strip();
            if (b.closing()) {
                break;
            }
            Matcher wd = WEEKDAY.matcher(t);
            if (wd.find() && t.length() < 60) {
                flush(out, open);
                open = null;
                Matcher dm = DAY_MONTH.matcher(t);
                if (dm.find() && year > 0) {
                    int y = dm.group(3) != null ? Integer.parseInt(dm.group(3)) : year;
                    date = VietnameseDates.dayMonth(dm.group(1), dm.group(2), y).orElse(date);
                } else {
                    date = null;
                }
                session = Session.ALL_DAY;
                String rest = t.substring(wd.end()).replaceAll("[\\d/(),.\\-\\s]", "");
                if (!rest.isEmpty() && sessionWord(rest) != null) {
                    session = sessionWord(rest);
                }
                continue;
            }
            if (date == null) {
                Matcher dm = DAY_MONTH.matcher(t);
                if (dm.find() && t.length() <= 12 && year > 0) {
                    int y = dm.group(3) != null ? Integer.parseInt(dm.group(3)) : year;
                    date = VietnameseDates.dayMonth(dm.group(1), dm.group(2), y).orElse(null);
                }
                continue;
            }
            if (DAY_MONTH.matcher(t).matches() && t.length() <= 12) {
                continue;
            }
            Session s = sessionWord(t.replaceFirst("[:：]$", ""));
            if (s != null && t.length() <= 12) {
                flush(out, open);
                open = null;
                session = s;
                continue;
            }
            Matcher sm = SESSION.matcher(t);
            if (sm.find() && sm.start() == 0) {
                session = sessionWord(sm.group(1));
                t = t.substring(sm.end()).strip();
                if (t.isEmpty()) {
                    continue;
                }
            }
            boolean startsItem = TIME.matcher(t).lookingAt() && t.matches("(?i)^\\(?\\d{1,2}\\s*(h|giờ|:).*")
                    || t.startsWith("-") || t.startsWith("+") || open == null;
            if (!startsItem && open != null && fieldsAfterItem < 3) {
                String lower = t.toLowerCase(Locale.ROOT);
                if (PLACE_LINE.matcher(t).find() || lower.startsWith("địa điểm")) {
                    open = withPlace(open, t.replaceFirst("(?i)^(địa điểm\\s*:\\s*|tại\\s+)", ""));
                } else if (lower.startsWith("thành phần") || lower.startsWith("tp:")) {
                    open = withParticipants(open, t.replaceFirst("(?i)^(thành phần|tp)\\s*:?\\s*", ""));
                } else if (lower.startsWith("chuẩn bị") || lower.startsWith("đơn vị chuẩn bị")) {
                    open = withUnits(open, t.replaceFirst("(?i)^(đơn vị )?chuẩn bị\\s*:?\\s*", ""));
                } else {
                    open = withChairs(open, t.replaceFirst("(?i)^(chủ trì|lãnh đạo chủ trì)\\s*:?\\s*", ""));
                }
                fieldsAfterItem++;
                continue;
            }
            flush(out, open);
            Item it = items(t, session).stream().findFirst().orElse(null);
            if (it == null) {
                open = null;
                continue;
            }
            int at = b.span().start() + Math.max(0, b.text().indexOf(it.text));
            open = new ScheduleRow(date, null, it.session, it.time, it.text, it.place, List.of(), List.of(), List.of(),
                    NON_WORKING.matcher(it.text).find(), new Span(at, Math.min(doc.text().length(), at + it.text.length())));
            fieldsAfterItem = 0;
        }
        flush(out, open);
        return out;
    }

    private static void flush(List<ScheduleRow> out, ScheduleRow row) {
        if (row != null && row.date() != null) {
            out.add(row);
        }
    }

    private static ScheduleRow withPlace(ScheduleRow r, String place) {
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), place.strip(),
                r.preparingUnits(), r.chairs(), r.participants(), r.nonWorking(), r.span());
    }

    private static ScheduleRow withChairs(ScheduleRow r, String chairs) {
        List<String> c = new ArrayList<>(r.chairs());
        c.add(chairs.strip());
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                r.preparingUnits(), c, r.participants(), r.nonWorking(), r.span());
    }

    private static ScheduleRow withParticipants(ScheduleRow r, String who) {
        List<String> p = new ArrayList<>(r.participants());
        p.addAll(listOf(who));
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                r.preparingUnits(), r.chairs(), p, r.nonWorking(), r.span());
    }

    private static ScheduleRow withUnits(ScheduleRow r, String units) {
        List<String> u = new ArrayList<>(r.preparingUnits());
        u.addAll(listOf(units.replace(",", ";")));
        return new ScheduleRow(r.date(), r.endDate(), r.session(), r.time(), r.content(), r.place(),
                u, r.chairs(), r.participants(), r.nonWorking(), r.span());
    }
}
