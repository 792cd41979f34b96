package vn.dondoc.app.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarSeries;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.Recurrence;
import vn.dondoc.domain.common.Texts;

/**
 * The calendar as RFC 5545 iCalendar. Each item keeps its UID ("event-42@dondoc") across exports,
 * so a subscribed phone updates an item instead of adding it twice. Times are written in UTC
 * (no VTIMEZONE needed); an item with neither a clock time nor a session is an all-day item.
 *
 * <p>The occurrences of a recurring item are written as one VEVENT ("series-7@dondoc") with an RRULE, instead
 * of one VEVENT each: a phone then shows one repeating item. The export holds exactly the items it is asked for
 * (a window, what is published, one person's or unit's part), so the rule is cut to them: it starts at the first
 * occurrence exported and ends (UNTIL) at the last, and every date of the rule between them that is not exported
 * (cancelled, or not published) is an EXDATE. An occurrence that differs from the series' template (moved, or
 * changed) is an override: a VEVENT with the same UID and a RECURRENCE-ID, the date of the rule it was made for.
 * An occurrence the current rule no longer produces (the series was changed after it happened) is written as an
 * item of its own. Expanding the feed therefore yields the same items as the app's own list.
 *
 * <p>Participants resolved to a person are ATTENDEEs (CN: the name; chairs with ROLE=CHAIR); names that are no
 * one person ("Đại diện lãnh đạo các xã") go into the DESCRIPTION.
 */
@Component
class IcalWriter {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?");
    private static final DateTimeFormatter UTC_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_STAMP = DateTimeFormatter.BASIC_ISO_DATE;
    private final Messages messages;
    private final Calendars calendars;

    IcalWriter(Messages messages, Calendars calendars) {
        this.messages = messages;
        this.calendars = calendars;
    }

    static String uid(long eventId) {
        return "event-" + eventId + "@dondoc";
    }

    static String seriesUid(long seriesId) {
        return "series-" + seriesId + "@dondoc";
    }

    String write(String calendarName, List<CalendarEvent> events, Instant now) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//dondoc//Lich cong tac//VI"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(new XProperty("X-WR-CALNAME", calendarName));
        cal.add(new XProperty("X-WR-TIMEZONE", VIETNAM.getId()));
        List<CalendarEvent> items =
                events.stream().filter(e -> e.date() != null && !e.nonWorking()).toList();
        List<Long> ids =
                items.stream().map(CalendarEvent::id).filter(Objects::nonNull).toList();
        Map<Long, List<Calendars.Attendance>> people = calendars.peopleOf(ids);
        Map<Long, Calendars.SeriesLink> links = calendars.seriesLinks(ids);
        Map<Long, List<CalendarEvent>> bySeries = new LinkedHashMap<>();
        for (CalendarEvent e : items) {
            Calendars.SeriesLink link = e.id() == null ? null : links.get(e.id());
            if (link == null) {
                cal.add(event(e, uid(e.id()), null, people.getOrDefault(e.id(), List.of()), now));
            } else {
                bySeries.computeIfAbsent(link.seriesId(), k -> new ArrayList<>())
                        .add(e);
            }
        }
        bySeries.forEach((seriesId, occurrences) -> series(cal, seriesId, occurrences, links, people, now));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException ex) {
            throw new IllegalStateException("iCalendar output failed", ex);
        }
        return out.toString();
    }

    /** One series: its rule cut to the exported occurrences, EXDATEs for the rest, overrides for the changed ones. */
    private void series(
            Calendar cal,
            long seriesId,
            List<CalendarEvent> occurrences,
            Map<Long, Calendars.SeriesLink> links,
            Map<Long, List<Calendars.Attendance>> people,
            Instant now) {
        CalendarSeries series = calendars.findSeries(seriesId).orElse(null);
        Set<LocalDate> ruleDates =
                series == null ? Set.of() : new TreeSet<>(series.rule().occurrences());
        Map<LocalDate, CalendarEvent> byRuleDate = new LinkedHashMap<>();
        for (CalendarEvent e : occurrences) {
            LocalDate d = links.get(e.id()).seriesDate();
            if (ruleDates.contains(d) && !byRuleDate.containsKey(d)) {
                byRuleDate.put(d, e);
            } else {
                cal.add(event(e, uid(e.id()), null, people.getOrDefault(e.id(), List.of()), now));
            }
        }
        if (byRuleDate.isEmpty()) {
            return;
        }
        TreeSet<LocalDate> exported = new TreeSet<>(byRuleDate.keySet());
        LocalDate first = exported.first();
        LocalDate last = exported.last();
        CalendarEvent template = series.template();
        CalendarEvent plain = byRuleDate.values().stream()
                .filter(e -> asTemplate(e, template, links.get(e.id()).seriesDate()))
                .findFirst()
                .orElse(null);
        CalendarEvent master = onDate(template, first);
        VEvent v = event(
                master,
                seriesUid(seriesId),
                null,
                plain == null ? List.of() : people.getOrDefault(plain.id(), List.of()),
                now);
        LocalTime[] hours = hours(master);
        v.add(new RRule<>(cut(series.rule(), hours == null ? DAY_STAMP.format(last) : stamp(last, hours[0]))));
        List<String> skipped = new ArrayList<>();
        for (LocalDate d : ruleDates) {
            if (!d.isBefore(first) && !d.isAfter(last) && !exported.contains(d)) {
                skipped.add(hours == null ? DAY_STAMP.format(d) : stamp(d, hours[0]));
            }
        }
        if (!skipped.isEmpty()) {
            v.add(
                    hours == null
                            ? new ExDate<>(new ParameterList(List.of(Value.DATE)), String.join(",", skipped))
                            : new ExDate<>(String.join(",", skipped)));
        }
        cal.add(v);
        byRuleDate.forEach((d, e) -> {
            if (!asTemplate(e, template, d)) {
                RecurrenceId<?> rid = hours == null
                        ? new RecurrenceId<>(new ParameterList(List.of(Value.DATE)), DAY_STAMP.format(d))
                        : new RecurrenceId<>(stamp(d, hours[0]));
                cal.add(event(e, seriesUid(seriesId), rid, people.getOrDefault(e.id(), List.of()), now));
            }
        });
    }

    /** The rule's RRULE, its end replaced by UNTIL at the last occurrence exported. */
    static String cut(Recurrence rule, String until) {
        return rule.rrule().replaceAll(";(COUNT|UNTIL)=[^;]*", "") + ";UNTIL=" + until;
    }

    private static String stamp(LocalDate day, LocalTime time) {
        return UTC_STAMP.format(day.atTime(time).atZone(VIETNAM).toInstant());
    }

    /** Whether an occurrence is the series' template on its own date, unchanged. */
    static boolean asTemplate(CalendarEvent e, CalendarEvent template, LocalDate ruleDate) {
        return e.date().equals(ruleDate)
                && (e.endDate() == null || !e.endDate().isAfter(e.date()))
                && Objects.equals(e.session(), template.session())
                && same(e.time(), template.time())
                && same(e.content(), template.content())
                && same(e.place(), template.place())
                && sameNames(e.preparingUnits(), template.preparingUnits())
                && sameNames(e.chairs(), template.chairs())
                && sameNames(e.participants(), template.participants());
    }

    /** "A; B" and "A\nB" name the same people. */
    private static boolean sameNames(String a, String b) {
        return CalendarService.split(a).equals(CalendarService.split(b));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(Texts.clean(a), Texts.clean(b));
    }

    private static CalendarEvent onDate(CalendarEvent t, LocalDate d) {
        return new CalendarEvent(
                null,
                null,
                null,
                d,
                null,
                t.session(),
                t.time(),
                t.content(),
                t.place(),
                t.preparingUnits(),
                t.chairs(),
                t.participants(),
                false,
                null,
                null);
    }

    private VEvent event(
            CalendarEvent e, String uid, RecurrenceId<?> recurrenceId, List<Calendars.Attendance> people, Instant now) {
        VEvent v = new VEvent(false);
        v.add(new Uid(uid));
        v.add(new DtStamp(now));
        if (recurrenceId != null) {
            v.add(recurrenceId);
        }
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
            d.append(messages.get("event.preparing"))
                    .append(": ")
                    .append(e.preparingUnits())
                    .append('\n');
        }
        if (e.chairs() != null) {
            d.append(messages.get("event.chairs"))
                    .append(": ")
                    .append(e.chairs())
                    .append('\n');
        }
        List<String> others = others(e.participants(), people);
        if (!others.isEmpty()) {
            d.append(messages.get("event.participants"))
                    .append(": ")
                    .append(String.join("; ", others))
                    .append('\n');
        }
        if (!d.isEmpty()) {
            v.add(new Description(d.toString().strip()));
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (Calendars.Attendance p : people) {
            if (seen.add(p.personId())) {
                v.add(attendee(p));
            }
        }
        return v;
    }

    /** The names of the participants that are no one person of the org. */
    private static List<String> others(String participants, List<Calendars.Attendance> people) {
        Set<String> named = new java.util.HashSet<>();
        people.stream().filter(p -> !p.chair()).forEach(p -> named.add(Texts.key(p.name())));
        return CalendarService.split(participants).stream()
                .filter(n -> !named.contains(Texts.key(n)))
                .toList();
    }

    /** A person the item takes: a chair (ROLE=CHAIR) or a participant, named by CN; no e-mail, so a dondoc URN. */
    private static Attendee attendee(Calendars.Attendance p) {
        ParameterList params =
                new ParameterList(List.of(new Cn(p.name()), p.chair() ? Role.CHAIR : Role.REQ_PARTICIPANT));
        return new Attendee(params, URI.create("urn:dondoc:person:" + p.personId()));
    }

    /** Start and end of day of an item, or null for an all-day item. Sessions use office hours. */
    static LocalTime[] hours(CalendarEvent e) {
        LocalTime[] sessionHours = e.session() == null
                ? null
                : switch (e.session()) {
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
        LocalTime end = clock[1] != null && clock[1].isAfter(clock[0])
                ? clock[1]
                : sessionHours != null && sessionHours[1].isAfter(clock[0])
                        ? sessionHours[1]
                        : clock[0].plusHours(2).isAfter(clock[0]) ? clock[0].plusHours(2) : LocalTime.of(23, 59);
        return new LocalTime[] {clock[0], end};
    }
}
