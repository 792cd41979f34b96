package vn.dondoc.app.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.calendar.CalendarFeeds;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;

/**
 * The iCalendar feeds a person makes for themselves on their profile page: the agency's, a leader's or a
 * unit's published calendar. A feed may only be made for what the person reads: the agency's calendar for
 * whoever reads agency records, a unit's for whoever reads that unit, a person's for whoever reads that
 * person's unit (or the agency, for a person of no unit), and always their own schedule.
 */
@Component
public class OwnFeeds {
    private final CalendarFeeds feeds;
    private final People people;
    private final OrgUnits units;
    private final Clock clock;

    OwnFeeds(CalendarFeeds feeds, People people, OrgUnits units, Clock clock) {
        this.feeds = feeds;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** One feed as the profile page lists it: what it follows, in words, and its address. */
    public record View(long id, CalendarFeed.Scope scope, String target, String url, boolean active) {}

    public List<View> of(long accountId) {
        return feeds.ofOwner(accountId).stream().map(this::view).toList();
    }

    /** A new feed of this scope for the account, when the person reads it ({@code ownPerson}: their own person). */
    Outcome<CalendarFeed> create(
            long accountId, Long ownPerson, Visibility visible, CalendarFeed.Scope scope, Long targetId) {
        if (scope == null || (scope != CalendarFeed.Scope.AGENCY && targetId == null)) {
            return Outcome.rejected(Rejection.of("feed.targetRequired", "targetId"));
        }
        Optional<RecordScope> readScope = switch (scope) {
            case AGENCY -> Optional.of(RecordScope.AGENCY);
            case UNIT -> units.find(targetId).map(u -> RecordScope.ofUnits(java.util.Set.of(u.id())));
            case PERSON ->
                people.find(targetId)
                        .map(p -> p.unitId() == null
                                ? RecordScope.AGENCY
                                : RecordScope.ofUnits(java.util.Set.of(p.unitId())));
        };
        boolean own = scope == CalendarFeed.Scope.PERSON && targetId.equals(ownPerson);
        if (readScope.isEmpty() || !(own || visible.sees(readScope.get()))) {
            return Outcome.rejected(Rejection.of("feed.notReadable", "targetId"));
        }
        return Outcome.ok(feeds.create(new CalendarFeed(
                null,
                CalendarExportApi.newToken(),
                scope,
                scope == CalendarFeed.Scope.AGENCY ? null : targetId,
                clock.instant(),
                null,
                accountId)));
    }

    /** Revokes one of the account's own feeds; false when it has no such active feed. */
    boolean revoke(long accountId, long feedId) {
        return feeds.find(feedId)
                .filter(f -> f.ownerId() != null && f.ownerId() == accountId && f.active())
                .map(f -> feeds.revoke(f.token(), clock.instant()))
                .orElse(false);
    }

    private View view(CalendarFeed f) {
        String target = switch (f.scope()) {
            case AGENCY -> null;
            case PERSON -> people.find(f.targetId()).map(Person::name).orElse("#" + f.targetId());
            case UNIT -> units.find(f.targetId()).map(u -> u.name()).orElse("#" + f.targetId());
        };
        return new View(f.id(), f.scope(), target, url(f.token()), f.active());
    }

    static String url(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ical/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
    }
}
