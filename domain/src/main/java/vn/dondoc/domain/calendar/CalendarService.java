package vn.dondoc.domain.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.ResolvedName;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/**
 * Use cases of agenda items: a date, an end not before it, some content, a known program; names
 * resolved to people and units; conflicts checked; publication of what the public sees.
 */
public final class CalendarService {
    public static final List<String> SESSIONS = List.of("MORNING", "AFTERNOON", "EVENING", "ALL_DAY");
    private final Calendars calendars;
    private final Publications publications;
    private final ConflictRules rules;
    private final NameResolver names;
    private final Search search;
    private final Transactor tx;
    private final Clock clock;

    public CalendarService(
            Calendars calendars,
            Publications publications,
            ConflictRules rules,
            NameResolver names,
            Search search,
            Transactor tx,
            Clock clock) {
        this.calendars = calendars;
        this.publications = publications;
        this.rules = rules;
        this.names = names;
        this.search = search;
        this.tx = tx;
        this.clock = clock;
    }

    /** The item's short fields fit their columns (time, place, preparing units, chairs). */
    private static void withinLimits(CalendarEvent e, List<Rejection> problems) {
        TextLimits.field(Texts.clean(e.content()), TextLimits.EVENT_CONTENT, "content", problems);
        TextLimits.field(Texts.clean(e.time()), TextLimits.EVENT_TIME, "time", problems);
        TextLimits.field(Texts.clean(e.place()), TextLimits.EVENT_PLACE, "place", problems);
        TextLimits.field(joined(e.preparingUnits()), TextLimits.EVENT_NAMES, "preparingUnits", problems);
        TextLimits.field(joined(e.chairs()), TextLimits.EVENT_NAMES, "chairs", problems);
    }

    /** Stores a new event (id null) or replaces an event's content, keeping its document and source span. */
    public Outcome<CalendarEvent> save(CalendarEvent e) {
        return tx.inTransaction(() -> {
            CalendarEvent old = e.id() == null
                    ? null
                    : calendars.findEvent(e.id()).orElseThrow(() -> new RecordNotFoundException("event", e.id()));
            List<Rejection> problems = new ArrayList<>();
            if (e.date() == null) {
                problems.add(Rejection.of("event.dateRequired", "date"));
            } else if (e.endDate() != null && e.endDate().isBefore(e.date())) {
                problems.add(Rejection.of("event.endBeforeStart", "endDate", e.endDate(), e.date()));
            }
            if (Texts.clean(e.content()) == null) {
                problems.add(Rejection.of("event.contentRequired", "content"));
            }
            if (e.session() != null && !SESSIONS.contains(e.session())) {
                problems.add(Rejection.of("event.unknownSession", "session", e.session()));
            }
            withinLimits(e, problems);
            if (e.workProgramId() != null
                    && calendars.findProgram(e.workProgramId()).isEmpty()) {
                problems.add(Rejection.of("event.unknownProgram", "workProgramId", e.workProgramId()));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            CalendarEvent clean = new CalendarEvent(
                    e.id(),
                    e.workProgramId(),
                    old == null ? null : old.documentId(),
                    e.date(),
                    e.endDate(),
                    e.session(),
                    Texts.clean(e.time()),
                    Texts.clean(e.content()),
                    Texts.clean(e.place()),
                    joined(e.preparingUnits()),
                    joined(e.chairs()),
                    joined(e.participants()),
                    e.nonWorking(),
                    old == null ? null : old.spanStart(),
                    old == null ? null : old.spanEnd());
            CalendarEvent saved = clean;
            if (old == null) {
                saved = calendars.insertEvent(clean);
            } else {
                calendars.updateEvent(clean);
            }
            calendars.replaceParties(
                    saved.id(),
                    resolve(saved.chairs()),
                    resolve(saved.preparingUnits()),
                    resolve(saved.participants()));
            search.changed(RecordKind.EVENT, saved.id());
            return Outcome.ok(saved);
        });
    }

    /** A copy of an event on another day (same session, times, people and place), not tied to a document. */
    public Outcome<CalendarEvent> copy(long id, LocalDate to) {
        CalendarEvent e = calendars.findEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        LocalDate end = e.endDate() == null
                ? null
                : to.plusDays(e.endDate().toEpochDay() - e.date().toEpochDay());
        return save(new CalendarEvent(
                null,
                null,
                null,
                to,
                end,
                e.session(),
                e.time(),
                e.content(),
                e.place(),
                e.preparingUnits(),
                e.chairs(),
                e.participants(),
                e.nonWorking(),
                null,
                null));
    }

    /** Copies every item of the week before {@code monday}'s into this week, same weekday; returns how many. */
    public int copyPreviousWeek(LocalDate monday) {
        return tx.inTransaction(() -> {
            int n = 0;
            for (ScheduledItem i : calendars.scheduledItems(monday.minusWeeks(1), monday.minusDays(1))) {
                CalendarEvent e = i.event();
                if (!e.date().isBefore(monday.minusWeeks(1))
                        && copy(e.id(), e.date().plusWeeks(1)).isOk()) {
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Copies the previous month's items into the month of {@code firstOfMonth}, keeping their rhythm:
     * the n-th weekday of a month goes to the n-th same weekday ("Lễ chào cờ" on the first Monday stays
     * on the first Monday); an item on a fifth weekday the new month lacks is left out. Returns how many.
     */
    public int copyPreviousMonth(LocalDate firstOfMonth) {
        LocalDate start = firstOfMonth.withDayOfMonth(1);
        LocalDate previous = start.minusMonths(1);
        return tx.inTransaction(() -> {
            int n = 0;
            for (ScheduledItem i : calendars.scheduledItems(previous, start.minusDays(1))) {
                CalendarEvent e = i.event();
                if (e.date().isBefore(previous)) {
                    continue;
                }
                LocalDate target = sameWeekdayOfMonth(e.date(), start);
                if (target != null && copy(e.id(), target).isOk()) {
                    n++;
                }
            }
            return n;
        });
    }

    /** The same weekday in the same week of another month (2nd Tuesday → 2nd Tuesday), null when it has none. */
    static LocalDate sameWeekdayOfMonth(LocalDate day, LocalDate firstOfMonth) {
        int nth = (day.getDayOfMonth() - 1) / 7 + 1;
        LocalDate target =
                firstOfMonth.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(nth, day.getDayOfWeek()));
        return target.getMonth() == firstOfMonth.getMonth() ? target : null;
    }

    /** The conflicts of [from, to], each with the note of its acceptance when accepted. */
    public List<CheckedConflict> conflicts(LocalDate from, LocalDate to) {
        Map<String, String> accepted = calendars.acceptedConflicts();
        return rules.check(calendars.scheduledItems(from, to)).stream()
                .map(c -> new CheckedConflict(c, accepted.get(c.key())))
                .toList();
    }

    /**
     * The conflicts of [from, to] shown to one person: only those whose every item the person may read, so that a
     * conflict never reveals an item (its chair, room, time) the person could not open (issue 9).
     */
    public List<CheckedConflict> conflicts(LocalDate from, LocalDate to, vn.dondoc.domain.access.Visibility visible) {
        List<CheckedConflict> all = conflicts(from, to);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        all.forEach(c -> ids.addAll(c.conflict().eventIds()));
        java.util.Set<Long> seen = calendars.visibleEvents(ids, visible);
        return all.stream()
                .filter(c -> seen.containsAll(c.conflict().eventIds()))
                .toList();
    }

    /** Accepts a conflict as it stands; the note says why (e.g. "Đ/c Lạc dự khai mạc rồi chuyển sang họp"). */
    public Outcome<String> accept(String key, String note) {
        if (Texts.clean(note) == null) {
            return Outcome.rejected(Rejection.of("conflict.noteRequired", "note"));
        }
        var tooLong = TextLimits.problem(Texts.clean(note), TextLimits.CONFLICT_NOTE, "note");
        if (tooLong.isPresent()) {
            return Outcome.rejected(tooLong.get());
        }
        if (key == null || key.isBlank()) {
            return Outcome.rejected(Rejection.of("conflict.keyRequired", "key"));
        }
        tx.inTransaction(() -> {
            calendars.acceptConflict(key, Texts.clean(note));
            return null;
        });
        return Outcome.ok(key);
    }

    /** What changed since the last publication: every current item against the published snapshot. */
    public List<ProgramChange> changesSincePublication() {
        List<CalendarEvent> published = publications
                .latest()
                .map(p -> publications.items(p.id(), null, null))
                .orElse(List.of());
        return ProgramChanges.byId(published, allEvents());
    }

    /** Publishes every item as it stands now. */
    public Publication publish() {
        return tx.inTransaction(() -> publications.publish(allEvents(), clock.instant()));
    }

    private List<CalendarEvent> allEvents() {
        return calendars.scheduledItems(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31)).stream()
                .map(ScheduledItem::event)
                .toList();
    }

    /** Deletes an event; an occurrence of a series becomes an exception of it, so it is never recreated. */
    public boolean deleteEvent(long id) {
        return tx.inTransaction(() -> {
            calendars
                    .seriesOfEvent(id)
                    .ifPresent(seriesId ->
                            calendars.findEvent(id).ifPresent(e -> calendars.addSeriesException(seriesId, e.date())));
            search.changed(RecordKind.EVENT, id);
            return calendars.deleteEvent(id);
        });
    }

    /** A series with the occurrences it produced. */
    public record SeriesOccurrences(CalendarSeries series, List<CalendarEvent> events) {}

    /**
     * Creates a recurring item and materialises its occurrences as ordinary events, so views, conflicts,
     * publication and exports see them like any other item.
     */
    public Outcome<SeriesOccurrences> createSeries(Recurrence rule, CalendarEvent template) {
        return tx.inTransaction(() -> {
            List<LocalDate> dates = rule.occurrences();
            if (dates.isEmpty()) {
                return Outcome.rejected(Rejection.of("series.noOccurrence", "rule"));
            }
            // the first occurrence is validated like any event before the series is stored
            Outcome<CalendarEvent> first = save(occurrence(template, dates.get(0)));
            if (!first.isOk()) {
                return first.<SeriesOccurrences>map(e -> null);
            }
            CalendarSeries series = calendars.insertSeries(new CalendarSeries(null, rule, first.orElseThrow()));
            List<CalendarEvent> events = new ArrayList<>();
            events.add(first.orElseThrow());
            calendars.linkToSeries(first.orElseThrow().id(), series.id());
            events.addAll(materialise(series.id(), template, dates.subList(1, dates.size())));
            return Outcome.ok(new SeriesOccurrences(series, events));
        });
    }

    /**
     * Changes a series from {@code from} on: its occurrences dated from then are replaced by those of the new
     * rule and template, cancelled dates staying cancelled; earlier occurrences are kept as they happened.
     */
    public Outcome<SeriesOccurrences> editSeries(
            long seriesId, LocalDate from, Recurrence rule, CalendarEvent template) {
        return tx.inTransaction(() -> {
            CalendarSeries old =
                    calendars.findSeries(seriesId).orElseThrow(() -> new RecordNotFoundException("series", seriesId));
            List<LocalDate> dates = rule.occurrences(calendars.seriesExceptions(seriesId)).stream()
                    .filter(d -> !d.isBefore(from))
                    .toList();
            List<Rejection> problems = new ArrayList<>();
            if (Texts.clean(template.content()) == null) {
                problems.add(Rejection.of("event.contentRequired", "content"));
            }
            if (template.session() != null && !SESSIONS.contains(template.session())) {
                problems.add(Rejection.of("event.unknownSession", "session", template.session()));
            }
            withinLimits(template, problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            for (CalendarEvent e : calendars.seriesEventsFrom(seriesId, from)) {
                search.changed(RecordKind.EVENT, e.id());
                calendars.replaceOccurrence(e.id());
            }
            CalendarSeries changed = new CalendarSeries(old.id(), rule, template);
            calendars.updateSeries(changed);
            return Outcome.ok(new SeriesOccurrences(changed, materialise(seriesId, template, dates)));
        });
    }

    private List<CalendarEvent> materialise(long seriesId, CalendarEvent template, List<LocalDate> dates) {
        List<CalendarEvent> events = new ArrayList<>();
        for (LocalDate d : dates) {
            CalendarEvent e = save(occurrence(template, d)).orElseThrow();
            calendars.linkToSeries(e.id(), seriesId);
            events.add(e);
        }
        return events;
    }

    /** The template on one date; a multi-day template keeps its length. */
    private static CalendarEvent occurrence(CalendarEvent t, LocalDate date) {
        LocalDate end = t.endDate() == null || t.date() == null
                ? null
                : date.plusDays(t.endDate().toEpochDay() - t.date().toEpochDay());
        return new CalendarEvent(
                null,
                t.workProgramId(),
                null,
                date,
                end,
                t.session(),
                t.time(),
                t.content(),
                t.place(),
                t.preparingUnits(),
                t.chairs(),
                t.participants(),
                t.nonWorking(),
                null,
                null);
    }

    /** Deletes a work program with its events. */
    public boolean deleteProgram(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.EVENT, calendars.eventIdsOfProgram(id));
            return calendars.deleteProgram(id);
        });
    }

    /** "VP; Phòng LĐVL" or one per line → the names, each resolved. */
    private List<ScheduledItem.Party> resolve(String names) {
        List<ScheduledItem.Party> out = new ArrayList<>();
        for (String n : split(names)) {
            ResolvedName rn = this.names.resolve(n);
            out.add(new ScheduledItem.Party(n, rn.unitId(), rn.personId()));
        }
        return out;
    }

    public static List<String> split(String names) {
        if (names == null) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(names.split("[;\\n]"))
                .map(Texts::clean)
                .filter(s -> s != null)
                .toList()));
    }

    private static String joined(String names) {
        List<String> parts = split(names);
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
