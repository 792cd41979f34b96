package vn.dondoc.app.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.Publications;

/** What the public and the subscribers see: the latest publication, optionally one person's or one unit's part. */
@Component
class PublishedCalendar {
    private final Publications publications;
    private final Calendars calendars;

    PublishedCalendar(Publications publications, Calendars calendars) {
        this.publications = publications;
        this.calendars = calendars;
    }

    List<CalendarEvent> items(LocalDate from, LocalDate to, Long personId, Long unitId) {
        var latest = publications.latest();
        if (latest.isEmpty()) {
            return List.of();
        }
        List<CalendarEvent> published = publications.items(latest.get().id(), from, to);
        if (personId == null && unitId == null) {
            return published;
        }
        // who chairs or prepares an item is known from the stored event's resolved names
        Set<Long> ids = new HashSet<>();
        calendars
                .eventsFor(
                        from == null ? LocalDate.of(1900, 1, 1) : from,
                        to == null ? LocalDate.of(9999, 12, 31) : to,
                        personId,
                        unitId)
                .forEach(e -> ids.add(e.id()));
        return published.stream().filter(e -> ids.contains(e.id())).toList();
    }
}
