package vn.dondoc.app.org;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.domain.org.UnresolvedNames;

/** The parties of tasks and events whose name matched nothing at import (unit_id and person_id still null). */
@Repository
class JdbcUnresolvedNames implements UnresolvedNames {
    private final JdbcClient jdbc;

    JdbcUnresolvedNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> names() {
        List<String> names =
                new ArrayList<>(jdbc.sql("SELECT DISTINCT raw_name FROM task_parties WHERE unit_id IS NULL")
                        .query(String.class)
                        .list());
        for (String n : jdbc.sql(
                        "SELECT DISTINCT raw_name FROM calendar_event_parties WHERE unit_id IS NULL AND person_id IS NULL")
                .query(String.class)
                .list()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    @Override
    public List<Long> linkTaskParties(String rawName, long unitId) {
        List<Long> tasks = jdbc.sql("SELECT DISTINCT task_id FROM task_parties WHERE unit_id IS NULL AND raw_name = :n")
                .param("n", rawName)
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE task_parties SET unit_id = :u WHERE unit_id IS NULL AND raw_name = :n")
                .param("u", unitId)
                .param("n", rawName)
                .update();
        return tasks;
    }

    @Override
    public List<Long> linkEventParties(String rawName, Long unitId, Long personId) {
        List<Long> events = jdbc.sql("SELECT DISTINCT event_id FROM calendar_event_parties"
                        + " WHERE unit_id IS NULL AND person_id IS NULL AND raw_name = :n")
                .param("n", rawName)
                .query(Long.class)
                .list();
        jdbc.sql("UPDATE calendar_event_parties SET unit_id = :u, person_id = :p"
                        + " WHERE unit_id IS NULL AND person_id IS NULL AND raw_name = :n")
                .param("u", unitId)
                .param("p", personId)
                .param("n", rawName)
                .update();
        return events;
    }
}
