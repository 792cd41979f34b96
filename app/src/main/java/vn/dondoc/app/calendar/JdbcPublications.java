package vn.dondoc.app.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Publication;
import vn.dondoc.domain.calendar.Publications;

@Repository
class JdbcPublications implements Publications {
    private final JdbcClient jdbc;

    JdbcPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Publication> latest() {
        return jdbc.sql("SELECT * FROM calendar_publications ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Publication(
                        rs.getLong("id"),
                        rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("item_count")))
                .optional();
    }

    @Override
    public Publication publish(List<CalendarEvent> items, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_publications (published_at, item_count) VALUES (:at, :n)")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("n", items.size())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (CalendarEvent e : items) {
            jdbc.sql(
                            "INSERT INTO calendar_published_events (publication_id, event_id, event_date, end_date, day_session,"
                                    + " time_text, content, place, preparing_units, chairs, participants, non_working)"
                                    + " VALUES (:p, :e, :date, :end, :session, :time, :content, :place, :prep, :chairs, :part, :nw)")
                    .param("p", id)
                    .param("e", e.id())
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
                    .update();
        }
        return new Publication(id, at, items.size());
    }

    @Override
    public List<CalendarEvent> items(long publicationId, LocalDate from, LocalDate to) {
        Where w = new Where()
                .and("publication_id = :p", "p", publicationId)
                .and("event_date <= :to", "to", to)
                .and("COALESCE(end_date, event_date) >= :from", "from", from);
        return jdbc.sql("SELECT * FROM calendar_published_events" + w.sql() + " ORDER BY event_date, id")
                .params(w.params())
                .query((rs, n) -> new CalendarEvent(
                        rs.getLong("event_id"),
                        null,
                        null,
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
                        null,
                        null))
                .list();
    }
}
