package vn.dondoc.app.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.SoftDelete;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarSeries;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.ProgramChange;
import vn.dondoc.domain.calendar.Recurrence;
import vn.dondoc.domain.calendar.ScheduledItem;
import vn.dondoc.domain.calendar.WorkProgram;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

@Repository
class JdbcCalendars implements Calendars {
    private final JdbcClient jdbc;

    JdbcCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static WorkProgram mapProgram(ResultSet rs, int n) throws SQLException {
        return new WorkProgram(
                rs.getLong("id"),
                Rows.longOrNull(rs, "document_id"),
                rs.getString("title"),
                Rows.longOrNull(rs, "owner_unit_id"),
                Rows.date(rs, "period_start"),
                Rows.date(rs, "period_end"));
    }

    static CalendarEvent mapEvent(ResultSet rs, int n) throws SQLException {
        return new CalendarEvent(
                rs.getLong("id"),
                Rows.longOrNull(rs, "work_program_id"),
                Rows.longOrNull(rs, "document_id"),
                Rows.date(rs, "event_date"),
                Rows.date(rs, "end_date"),
                rs.getString("day_session"),
                rs.getString("time_text"),
                rs.getString("content"),
                rs.getString("place"),
                rs.getString("preparing_units"),
                rs.getString("chairs"),
                rs.getString("participants"),
                rs.getBoolean("non_working"),
                Rows.intOrNull(rs, "span_start"),
                Rows.intOrNull(rs, "span_end"));
    }

    @Override
    public WorkProgram insertProgram(WorkProgram p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO work_programs (document_id, title, owner_unit_id, period_start, period_end)"
                        + " VALUES (:doc, :title, :owner, :from, :to)")
                .param("doc", p.documentId())
                .param("title", p.title())
                .param("owner", p.ownerUnitId())
                .param("from", p.periodStart())
                .param("to", p.periodEnd())
                .update(keys, "id");
        return new WorkProgram(
                keys.getKey().longValue(), p.documentId(), p.title(), p.ownerUnitId(), p.periodStart(), p.periodEnd());
    }

    @Override
    public Optional<WorkProgram> findProgram(long id) {
        return jdbc.sql("SELECT * FROM work_programs WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcCalendars::mapProgram)
                .optional();
    }

    @Override
    public Page<WorkProgram> listPrograms(Long documentId, Visibility visible, PageRequest page) {
        Where w = new Where().and("work_programs.deleted_at IS NULL").and("document_id = :doc", "doc", documentId);
        Visible.and(
                w,
                Visible.workPrograms(visible, "work_programs.owner_unit_id", "work_programs.document_id", w.params()));
        long total = jdbc.sql("SELECT COUNT(*) FROM work_programs" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<WorkProgram> items = jdbc.sql("SELECT * FROM work_programs" + w.sql()
                        + " ORDER BY period_start DESC NULLS LAST, id DESC LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcCalendars::mapProgram)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public boolean deleteProgram(long id) {
        // soft delete, with its items at the same moment so that restoring the program brings back exactly those
        var now = Rows.now();
        SoftDelete.markWhere(jdbc, "calendar_events", "work_program_id = :id", id, now);
        return SoftDelete.markWhere(jdbc, "work_programs", "id = :id", id, now) > 0;
    }

    @Override
    public List<Long> eventIdsOfProgram(long programId) {
        return jdbc.sql("SELECT id FROM calendar_events WHERE work_program_id = :wp AND deleted_at IS NULL ORDER BY id")
                .param("wp", programId)
                .query(Long.class)
                .list();
    }

    @Override
    public CalendarEvent insertEvent(CalendarEvent e) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(
                        jdbc.sql(
                                "INSERT INTO calendar_events (work_program_id, document_id, event_date, end_date, day_session, time_text,"
                                        + " content, place, preparing_units, chairs, participants, non_working, span_start, span_end)"
                                        + " VALUES (:wp, :doc, :date, :end, :session, :time, :content, :place, :prep, :chairs, :part, :nw, :s, :e)"),
                        e)
                .update(keys, "id");
        return findEvent(keys.getKey().longValue()).orElseThrow();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CalendarEvent e) {
        return spec.param("wp", e.workProgramId())
                .param("doc", e.documentId())
                .param("date", e.date())
                .param("end", e.endDate())
                .param("session", e.session())
                .param("time", e.time())
                .param("content", e.content())
                .param("place", e.place())
                .param("prep", e.preparingUnits())
                .param("chairs", e.chairs())
                .param("part", e.participants())
                .param("nw", e.nonWorking())
                .param("s", e.spanStart())
                .param("e", e.spanEnd());
    }

    @Override
    public void addParty(long eventId, String role, String rawName, Long unitId, Long personId) {
        jdbc.sql(
                        "INSERT INTO calendar_event_parties (event_id, role, raw_name, unit_id, person_id) VALUES (:e, :r, :n, :u, :p)")
                .param("e", eventId)
                .param("r", role)
                .param("n", rawName)
                .param("u", unitId)
                .param("p", personId)
                .update();
    }

    @Override
    public Optional<CalendarEvent> findEvent(long id) {
        return jdbc.sql("SELECT * FROM calendar_events WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcCalendars::mapEvent)
                .optional();
    }

    @Override
    public Page<CalendarEvent> listEvents(
            LocalDate from, LocalDate to, Long documentId, Long unitId, Visibility visible, PageRequest page) {
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("event_date >= :from", "from", from)
                .and("event_date <= :to", "to", to)
                .and("document_id = :doc", "doc", documentId)
                .and("id IN (SELECT event_id FROM calendar_event_parties WHERE unit_id = :unit)", "unit", unitId);
        Visible.and(w, Visible.events(visible, "calendar_events.id", w.params()));
        long total = jdbc.sql("SELECT COUNT(*) FROM calendar_events" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<CalendarEvent> items = jdbc.sql("SELECT * FROM calendar_events" + w.sql()
                        + " ORDER BY event_date NULLS LAST, span_start, id LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcCalendars::mapEvent)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public java.util.Set<Long> visibleEvents(java.util.Collection<Long> ids, Visibility visible) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("ids", List.copyOf(ids));
        String readable = Visible.events(visible, "e.id", params);
        return new java.util.HashSet<>(
                jdbc.sql("SELECT e.id FROM calendar_events e WHERE e.id IN (:ids) AND e.deleted_at IS NULL"
                                + (readable == null ? "" : " AND (" + readable + ")"))
                        .params(params)
                        .query(Long.class)
                        .list());
    }

    @Override
    public void updateEvent(CalendarEvent e) {
        bind(
                        jdbc.sql(
                                "UPDATE calendar_events SET work_program_id = :wp, document_id = :doc, event_date = :date,"
                                        + " end_date = :end, day_session = :session, time_text = :time, content = :content, place = :place,"
                                        + " preparing_units = :prep, chairs = :chairs, participants = :part, non_working = :nw, span_start = :s,"
                                        + " span_end = :e WHERE id = :id"),
                        e)
                .param("id", e.id())
                .update();
    }

    @Override
    public boolean deleteEvent(long id) {
        // soft delete: the item keeps its parties, which come back with it
        return SoftDelete.mark(jdbc, "calendar_events", id);
    }

    @Override
    public void replaceOccurrence(long id) {
        jdbc.sql("DELETE FROM calendar_events WHERE id = :id").param("id", id).update();
    }

    @Override
    public List<ScheduledItem> scheduledItems(LocalDate from, LocalDate to) {
        List<CalendarEvent> events = jdbc.sql(
                        "SELECT * FROM calendar_events WHERE event_date <= :to AND deleted_at IS NULL"
                                + " AND COALESCE(end_date, event_date) >= :from ORDER BY event_date, span_start, id")
                .param("from", from)
                .param("to", to)
                .query(JdbcCalendars::mapEvent)
                .list();
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScheduledItem.Party>> chairs = new HashMap<>();
        Map<Long, List<ScheduledItem.Party>> preparing = new HashMap<>();
        Map<Long, List<ScheduledItem.Party>> participants = new HashMap<>();
        jdbc.sql("SELECT p.* FROM calendar_event_parties p JOIN calendar_events e ON e.id = p.event_id"
                        + " WHERE e.event_date <= :to AND COALESCE(e.end_date, e.event_date) >= :from AND e.deleted_at IS NULL"
                        + " ORDER BY p.id")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    var party = new ScheduledItem.Party(
                            rs.getString("raw_name"), Rows.longOrNull(rs, "unit_id"), Rows.longOrNull(rs, "person_id"));
                    var target = switch (rs.getString("role")) {
                        case "CHAIR" -> chairs;
                        case "PARTICIPANT" -> participants;
                        default -> preparing;
                    };
                    target.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(party);
                    return null;
                })
                .list();
        return events.stream()
                .map(e -> new ScheduledItem(
                        e,
                        chairs.getOrDefault(e.id(), List.of()),
                        preparing.getOrDefault(e.id(), List.of()),
                        participants.getOrDefault(e.id(), List.of())))
                .toList();
    }

    @Override
    public void replaceParties(
            long eventId,
            List<ScheduledItem.Party> chairs,
            List<ScheduledItem.Party> preparingUnits,
            List<ScheduledItem.Party> participants) {
        jdbc.sql("DELETE FROM calendar_event_parties WHERE event_id = :e")
                .param("e", eventId)
                .update();
        chairs.forEach(p -> addParty(eventId, "CHAIR", p.rawName(), p.unitId(), p.personId()));
        preparingUnits.forEach(p -> addParty(eventId, "PREPARING", p.rawName(), p.unitId(), p.personId()));
        // a participant is a person or a free text ("Đại diện lãnh đạo các xã"); a unit it may name is not its preparer
        participants.forEach(p -> addParty(eventId, "PARTICIPANT", p.rawName(), null, p.personId()));
    }

    @Override
    public Map<String, String> acceptedConflicts() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT conflict_key, note FROM calendar_conflict_acceptances")
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    @Override
    public void acceptConflict(String key, String note) {
        int n = jdbc.sql(
                        "UPDATE calendar_conflict_acceptances SET note = :note, accepted_at = :at WHERE conflict_key = :k")
                .param("note", note)
                .param("at", OffsetDateTime.now())
                .param("k", key)
                .update();
        if (n == 0) {
            jdbc.sql(
                            "INSERT INTO calendar_conflict_acceptances (conflict_key, note, accepted_at) VALUES (:k, :note, :at)")
                    .param("note", note)
                    .param("at", OffsetDateTime.now())
                    .param("k", key)
                    .update();
        }
    }

    @Override
    public List<CalendarEvent> eventsFor(LocalDate from, LocalDate to, Long personId, Long unitId) {
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("event_date <= :to", "to", to)
                .and("COALESCE(end_date, event_date) >= :from", "from", from)
                .and(
                        "id IN (SELECT event_id FROM calendar_event_parties WHERE role IN ('CHAIR', 'PARTICIPANT')"
                                + " AND person_id = :person)",
                        "person",
                        personId)
                .and(
                        "id IN (SELECT event_id FROM calendar_event_parties WHERE role <> 'PARTICIPANT' AND unit_id = :unit)",
                        "unit",
                        unitId);
        return jdbc.sql("SELECT * FROM calendar_events" + w.sql() + " ORDER BY event_date, span_start, id")
                .params(w.params())
                .query(JdbcCalendars::mapEvent)
                .list();
    }

    @Override
    public List<String> rooms() {
        return jdbc.sql("SELECT name FROM calendar_rooms ORDER BY name")
                .query(String.class)
                .list();
    }

    @Override
    public List<CalendarEvent> eventsOfProgram(long programId) {
        return jdbc.sql("SELECT * FROM calendar_events WHERE work_program_id = :wp AND deleted_at IS NULL"
                        + " ORDER BY event_date, span_start, id")
                .param("wp", programId)
                .query(JdbcCalendars::mapEvent)
                .list();
    }

    @Override
    public void recordRevision(long programId, long previousProgramId, List<ProgramChange> changes) {
        jdbc.sql("UPDATE work_programs SET revises_program_id = :prev WHERE id = :id")
                .param("prev", previousProgramId)
                .param("id", programId)
                .update();
        for (ProgramChange c : changes) {
            CalendarEvent b = c.before();
            CalendarEvent a = c.after();
            jdbc.sql(
                            "INSERT INTO work_program_changes (program_id, kind, event_id, fields, before_date, before_session,"
                                    + " before_content, after_date, after_session, after_content)"
                                    + " VALUES (:p, :k, :e, :f, :bd, :bs, :bc, :ad, :as, :ac)")
                    .param("p", programId)
                    .param("k", c.kind().name())
                    .param("e", c.item().id())
                    .param("f", String.join(",", c.fields()))
                    .param("bd", b == null ? null : b.date())
                    .param("bs", b == null ? null : b.session())
                    .param("bc", b == null ? null : b.content())
                    .param("ad", a == null ? null : a.date())
                    .param("as", a == null ? null : a.session())
                    .param("ac", a == null ? null : a.content())
                    .update();
        }
    }

    @Override
    public List<ProgramChange> revisionChanges(long programId) {
        return jdbc.sql("SELECT * FROM work_program_changes WHERE program_id = :p ORDER BY id")
                .param("p", programId)
                .query((rs, n) -> {
                    long id = rs.getLong("event_id");
                    CalendarEvent before = rs.getString("before_content") == null
                            ? null
                            : sketch(
                                    id,
                                    Rows.date(rs, "before_date"),
                                    rs.getString("before_session"),
                                    rs.getString("before_content"));
                    CalendarEvent after = rs.getString("after_content") == null
                            ? null
                            : sketch(
                                    id,
                                    Rows.date(rs, "after_date"),
                                    rs.getString("after_session"),
                                    rs.getString("after_content"));
                    String fields = rs.getString("fields");
                    return new ProgramChange(
                            ProgramChange.Kind.valueOf(rs.getString("kind")),
                            before,
                            after,
                            fields == null || fields.isEmpty() ? List.of() : List.of(fields.split(",")));
                })
                .list();
    }

    /** The part of an event a change record keeps: when and what. */
    private static CalendarEvent sketch(long id, LocalDate date, String session, String content) {
        return new CalendarEvent(
                id, null, null, date, null, session, null, content, null, null, null, false, null, null);
    }

    @Override
    public CalendarSeries insertSeries(CalendarSeries series) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bindSeries(
                        jdbc.sql(
                                "INSERT INTO calendar_series (frequency, start_date, weekday, day_of_month, nth, until_date,"
                                        + " occurrence_count, day_session, time_text, content, place, preparing_units, chairs, participants)"
                                        + " VALUES (:freq, :start, :weekday, :dom, :nth, :until, :count, :session, :time, :content, :place,"
                                        + " :prep, :chairs, :part)"),
                        series)
                .update(keys, "id");
        return new CalendarSeries(keys.getKey().longValue(), series.rule(), series.template());
    }

    private static JdbcClient.StatementSpec bindSeries(JdbcClient.StatementSpec spec, CalendarSeries s) {
        Recurrence r = s.rule();
        CalendarEvent t = s.template();
        return spec.param("freq", r.frequency().name())
                .param("start", r.start())
                .param("weekday", r.weekday() == null ? null : r.weekday().getValue())
                .param("dom", r.dayOfMonth())
                .param("nth", r.nth())
                .param("until", r.until())
                .param("count", r.count())
                .param("session", t.session())
                .param("time", t.time())
                .param("content", t.content())
                .param("place", t.place())
                .param("prep", t.preparingUnits())
                .param("chairs", t.chairs())
                .param("part", t.participants());
    }

    @Override
    public Optional<CalendarSeries> findSeries(long id) {
        return jdbc.sql("SELECT * FROM calendar_series WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Integer weekday = Rows.intOrNull(rs, "weekday");
                    Recurrence rule = new Recurrence(
                            Recurrence.Frequency.valueOf(rs.getString("frequency")),
                            Rows.date(rs, "start_date"),
                            weekday == null || weekday == 0 ? null : DayOfWeek.of(weekday),
                            rs.getInt("day_of_month"),
                            rs.getInt("nth"),
                            Rows.date(rs, "until_date"),
                            Rows.intOrNull(rs, "occurrence_count"));
                    CalendarEvent template = new CalendarEvent(
                            null,
                            null,
                            null,
                            null,
                            null,
                            rs.getString("day_session"),
                            rs.getString("time_text"),
                            rs.getString("content"),
                            rs.getString("place"),
                            rs.getString("preparing_units"),
                            rs.getString("chairs"),
                            rs.getString("participants"),
                            false,
                            null,
                            null);
                    return new CalendarSeries(rs.getLong("id"), rule, template);
                })
                .optional();
    }

    @Override
    public void updateSeries(CalendarSeries series) {
        bindSeries(
                        jdbc.sql(
                                "UPDATE calendar_series SET frequency = :freq, start_date = :start, weekday = :weekday,"
                                        + " day_of_month = :dom, nth = :nth, until_date = :until, occurrence_count = :count,"
                                        + " day_session = :session, time_text = :time, content = :content, place = :place,"
                                        + " preparing_units = :prep, chairs = :chairs, participants = :part WHERE id = :id"),
                        series)
                .param("id", series.id())
                .update();
    }

    @Override
    public void linkToSeries(long eventId, long seriesId) {
        jdbc.sql("UPDATE calendar_events SET series_id = :s, series_date = event_date WHERE id = :e")
                .param("s", seriesId)
                .param("e", eventId)
                .update();
    }

    @Override
    public Map<Long, List<Attendance>> peopleOf(java.util.Collection<Long> eventIds) {
        Map<Long, List<Attendance>> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT event_id, person_id, raw_name, role FROM calendar_event_parties WHERE event_id IN (:ids)"
                        + " AND person_id IS NOT NULL AND role IN ('CHAIR', 'PARTICIPANT')"
                        + " AND person_id NOT IN (SELECT id FROM people WHERE deleted_at IS NOT NULL) ORDER BY id")
                .param("ids", List.copyOf(eventIds))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                        .add(new Attendance(
                                rs.getLong("person_id"),
                                rs.getString("raw_name"),
                                "CHAIR".equals(rs.getString("role")))))
                .list();
        return out;
    }

    @Override
    public Map<Long, SeriesLink> seriesLinks(java.util.Collection<Long> eventIds) {
        Map<Long, SeriesLink> out = new HashMap<>();
        if (eventIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT id, series_id, COALESCE(series_date, event_date) AS series_date FROM calendar_events"
                        + " WHERE id IN (:ids) AND series_id IS NOT NULL")
                .param("ids", List.copyOf(eventIds))
                .query((rs, n) -> out.put(
                        rs.getLong("id"), new SeriesLink(rs.getLong("series_id"), Rows.date(rs, "series_date"))))
                .list();
        return out;
    }

    @Override
    public Optional<Long> seriesOfEvent(long eventId) {
        return jdbc.sql("SELECT series_id FROM calendar_events WHERE id = :e AND series_id IS NOT NULL")
                .param("e", eventId)
                .query(Long.class)
                .optional();
    }

    @Override
    public void addSeriesException(long seriesId, LocalDate date) {
        if (!seriesExceptions(seriesId).contains(date)) {
            jdbc.sql("INSERT INTO calendar_series_exceptions (series_id, exception_date) VALUES (:s, :d)")
                    .param("s", seriesId)
                    .param("d", date)
                    .update();
        }
    }

    @Override
    public Set<LocalDate> seriesExceptions(long seriesId) {
        return new HashSet<>(jdbc.sql("SELECT exception_date FROM calendar_series_exceptions WHERE series_id = :s")
                .param("s", seriesId)
                .query((rs, n) -> Rows.date(rs, "exception_date"))
                .list());
    }

    @Override
    public List<CalendarEvent> seriesEventsFrom(long seriesId, LocalDate from) {
        return jdbc.sql(
                        "SELECT * FROM calendar_events WHERE series_id = :s AND event_date >= :from AND deleted_at IS NULL"
                                + " ORDER BY event_date, id")
                .param("s", seriesId)
                .param("from", from)
                .query(JdbcCalendars::mapEvent)
                .list();
    }
}
