package vn.dondoc.app.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.SoftDelete;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;

@Repository
class JdbcPeople implements People {
    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Person map(ResultSet rs, int n) throws SQLException {
        return new Person(
                rs.getLong("id"), rs.getString("name"), rs.getString("titles"), Rows.longOrNull(rs, "unit_id"));
    }

    @Override
    public Optional<Person> find(long id) {
        return jdbc.sql("SELECT * FROM people WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcPeople::map)
                .optional();
    }

    @Override
    public Optional<Person> findByName(String name) {
        return jdbc
                .sql("SELECT * FROM people WHERE name_key = :k AND deleted_at IS NULL ORDER BY id")
                .param("k", Texts.key(name))
                .query(JdbcPeople::map)
                .list()
                .stream()
                .findFirst();
    }

    @Override
    public Page<Person> list(String nameContains, Long unitId, PageRequest page) {
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("name_key LIKE :q", "q", Where.contains(nameContains))
                .and("unit_id = :u", "u", unitId);
        long total = jdbc.sql("SELECT COUNT(*) FROM people" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<Person> items = jdbc.sql("SELECT * FROM people" + w.sql() + " ORDER BY name LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcPeople::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Person save(Person p) {
        if (p.id() != null) {
            jdbc.sql("UPDATE people SET name = :name, name_key = :k, titles = :t, unit_id = :u WHERE id = :id")
                    .param("name", p.name())
                    .param("k", Texts.key(p.name()))
                    .param("t", p.titles())
                    .param("u", p.unitId())
                    .param("id", p.id())
                    .update();
            return p;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO people (name, name_key, titles, unit_id) VALUES (:name, :k, :t, :u)")
                .param("name", p.name())
                .param("k", Texts.key(p.name()))
                .param("t", p.titles())
                .param("u", p.unitId())
                .update(keys, "id");
        return p.withId(keys.getKey().longValue());
    }

    @Override
    public boolean delete(long id) {
        // soft delete (issue 9.4), their names with them at the same moment; the calendar items keep the link (reads
        // skip a deleted person) so that restoring the person brings their schedule back
        var now = Rows.now();
        SoftDelete.markWhere(jdbc, "aliases", "kind = 'PERSON' AND target_id = :id", id, now);
        return SoftDelete.markWhere(jdbc, "people", "id = :id", id, now) > 0;
    }
}
