package vn.dondoc.app.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarSeries;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.Recurrence;
import vn.dondoc.domain.calendar.WorkProgram;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;

/** REST: work programs and their calendar events. The calendar is the agency's: changing it takes a role that edits agency records. */
@RestController
@RequestMapping("/api")
public class CalendarApi {
    private final Calendars calendars;
    private final CalendarService service;

    private final ConflictMessages conflictMessages;

    private final Access access;

    CalendarApi(Calendars calendars, CalendarService service, ConflictMessages conflictMessages, Access access) {
        this.access = access;
        this.calendars = calendars;
        this.service = service;
        this.conflictMessages = conflictMessages;
    }

    /** Acceptance of a conflict: its key as listed by /api/calendar/conflicts, and why it stands. */
    public record Acceptance(String key, String note) {}

    /** The conflicts of [from, to]: kind, the events involved, the reason in Vietnamese, and any acceptance. */
    @GetMapping("/calendar/conflicts")
    public List<ConflictMessages.ConflictView> conflicts(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return service.conflicts(from, to, access.visibility()).stream()
                .map(conflictMessages::view)
                .toList();
    }

    @PostMapping("/calendar/conflicts/accepted")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void accept(@RequestBody Acceptance a) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        RejectedException.unwrap(service.accept(a.key(), a.note()));
    }

    @PostMapping("/calendar-events/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    public CalendarEvent copy(@PathVariable long id, @RequestParam LocalDate to) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        return RejectedException.unwrap(service.copy(id, to));
    }

    public record EventRequest(
            Long workProgramId,
            LocalDate date,
            LocalDate endDate,
            String session,
            String time,
            String content,
            String place,
            String preparingUnits,
            String chairs,
            String participants,
            Boolean nonWorking) {
        CalendarEvent event(Long id) {
            return new CalendarEvent(
                    id,
                    workProgramId,
                    null,
                    date,
                    endDate,
                    session,
                    time,
                    content,
                    place,
                    preparingUnits,
                    chairs,
                    participants,
                    Boolean.TRUE.equals(nonWorking),
                    null,
                    null);
        }
    }

    @GetMapping("/work-programs")
    public Page<WorkProgram> programs(
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return calendars.listPrograms(documentId, access.visibility(), PageRequest.of(page, size));
    }

    @GetMapping("/work-programs/{id}")
    public WorkProgram program(@PathVariable long id) {
        return calendars.findProgram(id).orElseThrow(() -> new RecordNotFoundException("workProgram", id));
    }

    /** What this program changed in the one it revises ("Điều chỉnh lần 2"): items added, changed, removed. */
    @GetMapping("/work-programs/{id}/changes")
    public List<vn.dondoc.domain.calendar.ProgramChange> programChanges(@PathVariable long id) {
        calendars.findProgram(id).orElseThrow(() -> new RecordNotFoundException("workProgram", id));
        return calendars.revisionChanges(id);
    }

    @DeleteMapping("/work-programs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void deleteProgram(@PathVariable long id) {
        access.require(Action.DELETE, "workProgram", RecordScope.AGENCY);
        if (!service.deleteProgram(id)) {
            throw new RecordNotFoundException("workProgram", id);
        }
    }

    @GetMapping("/calendar-events")
    public Page<CalendarEvent> events(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return calendars.listEvents(from, to, documentId, unitId, access.visibility(), PageRequest.of(page, size));
    }

    @GetMapping("/calendar-events/{id}")
    public CalendarEvent event(@PathVariable long id) {
        CalendarEvent e = calendars.findEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        access.requireSeen(
                "event",
                !calendars.visibleEvents(List.of(id), access.visibility()).isEmpty());
        return e;
    }

    @PostMapping("/calendar-events")
    @ResponseStatus(HttpStatus.CREATED)
    public CalendarEvent create(@RequestBody EventRequest r) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        return RejectedException.unwrap(service.save(r.event(null)));
    }

    @PutMapping("/calendar-events/{id}")
    public CalendarEvent update(@PathVariable long id, @RequestBody EventRequest r) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        return RejectedException.unwrap(service.save(r.event(id)));
    }

    @DeleteMapping("/calendar-events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        access.require(Action.DELETE, "event", RecordScope.AGENCY);
        if (!service.deleteEvent(id)) {
            throw new RecordNotFoundException("event", id);
        }
    }

    /**
     * A recurring item: how it repeats (WEEKLY on a weekday, MONTHLY_DAY on dayOfMonth, MONTHLY_NTH_WEEKDAY on
     * the nth weekday, -1 the last), from start until a date or for a count, and the item each occurrence copies.
     * For an edit, {@code from} is the first date the change applies to.
     */
    public record SeriesRequest(
            String frequency,
            LocalDate start,
            java.time.DayOfWeek weekday,
            Integer dayOfMonth,
            Integer nth,
            LocalDate until,
            Integer count,
            LocalDate from,
            String session,
            String time,
            String content,
            String place,
            String preparingUnits,
            String chairs,
            String participants,
            Boolean nonWorking) {
        Outcome<Recurrence> rule() {
            try {
                Recurrence.Frequency f = Recurrence.Frequency.valueOf(String.valueOf(frequency));
                return Outcome.ok(new Recurrence(
                        f, start, weekday, dayOfMonth == null ? 0 : dayOfMonth, nth == null ? 0 : nth, until, count));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Outcome.rejected(Rejection.of("series.invalidRule", "frequency"));
            }
        }

        CalendarEvent template() {
            return new CalendarEvent(
                    null,
                    null,
                    null,
                    start,
                    null,
                    session,
                    time,
                    content,
                    place,
                    preparingUnits,
                    chairs,
                    participants,
                    Boolean.TRUE.equals(nonWorking),
                    null,
                    null);
        }
    }

    @PostMapping("/calendar/series")
    @ResponseStatus(HttpStatus.CREATED)
    public CalendarService.SeriesOccurrences createSeries(@RequestBody SeriesRequest r) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        Recurrence rule = RejectedException.unwrap(r.rule());
        return RejectedException.unwrap(service.createSeries(rule, r.template()));
    }

    @GetMapping("/calendar/series/{id}")
    public CalendarSeries series(@PathVariable long id) {
        return calendars.findSeries(id).orElseThrow(() -> new RecordNotFoundException("series", id));
    }

    /** Changes a series from a date on (default: its start); earlier occurrences stay as they were. */
    @PutMapping("/calendar/series/{id}")
    public CalendarService.SeriesOccurrences editSeries(@PathVariable long id, @RequestBody SeriesRequest r) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        Recurrence rule = RejectedException.unwrap(r.rule());
        return RejectedException.unwrap(
                service.editSeries(id, r.from() == null ? rule.start() : r.from(), rule, r.template()));
    }
}
