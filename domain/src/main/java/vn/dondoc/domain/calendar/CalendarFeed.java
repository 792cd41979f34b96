package vn.dondoc.domain.calendar;

import java.time.Instant;

/**
 * A subscribable iCalendar feed of the published calendar: the whole agency, one person (a leader's
 * own schedule) or one unit. The token is the only key: revoking it ends the subscription.
 */
public record CalendarFeed(Long id, String token, Scope scope, Long targetId, Instant createdAt, Instant revokedAt) {
    public enum Scope { AGENCY, PERSON, UNIT }

    public boolean active() {
        return revokedAt == null;
    }
}
