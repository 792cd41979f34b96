package vn.dondoc.app.reminder;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Who receives which unit's daily digest. */
@Repository
class JdbcReminderRecipients {
    record Recipient(Long id, long unitId, String email, String username) {}

    private final JdbcClient jdbc;

    JdbcReminderRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> all() {
        return jdbc.sql("SELECT * FROM reminder_recipients ORDER BY id")
                .query((rs, n) -> new Recipient(
                        rs.getLong("id"), rs.getLong("unit_id"), rs.getString("email"), rs.getString("username")))
                .list();
    }

    Recipient add(Recipient r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reminder_recipients (unit_id, email, username) VALUES (:u, :e, :n)")
                .param("u", r.unitId())
                .param("e", r.email())
                .param("n", r.username())
                .update(keys, "id");
        return new Recipient(keys.getKey().longValue(), r.unitId(), r.email(), r.username());
    }
}
