package vn.dondoc.app.workday;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.SoftDelete;
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
        return jdbc.sql("SELECT id, on_day, kind, name FROM day_announcements WHERE deleted_at IS NULL ORDER BY on_day")
                .query(JdbcDayAnnouncements::map)
                .list();
    }

    @Override
    public Optional<DayAnnouncement> find(long id) {
        return jdbc.sql("SELECT id, on_day, kind, name FROM day_announcements WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcDayAnnouncements::map)
                .optional();
    }

    @Override
    public DayAnnouncement add(DayAnnouncement a) {
        // a day announced again after its announcement was deleted: the kept row (the day is unique) takes the new one
        var kept = jdbc.sql("SELECT id FROM day_announcements WHERE on_day = :day AND deleted_at IS NOT NULL")
                .param("day", a.date())
                .query(Long.class)
                .optional();
        if (kept.isPresent()) {
            jdbc.sql("UPDATE day_announcements SET kind = :kind, name = :name, deleted_at = NULL WHERE id = :id")
                    .param("kind", a.kind().name())
                    .param("name", a.name())
                    .param("id", kept.get())
                    .update();
            return new DayAnnouncement(kept.get(), a.date(), a.kind(), a.name());
        }
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
        return SoftDelete.mark(jdbc, "day_announcements", id);
    }
}
