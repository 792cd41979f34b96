package vn.dondoc.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dondoc.domain.calendar.CalendarEvent;

/**
 * One screen of the calendar: a day, a week (Monday to Sunday) or a month, cut into days, each day
 * its items in session order with the conflicts that concern them. Shared by the clerk's pages and
 * the public page.
 */
record CalendarView(
        String view,
        LocalDate date,
        LocalDate from,
        LocalDate to,
        LocalDate previous,
        LocalDate next,
        List<Day> days,
        int itemCount) {
    static final List<String> VIEWS = List.of("day", "week", "month");
    private static final List<String> SESSION_ORDER = List.of("ALL_DAY", "MORNING", "AFTERNOON", "EVENING");

    record Day(LocalDate date, String dayOff, List<Item> items) {}

    record Item(CalendarEvent event, List<ConflictMessages.ConflictView> conflicts) {
        public boolean warned() {
            return conflicts.stream().anyMatch(c -> !c.accepted());
        }
    }

    static String normalise(String view) {
        return view != null && VIEWS.contains(view) ? view : "week";
    }

    static LocalDate start(String view, LocalDate date) {
        return switch (view) {
            case "day" -> date;
            case "month" -> date.withDayOfMonth(1);
            default -> date.with(DayOfWeek.MONDAY);
        };
    }

    static LocalDate end(String view, LocalDate date) {
        return switch (view) {
            case "day" -> date;
            case "month" -> YearMonth.from(date).atEndOfMonth();
            default -> date.with(DayOfWeek.MONDAY).plusDays(6);
        };
    }

    /**
     * Days of [from, to] with their items; in a month, days without items are left out (a month's
     * program lists only days with work), in a day or week every day shows, with its day off if any.
     */
    static CalendarView of(
            String view,
            LocalDate date,
            LocalDate from,
            LocalDate to,
            List<CalendarEvent> events,
            Map<Long, List<ConflictMessages.ConflictView>> conflictsByEvent,
            Function<LocalDate, Optional<String>> dayOff) {
        List<Day> days = new ArrayList<>();
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            List<Item> items = events.stream()
                    .filter(e -> e.date() != null
                            && !e.date().isAfter(day)
                            && !(e.endDate() != null && e.endDate().isAfter(e.date()) ? e.endDate() : e.date())
                                    .isBefore(day))
                    .sorted(Comparator.comparing(
                                    (CalendarEvent e) -> e.session() == null ? 0 : SESSION_ORDER.indexOf(e.session()))
                            .thenComparing(e -> e.time() == null ? "" : e.time())
                            .thenComparing(CalendarEvent::id, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(e -> new Item(e, conflictsByEvent.getOrDefault(e.id(), List.of())))
                    .toList();
            count += items.size();
            if (!items.isEmpty() || "day".equals(view) || "week".equals(view)) {
                days.add(new Day(day, dayOff.apply(day).orElse(null), items));
            }
        }
        LocalDate previous = switch (view) {
            case "day" -> date.minusDays(1);
            case "month" -> date.minusMonths(1);
            default -> date.minusWeeks(1);
        };
        LocalDate next = switch (view) {
            case "day" -> date.plusDays(1);
            case "month" -> date.plusMonths(1);
            default -> date.plusWeeks(1);
        };
        return new CalendarView(view, date, from, to, previous, next, days, count);
    }
}
