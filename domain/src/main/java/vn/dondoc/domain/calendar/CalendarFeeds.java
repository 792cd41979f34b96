package vn.dondoc.domain.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: iCalendar feed tokens. */
public interface CalendarFeeds {
    CalendarFeed create(CalendarFeed feed);

    Optional<CalendarFeed> findByToken(String token);

    List<CalendarFeed> all();

    boolean revoke(String token, Instant at);

    /** The feeds one account made, newest first. */
    List<CalendarFeed> ofOwner(long ownerId);

    Optional<CalendarFeed> find(long id);
}
