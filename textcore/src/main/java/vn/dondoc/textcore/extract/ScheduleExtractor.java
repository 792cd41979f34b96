package vn.dondoc.textcore.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dondoc.textcore.format.Casing;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.format.VietnameseDates;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.BlockKind;
import vn.dondoc.textcore.segment.SegmentedDocument;

/**
 * Reads work calendars, whatever their layout: the tables of {@link CalendarTableReader}, else the one-cell-per-line
 * and day-line layouts of {@link CalendarLineReader}, else, for a text headed as a calendar, the paragraphs of
 * {@link CalendarParagraphReader}; they share the reading of the genre's markers in {@link CalendarReading}. Here:
 * where the calendar sits in time and whether a text is headed as one. Stateless and thread-safe.
 */
public final class ScheduleExtractor {

    private final CalendarTableReader tables;
    private final CalendarLineReader lines;
    private final CalendarParagraphReader paragraphs;

    public ScheduleExtractor(Lexicon lexicon) {
        this.tables = new CalendarTableReader(lexicon);
        this.lines = new CalendarLineReader(lexicon);
        this.paragraphs = new CalendarParagraphReader(lexicon);
    }

    public List<ScheduleRow> extract(SegmentedDocument doc, DocumentInfo info) {
        CalendarDates.When when = when(doc, info);
        boolean headedAsCalendar = looksLikeCalendar(doc, info);
        List<ScheduleRow> rows = tables.fromTables(doc, when, headedAsCalendar);
        if (rows.isEmpty()) {
            rows = lines.fromLines(doc, when, headedAsCalendar);
        }
        if (rows.isEmpty() && when.anchor() != null && headedAsCalendar) {
            rows = paragraphs.fromParagraphs(doc, when);
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
            String t = CalendarLineReader.dayLine(blocks.get(i).text().strip());
            if (t.isEmpty() || CalendarWords.weekdayAt(t, 0) == null) {
                continue;
            }
            Optional<LocalDate> d = CalendarDates.firstByWeekday(t, today);
            if (d.isEmpty() && t.length() < 16 && i + 1 < blocks.size()) {
                d = CalendarDates.firstByWeekday(
                        t + " " + blocks.get(i + 1).text().strip(), today); // "Thứ 2" / "14/7"
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
        return t.contains("lịch công tác")
                || t.contains("lịch làm việc")
                || t.contains("lịch tuần")
                || (t.contains("công tác") || t.contains("làm việc") || t.contains("sự kiện"))
                        && (t.contains("tháng") || t.contains("tuần"));
    }

    /** "01" → 1st of the month, "02-03" → 2nd to 3rd, "Thứ Hai (14/7)" → 14 July, "14/7/2025". */
    static Optional<LocalDate[]> parseDay(String cell, YearMonth month) {
        return CalendarDates.parseDay(cell, new CalendarDates.When(month, month == null ? null : month.atDay(1)));
    }
}
