package vn.dondoc.app.calendar;

import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.calendar.CalendarFeeds;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;

/** Subscribable feeds: no sign-in, the token is the key; every published item of the feed's scope. */
@RestController
class IcalFeeds {
    private final CalendarFeeds feeds;
    private final PublishedCalendar published;
    private final IcalWriter ical;
    private final Messages messages;
    private final People people;
    private final OrgUnits units;
    private final Clock clock;

    IcalFeeds(
            CalendarFeeds feeds,
            PublishedCalendar published,
            IcalWriter ical,
            Messages messages,
            People people,
            OrgUnits units,
            Clock clock) {
        this.feeds = feeds;
        this.published = published;
        this.ical = ical;
        this.messages = messages;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CalendarFeed f = feeds.findByToken(token)
                .filter(CalendarFeed::active)
                .orElseThrow(() -> new RecordNotFoundException("feed", token));
        Long person = f.scope() == CalendarFeed.Scope.PERSON ? f.targetId() : null;
        Long unit = f.scope() == CalendarFeed.Scope.UNIT ? f.targetId() : null;
        String name = messages.get("calendar.title");
        if (person != null) {
            name += " – " + people.find(person).map(p -> p.name()).orElse("");
        } else if (unit != null) {
            name += " – " + units.find(unit).map(u -> u.name()).orElse("");
        }
        return ResponseEntity.ok()
                .contentType(CalendarExportApi.ICAL)
                .body(ical.write(name, published.items(null, null, person, unit), clock.instant()));
    }
}
