package vn.dondoc.app.versions;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The version column of each editable record: read it, and raise it only if it is still what the client saw. */
@Repository
public class Versions {
    /** Record kind → its table (a fixed list: never a name from a request). */
    static final Map<String, String> TABLES = Map.of(
            "task",
            "tasks",
            "document",
            "documents",
            "target",
            "targets",
            "result",
            "results",
            "event",
            "calendar_events",
            "unit",
            "org_units",
            "person",
            "people");

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static boolean versioned(String kind) {
        return TABLES.containsKey(kind);
    }

    public Optional<Long> current(String kind, long id) {
        return jdbc.sql("SELECT version FROM " + TABLES.get(kind) + " WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** Compare and set in one statement: two editors holding the same version cannot both pass. */
    public boolean advance(String kind, long id, long expected) {
        return jdbc.sql("UPDATE " + TABLES.get(kind) + " SET version = version + 1 WHERE id = :id AND version = :v")
                        .param("id", id)
                        .param("v", expected)
                        .update()
                == 1;
    }

    /** Every record's version of this kind, for a spreadsheet that carries them out and back. */
    public Map<Long, Long> all(String kind) {
        Map<Long, Long> out = new java.util.HashMap<>();
        jdbc.sql("SELECT id, version FROM " + TABLES.get(kind)).query(rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    /**
     * Takes back a raise this request made ({@link #advance}, {@link #bump}) when the change it announced was
     * refused: the record is as it was. Only if nobody raised it since (then that change stands, and so does its
     * version).
     */
    public void undo(String kind, long id, long raisedTo) {
        jdbc.sql("UPDATE " + TABLES.get(kind) + " SET version = version - 1 WHERE id = :id AND version = :v")
                .param("id", id)
                .param("v", raisedTo)
                .update();
    }

    public void bump(String kind, long id) {
        jdbc.sql("UPDATE " + TABLES.get(kind) + " SET version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
    }
}
