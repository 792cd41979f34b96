package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Session;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Calendars printed one cell per line ("Thứ 2" / "14/7" / "Sáng" / "(8h30) Hội nghị ..." / "P. họp TV" / "Chủ tịch,")
 * and a leader's week as day lines with one item a line ("THỨ HAI (04/11/2024)" / "- 8h00: ... Địa điểm: ...").
 */
final class CalendarLineReader extends CalendarReading {

    CalendarLineReader(Lexicon lexicon) {
        super(lexicon);
    }

    /**
     * Web calendars printed one cell per line: a weekday line (with or without its date), optional date
     * line, session line, then items, each optionally followed by a place line and a chair/participants line;
     * and a leader's week in paragraphs, a weekday heading and one bullet per item. Two weekday lines make a
     * calendar; under a calendar's heading one is enough (a week page cut after its first day, a one-day program).
     */
    List<ScheduleRow> fromLines(SegmentedDocument doc, CalendarDates.When when, boolean headedAsCalendar) {
        List<ScheduleRow> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        long weekdays = blocks.stream()
                .filter(b -> b.text().length() < 60
                        && WEEKDAY.matcher(dayLine(b.text().strip())).find())
                .count();
        if (weekdays < (headedAsCalendar ? 1 : 2) || when.anchor() == null) {
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
            String bare =
                    t.length() <= 14 ? t.replaceAll("^[(\\[]|[)\\]:.]$", "").strip() : "";
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
            boolean startsItem = timed
                    || sessionLead
                    || numberedLine
                    || t.startsWith("-")
                    || t.startsWith("+")
                    || open == null
                    || open.place() != null
                            && !PLACE_LINE.matcher(t).find()
                            && placeFollows(blocks, bi); // an untimed item before its place
            if (!startsItem && chairsGoOn) {
                open = withChairs(open, t);
                chairsGoOn = t.endsWith(",");
                continue;
            }
            if (!startsItem
                    && fieldsAfterItem == 0
                    && !PLACE_LINE.matcher(t).find()
                    && placeFollows(blocks, bi)
                    && !labelled(t)
                    && !startsWithTitle(t)) {
                // "(8h30) Hội nghị Thường trực" / "Tỉnh ủy" / "P. họp TV": the content cell wrapped before its place
                open = withContent(open, open.content() + " " + t);
                continue;
            }
            chairsGoOn = false;
            if (!startsItem && fieldsAfterItem < 3) {
                String lower = t.toLowerCase(Locale.ROOT);
                if (PLACE_LINE.matcher(t).find() || lower.startsWith("địa điểm")) {
                    // the line's full stop ends the sentence, it is not part of the place
                    open = withPlace(
                            open,
                            t.replaceFirst("^(?iu)(địa điểm\\s*:\\s*|tại\\s+)", "")
                                    .replaceFirst("\\s*[.;]+$", ""));
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
            if (it.time() == null && pendingTime != null) {
                it = new Item(
                        it.session(),
                        pendingTime,
                        it.text(),
                        it.place(),
                        it.participants(),
                        it.chairs(),
                        it.units(),
                        it.start(),
                        it.end());
            }
            pendingTime = null;
            int at = b.span().start() + Math.max(0, b.text().indexOf(it.text()));
            boolean nonWorking = NON_WORKING.matcher(it.text()).find();
            Session rowSession = nonWorking ? Session.ALL_DAY : resolve(it.session(), it.time());
            open = new ScheduleRow(
                    date,
                    endDate,
                    rowSession,
                    it.time(),
                    it.text(),
                    it.place(),
                    it.units(),
                    it.chairs(),
                    it.participants(),
                    nonWorking,
                    new Span(at, Math.min(doc.text().length(), at + it.text().length())));
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
        return lower.startsWith("lãnh đạo các ")
                || lower.startsWith("đại diện ")
                || lower.startsWith("thành viên ")
                || lower.startsWith("toàn thể ")
                || lower.startsWith("các thành viên")
                || lower.startsWith("các đồng chí")
                || lower.startsWith("cán bộ")
                || lower.startsWith("mời ");
    }

    /**
     * A person's name printed alone as the chair cell: two to five capitalised words, no digit, not a body
     * ("Nguyễn Văn Hải", but not "UBND xã Tùng Ảnh", "Hội trường A", "Sở Y tế").
     */
    private boolean looksLikePersonName(String line) {
        String[] words = line.split("\\s+");
        if (words.length < 2
                || words.length > 5
                || startsWithHead(line)
                || startsKnown(words, 0)
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

    /** "Chủ trì: ...", "Thành phần: ...": a line that opens with a field label of the lexicon. */
    private static boolean labelled(String line) {
        int colon = line.indexOf(':');
        return colon > 0
                && colon <= 24
                && CalendarWords.fields()
                        .containsKey(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean placeFollows(List<Block> blocks, int i) {
        return i + 1 < blocks.size()
                && PLACE_LINE.matcher(blocks.get(i + 1).text().strip()).find();
    }
}
