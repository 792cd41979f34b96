package vn.dondoc.domain.calendar;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/** Use cases of agenda items: a date, an end not before it, some content, a known program; search follows. */
public final class CalendarService {
    private final Calendars calendars;
    private final Search search;
    private final Transactor tx;

    public CalendarService(Calendars calendars, Search search, Transactor tx) {
        this.calendars = calendars;
        this.search = search;
        this.tx = tx;
    }

    /** Stores a new event (id null) or replaces an event's content, keeping its document and source span. */
    public Outcome<CalendarEvent> save(CalendarEvent e) {
        return tx.inTransaction(() -> {
            CalendarEvent old = e.id() == null ? null
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
            if (e.workProgramId() != null && calendars.findProgram(e.workProgramId()).isEmpty()) {
                problems.add(Rejection.of("event.unknownProgram", "workProgramId", e.workProgramId()));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            CalendarEvent clean = new CalendarEvent(e.id(), e.workProgramId(), old == null ? null : old.documentId(),
                    e.date(), e.endDate(), e.session(), e.time(), Texts.clean(e.content()), e.place(), e.preparingUnits(),
                    e.chairs(), e.nonWorking(), old == null ? null : old.spanStart(), old == null ? null : old.spanEnd());
            CalendarEvent saved = clean;
            if (old == null) {
                saved = calendars.insertEvent(clean);
            } else {
                calendars.updateEvent(clean);
            }
            search.changed(RecordKind.EVENT, saved.id());
            return Outcome.ok(saved);
        });
    }

    public boolean deleteEvent(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.EVENT, id);
            return calendars.deleteEvent(id);
        });
    }

    /** Deletes a work program with its events. */
    public boolean deleteProgram(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.EVENT, calendars.eventIdsOfProgram(id));
            return calendars.deleteProgram(id);
        });
    }
}
