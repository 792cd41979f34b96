package vn.dondoc.app.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.calendar.CalendarFeeds;

@Repository
class JdbcCalendarFeeds implements CalendarFeeds {
    private final JdbcClient jdbc;

    JdbcCalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static CalendarFeed map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new CalendarFeed(
                rs.getLong("id"),
                rs.getString("token"),
                CalendarFeed.Scope.valueOf(rs.getString("scope")),
                Rows.longOrNull(rs, "target_id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant(),
                Rows.longOrNull(rs, "owner_user_id"));
    }

    @Override
    public CalendarFeed create(CalendarFeed f) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_feeds (token, scope, target_id, created_at, owner_user_id)"
                        + " VALUES (:t, :s, :target, :at, :owner)")
                .param("t", f.token())
                .param("s", f.scope().name())
                .param("target", f.targetId())
                .param("owner", f.ownerId())
                .param("at", OffsetDateTime.ofInstant(f.createdAt(), ZoneOffset.UTC))
                .update(keys, "id");
        return new CalendarFeed(
                keys.getKey().longValue(), f.token(), f.scope(), f.targetId(), f.createdAt(), null, f.ownerId());
    }

    @Override
    public Optional<CalendarFeed> findByToken(String token) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE token = :t")
                .param("t", token)
                .query(JdbcCalendarFeeds::map)
                .optional();
    }

    @Override
    public List<CalendarFeed> all() {
        return jdbc.sql("SELECT * FROM calendar_feeds ORDER BY id DESC")
                .query(JdbcCalendarFeeds::map)
                .list();
    }

    @Override
    public boolean revoke(String token, Instant at) {
        return jdbc.sql("UPDATE calendar_feeds SET revoked_at = :at WHERE token = :t AND revoked_at IS NULL")
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .param("t", token)
                        .update()
                > 0;
    }

    @Override
    public List<CalendarFeed> ofOwner(long ownerId) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE owner_user_id = :o ORDER BY id DESC")
                .param("o", ownerId)
                .query(JdbcCalendarFeeds::map)
                .list();
    }

    @Override
    public Optional<CalendarFeed> find(long id) {
        return jdbc.sql("SELECT * FROM calendar_feeds WHERE id = :id")
                .param("id", id)
                .query(JdbcCalendarFeeds::map)
                .optional();
    }
}
