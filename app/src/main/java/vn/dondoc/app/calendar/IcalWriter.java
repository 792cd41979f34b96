package vn.dondoc.app.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CalendarEvent;

/**
 * The calendar as RFC 5545 iCalendar. Each item keeps its UID ("event-42@dondoc") across exports,
 * so a subscribed phone updates an item instead of adding it twice. Times are written in UTC
 * (no VTIMEZONE needed); an item with neither a clock time nor a session is an all-day item.
 */
@Component
class IcalWriter {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?");
    private final Messages messages;

    IcalWriter(Messages messages) {
        this.messages = messages;
    }

    static String uid(long eventId) {
        return "event-" + eventId + "@dondoc";
    }

    String write(String calendarName, List<CalendarEvent> events, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//dondoc//Lich cong tac//VI"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", calendarName));
        cal.add(new XProperty("X-WR-TIMEZONE", VIETNAM.getId()));
        for (CalendarEvent e : events) {
            if (e.date() != null && !e.nonWorking()) {
                cal.add(event(e, now));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException ex) {
            throw new IllegalStateException("iCalendar output failed", ex);
        }
        return out.toString();
    }

    private VEvent event(CalendarEvent e, Instant now) {
        VEvent v = new VEvent(false);
        v.add(new Uid(uid(e.id())));
        v.add(new DtStamp(now));
        LocalDate last = e.endDate() != null && e.endDate().isAfter(e.date()) ? e.endDate() : e.date();
        LocalTime[] hours = hours(e);
        if (hours == null) {
            v.add(new DtStart<>(e.date()));
            v.add(new DtEnd<>(last.plusDays(1)));
        } else {
            v.add(new DtStart<>(e.date().atTime(hours[0]).atZone(VIETNAM).toInstant()));
            v.add(new DtEnd<>(last.atTime(hours[1]).atZone(VIETNAM).toInstant()));
        }
        v.add(new Summary(e.content()));
        if (e.place() != null) {
            v.add(new Location(e.place()));
        }
        StringBuilder d = new StringBuilder();
        if (e.preparingUnits() != null) {
            d.append(messages.get("event.preparing")).append(": ").append(e.preparingUnits()).append('\n');
        }
        if (e.chairs() != null) {
            d.append(messages.get("event.chairs")).append(": ").append(e.chairs()).append('\n');
        }
        if (!d.isEmpty()) {
            v.add(new Description(d.toString().strip()));
        }
        return v;
    }

    /** Start and end of day of an item, or null for an all-day item. Sessions use office hours. */
    static LocalTime[] hours(CalendarEvent e) {
        LocalTime[] sessionHours = e.session() == null ? null : switch (e.session()) {
            case "MORNING" -> new LocalTime[] {LocalTime.of(7, 30), LocalTime.of(11, 30)};
            case "AFTERNOON" -> new LocalTime[] {LocalTime.of(13, 30), LocalTime.of(17, 0)};
            case "EVENING" -> new LocalTime[] {LocalTime.of(19, 0), LocalTime.of(21, 0)};
            default -> null;
        };
        LocalTime[] clock = new LocalTime[2];
        if (e.time() != null) {
            Matcher m = CLOCK.matcher(e.time());
            for (int i = 0; i < 2 && m.find(); ) {
                int h = Integer.parseInt(m.group(1));
                int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                if (h < 24 && min < 60) {
                    clock[i++] = LocalTime.of(h, min);
                }
            }
        }
        if (clock[0] == null) {
            return sessionHours;
        }
        LocalTime end = clock[1] != null && clock[1].isAfter(clock[0]) ? clock[1]
                : sessionHours != null && sessionHours[1].isAfter(clock[0]) ? sessionHours[1]
                : clock[0].plusHours(2).isAfter(clock[0]) ? clock[0].plusHours(2) : LocalTime.of(23, 59);
        return new LocalTime[] {clock[0], end};
    }
}
