package vn.dondoc.app.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CalendarEvent;

/**
 * The words of an exported program, shared by DOCX, PDF and the printable page: the header lines,
 * the title ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021" for a whole month, "LỊCH CÔNG TÁC TUẦN ..."
 * otherwise) and one row per item in the standard table Ngày | Nội dung công việc | Đơn vị chuẩn bị |
 * Người chủ trì, written the way clerks write them so the file reads back into the same items.
 */
record ProgramLayout(
        String superior,
        String agency,
        String place,
        String dateLine,
        String title,
        String subtitle,
        List<Row> rows,
        List<String> recipients,
        String signerTitle) {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> SESSION_ORDER = List.of("ALL_DAY", "MORNING", "AFTERNOON", "EVENING");

    /**
     * One line of the table: the day cell, then the item's content, preparing units and chairs; the participants
     * ("Thành phần: ...", empty when none) go under the content, as paper programs write them.
     */
    record Row(String day, String content, String preparing, String chairs, CalendarEvent event, String participants) {}

    static ProgramLayout of(
            Messages m,
            String superior,
            String agency,
            String unitName,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            List<CalendarEvent> events) {
        boolean wholeMonth =
                from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth());
        String title = wholeMonth
                ? m.get("export.title.month", from.getMonthValue(), String.valueOf(from.getYear()))
                : m.get("export.title.week", from.format(DAY), to.format(DAY));
        String subtitle = unitName == null ? null : m.get("export.subtitle.unit", unitName);
        List<Row> rows = new ArrayList<>();
        List<CalendarEvent> sorted =
                new ArrayList<>(events.stream().filter(e -> e.date() != null).toList());
        sorted.sort(Comparator.comparing(CalendarEvent::date)
                .thenComparing(e -> e.session() == null ? -1 : SESSION_ORDER.indexOf(e.session()))
                .thenComparing(CalendarEvent::id, Comparator.nullsLast(Comparator.naturalOrder())));
        for (CalendarEvent e : sorted) {
            rows.add(new Row(
                    dayCell(e, wholeMonth),
                    contentCell(m, e),
                    nz(e.preparingUnits()),
                    nz(e.chairs()),
                    e,
                    e.participants() == null ? "" : m.get("event.participants") + ": " + e.participants()));
        }
        String dateLine = m.get(
                "export.dateLine",
                "%02d".formatted(today.getDayOfMonth()),
                "%02d".formatted(today.getMonthValue()),
                String.valueOf(today.getYear()));
        return new ProgramLayout(
                superior,
                agency,
                null,
                dateLine,
                title,
                subtitle,
                rows,
                List.of(
                        m.get("export.recipient.leaders"),
                        m.get("export.recipient.units"),
                        m.get("export.recipient.website"),
                        m.get("export.recipient.archive")),
                m.get("export.signer"));
    }

    /** "04" in a month's program, "04/10" in a week's; a stretch of days "06-07". */
    static String dayCell(CalendarEvent e, boolean wholeMonth) {
        String pattern = wholeMonth ? "dd" : "dd/MM";
        String first = e.date().format(DateTimeFormatter.ofPattern(pattern));
        if (e.endDate() == null || !e.endDate().isAfter(e.date())) {
            return first;
        }
        return first + "-" + e.endDate().format(DateTimeFormatter.ofPattern(pattern));
    }

    /** "Sáng: Họp ..." as programs write it; a clock time follows the session ("Chiều (14h00): ..."). */
    static String contentCell(Messages m, CalendarEvent e) {
        String label = e.session() == null || e.session().equals("ALL_DAY") ? null : m.get("session." + e.session());
        String time = e.time() == null ? "" : " (" + e.time() + ")";
        String place = e.place() == null ? "" : m.get("export.atPlace", e.place());
        if (label == null) {
            return (e.time() == null ? "" : e.time() + ": ") + e.content() + place;
        }
        return label + time + ": " + e.content() + place;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
