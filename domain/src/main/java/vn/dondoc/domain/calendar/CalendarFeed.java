package vn.dondoc.domain.calendar;

import java.time.Instant;

/**
 * A subscribable iCalendar feed of the published calendar: the whole agency, one person (a leader's
 * own schedule) or one unit. The token is the only key: revoking it ends the subscription. A feed made by
 * a person on their profile page is theirs ({@code ownerId}, an account id); the clerk's feeds have none.
 */
public record CalendarFeed(
        Long id, String token, Scope scope, Long targetId, Instant createdAt, Instant revokedAt, Long ownerId) {
    public enum Scope {
        AGENCY,
        PERSON,
        UNIT
    }

    public CalendarFeed(Long id, String token, Scope scope, Long targetId, Instant createdAt, Instant revokedAt) {
        this(id, token, scope, targetId, createdAt, revokedAt, null);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
