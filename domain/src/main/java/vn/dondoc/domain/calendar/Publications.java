package vn.dondoc.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: published snapshots of the calendar. */
public interface Publications {
    Optional<Publication> latest();

    /** Stores a snapshot of these items (ids kept, so the next publication can say what changed). */
    Publication publish(List<CalendarEvent> items, Instant at);

    /** The items of a publication, in date order; from/to limit by date when given. */
    List<CalendarEvent> items(long publicationId, LocalDate from, LocalDate to);
}
