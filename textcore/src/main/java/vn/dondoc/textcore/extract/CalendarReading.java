package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;

/**
 * What the calendar readers share: the genre's markers (session words and session notes, clock times, item starts,
 * field labels), the reading of one item ("(8h30) Hội nghị ... Địa điểm: ... (Mời: ...)") and the splitting of unit and
 * chair cells among the items of a cell, in order. Stateless and thread-safe.
 */
abstract class CalendarReading {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "Sáng:", "Buổi chiều:", "Chiều thứ Ba:", "Sáng (8h00):" — a session opening part of a cell. */
    static final Pattern SESSION = Pattern.compile(
            "(?<![\\p{L}])(?:buổi\\s+)?(" + CalendarWords.sessionAlternation()
                    + ")(?:\\s+(?:thứ\\s+\\S+|ngày\\s+[\\d/]+))?"
                    + "\\s*(?:\\(\\s*(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?\\s*(?:phút)?\\s*\\))?\\s*[:：]",
            FLAGS);

    static final Pattern WEEKDAY = Pattern.compile("^(thứ\\s*(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)\\b", FLAGS);

    static final Pattern ALL_DAY = Pattern.compile("\\(\\s*(cả ngày|cả buổi|ngày)\\s*\\)", FLAGS);

    /** "8h30:", "(14h00)", "7 giờ 30 phút -", "8g00", "7h30 - 11h00:" at the start of an item: its start time. */
    static final Pattern TIME = Pattern.compile(
            "^(?:(?:vào\\s+)?lúc\\s+)?\\(?\\s*(\\d{1,2})\\s*(?:h|giờ|g(?=\\d{2})|:)\\s*(\\d{1,2})?\\s*(?:phút)?\\s*['’]?"
                    + "(?:\\s*(?:-|–|đến)\\s*\\d{1,2}\\s*(?:h|giờ|g(?=\\d{2}))\\s*(?:\\d{1,2})?\\s*(?:phút)?\\s*['’]?)?"
                    + "\\s*\\)?\\s*[:,.\\-–]?\\s*",
            FLAGS);

    static final Pattern TIME_LEAD =
            Pattern.compile("^(?:(?:vào\\s+)?lúc\\s+)?\\(?\\d{1,2}\\s*(h|giờ|g\\d{2}|:)", FLAGS);

    static final Pattern NON_WORKING = Pattern.compile("^(nghỉ\\b|nghỉ lễ|nghỉ tết)", FLAGS);

    static final Pattern PLACE_LINE = Pattern.compile(
            "^(tại\\s+|địa điểm\\s*:\\s*)?(p\\.\\s*họp|phòng họp|hội trường|trụ sở|nhà văn hóa|tầng \\d|sảnh)", FLAGS);

    static final Pattern ITEM_START = Pattern.compile("\\s[-+•]\\s+(?=[\\p{Lu}(\\d])");

    /** "1. A 2. B", "1) A 2) B": numbered items in one cell; the number followed by a capital or a bracket. */
    static final Pattern NUMBERED =
            Pattern.compile("(?<![\\p{L}\\d/.,:\\-])(\\d{1,2})(?:[.)]\\s+|-(?!\\d)\\s*)(?=[\\p{Lu}(])");

    static final Pattern TAIL_PLACE = Pattern.compile("[(,;]\\s*(?:tại|địa điểm:?)\\s+([^()]{3,80})\\)?\\s*$", FLAGS);

    /** "... . Địa điểm: X", "(Mời: ...)", "- Thành phần: ...": labelled fields after an item's content. */
    static final Pattern FIELD_LABEL = Pattern.compile(
            "(?:^|[.;,]\\s*|\\(\\s*|\\s[-–]\\s*)("
                    + String.join("|", CalendarWords.fields().keySet()) + ")\\s*:"
                    // "... . Điểm tại Hội trường ...", "... . Mời lãnh đạo các Sở: ...": labels printed without a colon
                    + "|\\.\\s+(điểm(?=\\s+tại\\s)|mời(?=\\s))",
            FLAGS);

    /** "(Sở X chuẩn bị nội dung)", "(giao phòng Y chuẩn bị nội dung và hậu cần)": who prepares the item. */
    static final Pattern PREPARED_BY =
            Pattern.compile("\\(\\s*(?:giao\\s+)?([^()]{2,80}?)\\s+chuẩn bị(?:\\s[^()]*)?\\)", FLAGS);

    /** "(sáng)", "(chiều; dự: đ/c Triệu)", "(ngày; đ/c Triệu)": the session, and who goes, in a note after the item. */
    static final Pattern SESSION_NOTE =
            Pattern.compile("\\(\\s*(sáng|chiều|tối|ngày|cả ngày)\\s*(?:;\\s*([^()]*))?\\)\\s*[.;]?\\s*$", FLAGS);

    final Lexicon lexicon;

    final List<String> knownUnits;

    /** How a chair's line starts: the titles of the lexicon, short and long ("PCT", "Phó Chủ tịch", "Đ/c"). */
    final List<String> titleStarts;

    CalendarReading(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> units = new ArrayList<>(lexicon.abbreviationsOfKind("unit"));
        units.addAll(lexicon.abbreviationsOfKind("body"));
        units.sort((a, b) -> b.length() - a.length());
        this.knownUnits = units;
        LinkedHashSet<String> titles = new LinkedHashSet<>();
        for (String t : lexicon.abbreviationsOfKind("title")) {
            titles.add(t.toLowerCase(Locale.ROOT));
            String[] words = lexicon.abbreviations()
                    .get(t)
                    .expansion()
                    .toLowerCase(Locale.ROOT)
                    .split(" ");
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
    boolean startsWithTitle(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String t : titleStarts) {
            if (l.startsWith(t) && (l.length() == t.length() || !Character.isLetter(l.charAt(t.length())))) {
                return true;
            }
        }
        return false;
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

    record Item(
            Session session,
            String time,
            String text,
            String place,
            List<String> participants,
            List<String> chairs,
            List<String> units,
            int start,
            int end) {}

    /**
     * Splits a content cell into sessions ("Sáng:", "Chiều (14h00):") and items ("- A - B", "+ A + B"); a part
     * before any session word has {@code rowSession}, which is null when the row names none.
     */
    List<Item> items(String content, Session rowSession) {
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
        if (marks.isEmpty()
                || marks.get(0)[0] > 0 && !content.substring(0, marks.get(0)[0]).isBlank()) {
            int end = marks.isEmpty() ? content.length() : marks.get(0)[0];
            splitItems(content, 0, end, rowSession, null, out);
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : content.length();
            splitItems(content, marks.get(i)[1], end, sessions.get(i), times.get(i), out);
        }
        return out;
    }

    void splitItems(String content, int from, int to, Session session, String sessionTime, List<Item> out) {
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
            out.add(new Item(
                    s,
                    time,
                    text,
                    place,
                    f.participants,
                    f.chairs.isEmpty() ? noteChairs : f.chairs,
                    f.units,
                    start,
                    Math.min(content.length(), start + raw.strip().length())));
        }
    }

    /**
     * "1. Họp A 2. Họp B": one part per numbered item when the cell starts at "1." and counts up by one; the
     * numbers that do not follow ("Nghị quyết 2) ...", "Tổ 3.") stay inside their item. False when not numbered.
     */
    static boolean numbered(String seg, int lead, List<int[]> parts) {
        char c0 = seg.charAt(lead);
        if (c0 != '1'
                || lead + 1 >= seg.length()
                || seg.charAt(lead + 1) != '.' && seg.charAt(lead + 1) != ')' && seg.charAt(lead + 1) != '-') {
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

    record Fields(String content, String place, List<String> participants, List<String> chairs, List<String> units) {}

    /** "Content. Địa điểm: X. Thành phần: A; B" / "Content (Mời: ...)": the labelled parts after the content. */
    Fields fields(String text) {
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
                text = rest.append(text.substring(last))
                        .toString()
                        .replaceAll("\\s{2,}", " ")
                        .strip();
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
            String value = text.substring(labels.get(i)[1], end)
                    .strip()
                    .replaceFirst("[.;,]?\\s*\\)?\\s*[.;]?$", "")
                    .strip();
            if (value.isEmpty()) {
                continue;
            }
            String name = names.get(i);
            if (name.equals("place")) {
                // "Điểm: tại phòng họp số 1, UBND huyện. LĐVP: Đ/c Sử": the place is the first sentence, without "tại"
                int stop = value.indexOf(". ");
                place = (stop > 0 ? value.substring(0, stop) : value)
                        .replaceFirst("^(?iu)tại\\s+", "")
                        .strip();
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

    static final Pattern SESSION_WORD =
            Pattern.compile("(?<![\\p{L}])(" + CalendarWords.sessionAlternation() + ")(?![\\p{L}])", FLAGS);

    /** "Thứ Hai (04/10) Sáng", "Sáng 7 giờ 30": a session named inside a day or time cell; null when none is. */
    static Session sessionIn(String dayCell) {
        if (dayCell == null || dayCell.isBlank()) {
            return null;
        }
        Matcher m = SESSION_WORD.matcher(dayCell);
        return m.find() ? sessionWord(m.group(1)) : null;
    }

    static Session sessionWord(String w) {
        return CalendarWords.session(w);
    }

    static final Pattern HOUR = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*(?:h|giờ|g(?=\\d{2}))\\s*(\\d{1,2})?(?![\\d/])|(?<![\\d/])(\\d{1,2}):(\\d{2})(?![\\d/])",
            FLAGS);

    /** "Thứ Hai (04/10) Sáng 8h30", "Sáng 7 giờ 30", "07:30" → "08:30"; null when the cell gives no hour. */
    static String hourIn(String cell) {
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
    static String clock(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        return h < 24 && min < 60 ? String.format(Locale.ROOT, "%02d:%02d", h, min) : null;
    }

    /** A place cell that names one place per item, "P. họp 1; Hội trường", in order; else the one place for all. */
    static List<String> places(String cell, int items) {
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
    static List<List<String>> enough(List<List<String>> byKnown, List<List<String>> byHeads, int items) {
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
    List<List<String>> byTitles(String cell) {
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
    int titleLength(String[] tokens, int i) {
        int best = 0;
        for (String t : titleStarts) {
            String[] tw = t.split(" ");
            if (tw.length <= best || i + tw.length > tokens.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < tw.length && ok; k++) {
                ok = tokens[i + k]
                        .replaceFirst("[,;]$", "")
                        .toLowerCase(Locale.ROOT)
                        .equals(tw[k]);
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
    List<List<String>> groups(String cell, boolean people, boolean cutAtHeads) {
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
            String name = matched == 0
                    ? null
                    : String.join(" ", Arrays.copyOfRange(tokens, i, i + matched))
                            .replaceFirst("[,;]$", "");
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
                    if (cutAtHeads
                            && sb.indexOf(" ") > 0
                            && Character.isUpperCase(tok.codePointAt(0))
                            && !isHead(sb.toString())
                            && startsWithHead(String.join(" ", Arrays.copyOfRange(tokens, i, tokens.length)))) {
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
    boolean startsKnown(String[] tokens, int i) {
        return knownUnitAt(tokens, i) > 0;
    }

    /** How many words the known unit starting at {@code i} has (its last may carry a "," or ";"); 0 for none. */
    int knownUnitAt(String[] tokens, int i) {
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

    boolean isHead(String phrase) {
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

    static void addName(List<String> out, StringBuilder name) {
        if (name != null) {
            String t = name.toString()
                    .replaceFirst("^[-+•]\\s*", "")
                    .replaceFirst("[.]$", "")
                    .strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }

    /** "Sở Văn hóa" + "Thể thao và Du lịch", "Ban Chỉ đạo phòng" + "chống thiên tai": one name cut at its comma. */
    boolean continuesName(String left, String right) {
        if (startsWithHead(right) || startsKnown(right.split("\\s+"), 0)) {
            return false;
        }
        return Character.isLowerCase(right.codePointAt(0)) || startsWithHead(left) && right.contains(" và ");
    }

    boolean startsWithHead(String phrase) {
        String l = phrase.toLowerCase(Locale.ROOT);
        for (String h : lexicon.actorHeads()) {
            String k = h.toLowerCase(Locale.ROOT);
            if (l.startsWith(k) && (l.length() == k.length() || !Character.isLetterOrDigit(l.charAt(k.length())))) {
                return true;
            }
        }
        return false;
    }

    static List<String> listOf(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("[;\\n]")) {
            String t = p.strip()
                    .replaceFirst("^[-+•]\\s*", "")
                    .replaceFirst("[.]$", "")
                    .strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    void flush(List<ScheduleRow> out, ScheduleRow row) {
        if (row != null && row.date() != null) {
            out.add(row.chairs().isEmpty() ? withSubjectChairs(row) : row);
        }
    }

    /** An item that names no chair but opens with who does it ("Chủ tịch, các Phó Chủ tịch làm việc ..."): those are its chairs. */
    ScheduleRow withSubjectChairs(ScheduleRow r) {
        List<String> chairs = subjectChairs(r.content());
        return chairs.isEmpty()
                ? r
                : new ScheduleRow(
                        r.date(),
                        r.endDate(),
                        r.session(),
                        r.time(),
                        r.content(),
                        r.place(),
                        r.preparingUnits(),
                        chairs,
                        r.participants(),
                        r.nonWorking(),
                        r.span());
    }

    static final java.util.Set<String> LEVEL_WORDS = levelWords();

    /** The words of the place levels ("thị", "trấn" of "thị trấn") and of a Party committee's ("ủy"), lower case. */
    private static java.util.Set<String> levelWords() {
        java.util.Set<String> words = new java.util.HashSet<>(List.of("ủy", "uỷ"));
        for (String level : MetadataWords.PLACE_LEVELS) {
            words.addAll(List.of(level.split(" ")));
        }
        return java.util.Set.copyOf(words);
    }

    /**
     * The leaders an item's sentence opens with, before its verb: "Chủ tịch UBND, các Phó Chủ tịch HĐND, UBND dự ..." →
     * [Chủ tịch UBND] [các Phó Chủ tịch HĐND, UBND]; "Phó Chủ tịch Thường trực Trần Trung Kiên dự ..." → one. A title
     * must open it (not "Đồng chí", which names no office) and a verb in lower case must follow; else none.
     */
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
                if (comma
                        && i < tokens.length
                        && Character.isUpperCase(tokens[i].codePointAt(0))
                        && titleLength(tokens, i) == 0
                        && !tokens[i].equals("Thường")) {
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

    static ScheduleRow withContent(ScheduleRow r, String content) {
        return new ScheduleRow(
                r.date(),
                r.endDate(),
                r.session(),
                r.time(),
                content,
                r.place(),
                r.preparingUnits(),
                r.chairs(),
                r.participants(),
                r.nonWorking(),
                r.span());
    }

    static ScheduleRow withPlace(ScheduleRow r, String place) {
        return new ScheduleRow(
                r.date(),
                r.endDate(),
                r.session(),
                r.time(),
                r.content(),
                place.strip(),
                r.preparingUnits(),
                r.chairs(),
                r.participants(),
                r.nonWorking(),
                r.span());
    }

    ScheduleRow withChairs(ScheduleRow r, String chairs) {
        List<String> c = new ArrayList<>(r.chairs());
        c.addAll(people(chairs));
        return new ScheduleRow(
                r.date(),
                r.endDate(),
                r.session(),
                r.time(),
                r.content(),
                r.place(),
                r.preparingUnits(),
                c,
                r.participants(),
                r.nonWorking(),
                r.span());
    }

    static ScheduleRow withParticipants(ScheduleRow r, String who) {
        List<String> p = new ArrayList<>(r.participants());
        p.addAll(listOf(who));
        return new ScheduleRow(
                r.date(),
                r.endDate(),
                r.session(),
                r.time(),
                r.content(),
                r.place(),
                r.preparingUnits(),
                r.chairs(),
                p,
                r.nonWorking(),
                r.span());
    }

    ScheduleRow withUnits(ScheduleRow r, String units) {
        List<String> u = new ArrayList<>(r.preparingUnits());
        u.addAll(names(units));
        return new ScheduleRow(
                r.date(),
                r.endDate(),
                r.session(),
                r.time(),
                r.content(),
                r.place(),
                u,
                r.chairs(),
                r.participants(),
                r.nonWorking(),
                r.span());
    }
}
