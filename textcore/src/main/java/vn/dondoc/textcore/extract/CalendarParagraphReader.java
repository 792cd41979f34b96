package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Programs printed as paragraphs, no table: "Ngày 05/11 (Thứ Ba): content", week blocks "Tuần 2 (từ 11 - 15/11)"
 * with bullets under them, and a newspaper's list of the week's events ("- Ngày 23/11, ...", "họp vào chiều 27/11").
 */
final class CalendarParagraphReader extends CalendarReading {

    CalendarParagraphReader(Lexicon lexicon) {
        super(lexicon);
    }

    /**
     * A program printed as paragraphs, no table: "Ngày 05/11 (Thứ Ba): content", "Thứ Hai (04/11): Sáng: ... Chiều:
     * ...", and week blocks "Tuần 2 (từ 11 - 15/11)" with bullet items under them (dated the whole week).
     */
    List<ScheduleRow> fromParagraphs(SegmentedDocument doc, CalendarDates.When when) {
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
            // "Sáng thứ Hai (12/10), Chủ tịch ...", "Chiều 13/10, ...": a session word before the day of a newspaper's
            // line
            int ledBy = sessionLed(t);
            Session lineSession = ledBy > 0 ? sessionWord(t.substring(0, ledBy)) : null;
            String dayText = ledBy > 0 ? t.substring(ledBy).strip() : t;
            if (startsLikeDay(dayText) || ledBy > 0 && !dayText.isEmpty() && Character.isDigit(dayText.charAt(0))) {
                int sep = dayText.indexOf(':');
                if (sep < 0 || sep > 48) {
                    int comma = dayText.indexOf(", ");
                    sep = comma > 0 && comma <= 32 ? comma : -1; // "Ngày 15/10, Bí thư Tỉnh ủy dự ..."
                }
                String head = sep > 0 ? dayText.substring(0, sep) : dayText.length() <= 48 ? dayText : "";
                Optional<LocalDate[]> d = head.isEmpty() ? Optional.empty() : CalendarDates.parseDay(head, when);
                if (d.isPresent()) {
                    date = d.get()[0];
                    endDate = d.get()[1];
                    rest = sep > 0 ? dayText.substring(sep + 1) : "";
                    datedLines++;
                } else {
                    lineSession = null;
                }
            } else {
                lineSession = null;
            }
            if (rest == null) {
                char c = t.charAt(0);
                boolean item = c == '-' || c == '+' || c == '•' || c == '–' && t.length() > 1;
                Matcher sm = item ? null : SESSION.matcher(t);
                // "- Ngày 23/11, ...", "- ... họp vào chiều 27/11 ...": a bullet with a day of its own needs no dated
                // block
                boolean ownDay = item
                        && date == null
                        && t.indexOf('/') > 0
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
            for (Item it : items(rest, sentenceSession != null ? sentenceSession : lineSession)) {
                boolean nonWorking = NON_WORKING.matcher(it.text()).find();
                Session session = nonWorking ? Session.ALL_DAY : resolve(it.session(), it.time());
                flush(
                        out,
                        new ScheduleRow(
                                itemDate,
                                itemEnd,
                                session,
                                it.time(),
                                it.text(),
                                it.place(),
                                it.units(),
                                it.chairs(),
                                it.participants(),
                                nonWorking,
                                new Span(restAt + it.start(), restAt + it.end())));
            }
        }
        // one dated line in a plan ("Ngày 20/11: tổ chức lễ kỷ niệm") is prose, not a program of days
        return datedLines >= 2 ? out : List.of();
    }

    /** "vào chiều 27/11", "sáng 05/12/2026", "vào ngày 3/12": a day named inside an item's sentence. */
    private static final Pattern SENTENCE_DAY = Pattern.compile(
            "(?<![\\p{L}])(?:vào\\s+(ngày)|(?:vào\\s+)?(sáng|chiều|tối))\\s+(?:ngày\\s+)?(\\d{1,2}/\\d{1,2}(?:/\\d{4})?)(?![\\d/])",
            FLAGS);

    /** The day inside a sentence: {session word or "ngày", day/month}; null when none. */
    private static String[] sentenceDay(String t) {
        Matcher m = SENTENCE_DAY.matcher(t);
        return m.find() ? new String[] {m.group(1) != null ? m.group(1) : m.group(2), m.group(3)} : null;
    }

    /** Where the session word ends in "Sáng thứ Hai (12/10), ...", "Chiều 13/10, ...", "Buổi tối ngày 14/10: ..."; 0 when none leads. */
    private static int sessionLed(String t) {
        int i = t.regionMatches(true, 0, "buổi ", 0, 5) ? 5 : 0;
        for (String w : new String[] {"sáng ", "chiều ", "tối ", "trưa "}) {
            if (t.regionMatches(true, i, w, 0, w.length())) {
                int end = i + w.length() - 1;
                String next = t.substring(end).strip();
                boolean day = next.regionMatches(true, 0, "thứ", 0, 3)
                        || next.regionMatches(true, 0, "ngày", 0, 4)
                        || !next.isEmpty() && Character.isDigit(next.charAt(0));
                return day ? end : 0;
            }
        }
        return 0;
    }

    /** "Ngày 05/11 ...", "Tuần 2 (từ 11 - 15/11)", "Thứ Ba (05/11): ...", "Từ ngày 18 đến 22/11: ...": a dated line's start. */
    private static boolean startsLikeDay(String t) {
        if (t.length() < 6) {
            return false;
        }
        String lower = t.substring(0, Math.min(t.length(), 12)).toLowerCase(Locale.ROOT);
        return (lower.startsWith("ngày ") || lower.startsWith("tuần ") || lower.startsWith("từ ngày "))
                        && lower.chars().anyMatch(Character::isDigit)
                || WEEKDAY.matcher(t).lookingAt();
    }
}
