package vn.dondoc.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: work programs and calendar events. */
public interface Calendars {
    WorkProgram insertProgram(WorkProgram program);

    Optional<WorkProgram> findProgram(long id);

    /** Every program (the machine's own use: layouts learnt, revisions found). */
    default Page<WorkProgram> listPrograms(Long documentId, PageRequest page) {
        return listPrograms(documentId, vn.dondoc.domain.access.Visibility.EVERYTHING, page);
    }

    /** The programs this person may read: their owner unit's, else their document's (issue 9). */
    Page<WorkProgram> listPrograms(Long documentId, vn.dondoc.domain.access.Visibility visible, PageRequest page);

    /** Deletes a work program with its events. */
    boolean deleteProgram(long id);

    /** Ids of a program's events (they go with it when it is deleted). */
    List<Long> eventIdsOfProgram(long programId);

    CalendarEvent insertEvent(CalendarEvent event);

    /** Records which unit or person a name of the event resolved to (role PREPARING or CHAIR). */
    void addParty(long eventId, String role, String rawName, Long unitId, Long personId);

    Optional<CalendarEvent> findEvent(long id);

    default Page<CalendarEvent> listEvents(
            LocalDate from, LocalDate to, Long documentId, Long unitId, PageRequest page) {
        return listEvents(from, to, documentId, unitId, vn.dondoc.domain.access.Visibility.EVERYTHING, page);
    }

    /**
     * The agenda items someone may read: the agency's agenda, read by every signed-in person (the public reads
     * only what is published, elsewhere).
     */
    Page<CalendarEvent> listEvents(
            LocalDate from,
            LocalDate to,
            Long documentId,
            Long unitId,
            vn.dondoc.domain.access.Visibility visible,
            PageRequest page);

    void updateEvent(CalendarEvent event);

    boolean deleteEvent(long id);

    /**
     * Removes an occurrence that an edit of its series rewrites: replaced like a join row, not deleted (the series
     * holds what it was), so it does not go to the trash.
     */
    default void replaceOccurrence(long id) {
        deleteEvent(id);
    }

    /** Every event touching [from, to] (a multi-day item starting before from counts), with its resolved names. */
    List<ScheduledItem> scheduledItems(LocalDate from, LocalDate to);

    /** Of these agenda items, those someone may read (the rule of {@link #listEvents} with a visibility). */
    java.util.Set<Long> visibleEvents(java.util.Collection<Long> ids, vn.dondoc.domain.access.Visibility visible);

    /** The items someone may read, in their order. */
    default List<CalendarEvent> visibleOnly(List<CalendarEvent> events, vn.dondoc.domain.access.Visibility visible) {
        if (visible.everything() || events.isEmpty()) {
            return events;
        }
        java.util.Set<Long> ok =
                visibleEvents(events.stream().map(CalendarEvent::id).toList(), visible);
        return events.stream().filter(e -> ok.contains(e.id())).toList();
    }

    /** Replaces the resolved names of an edited event. */
    void replaceParties(
            long eventId,
            List<ScheduledItem.Party> chairs,
            List<ScheduledItem.Party> preparingUnits,
            List<ScheduledItem.Party> participants);

    /** Notes of accepted conflicts by conflict key. */
    java.util.Map<String, String> acceptedConflicts();

    void acceptConflict(String key, String note);

    /** Events of [from, to] chaired or attended by this person, or prepared by this unit (null: any). */
    List<CalendarEvent> eventsFor(LocalDate from, LocalDate to, Long personId, Long unitId);

    /** The rooms an item's place is chosen from, by name. */
    List<String> rooms();

    /** A program's events, in date order. */
    List<CalendarEvent> eventsOfProgram(long programId);

    /** Records that {@code programId} revises {@code previousProgramId}, with what changed. */
    void recordRevision(long programId, long previousProgramId, List<ProgramChange> changes);

    /** What changed when this program revised an earlier one (empty for a first version). */
    List<ProgramChange> revisionChanges(long programId);

    CalendarSeries insertSeries(CalendarSeries series);

    Optional<CalendarSeries> findSeries(long id);

    /** Replaces the rule and template of a series (its events are changed by the caller). */
    void updateSeries(CalendarSeries series);

    void linkToSeries(long eventId, long seriesId);

    /** The series an event is an occurrence of, if any. */
    Optional<Long> seriesOfEvent(long eventId);

    void addSeriesException(long seriesId, LocalDate date);

    java.util.Set<LocalDate> seriesExceptions(long seriesId);

    /** Which series an occurrence belongs to, and the date of the rule it was made for (it may have moved since). */
    record SeriesLink(long seriesId, LocalDate seriesDate) {}

    /** A person of the org an item takes, by the name written on it: as its chair or as a participant. */
    record Attendance(long personId, String name, boolean chair) {}

    /** The people these items take (names resolved to a person), by event id. */
    java.util.Map<Long, List<Attendance>> peopleOf(java.util.Collection<Long> eventIds);

    /** The series links of those of these events that are occurrences, by event id. */
    java.util.Map<Long, SeriesLink> seriesLinks(java.util.Collection<Long> eventIds);

    /** The occurrences of a series dated on or after {@code from}, in date order. */
    List<CalendarEvent> seriesEventsFrom(long seriesId, LocalDate from);
}
