package vn.dondoc.app.workday;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.workday.DayAnnouncement;
import vn.dondoc.domain.workday.DayAnnouncements;

@Repository
class JdbcDayAnnouncements implements DayAnnouncements {
    private final JdbcClient jdbc;

    JdbcDayAnnouncements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static DayAnnouncement map(ResultSet rs, int n) throws SQLException {
        return new DayAnnouncement(
                rs.getLong("id"),
                Rows.date(rs, "on_day"),
                DayAnnouncement.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"));
    }

    @Override
    public List<DayAnnouncement> all() {
        return jdbc.sql("SELECT id, on_day, kind, name FROM day_announcements ORDER BY on_day")
                .query(JdbcDayAnnouncements::map)
                .list();
    }

    @Override
    public Optional<DayAnnouncement> find(long id) {
        return jdbc.sql("SELECT id, on_day, kind, name FROM day_announcements WHERE id = :id")
                .param("id", id)
                .query(JdbcDayAnnouncements::map)
                .optional();
    }

    @Override
    public DayAnnouncement add(DayAnnouncement a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO day_announcements (on_day, kind, name) VALUES (:day, :kind, :name)")
                .param("day", a.date())
                .param("kind", a.kind().name())
                .param("name", a.name())
                .update(keys, "id");
        return new DayAnnouncement(keys.getKey().longValue(), a.date(), a.kind(), a.name());
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM day_announcements WHERE id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }
}
