package vn.dondoc.app.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

@Repository
class JdbcOrgUnits implements OrgUnits {
    private static final String COLS = "id, parent_id, name, abbreviation, kind, valid_from, valid_to, successor_id";
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcOrgUnits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static OrgUnit map(ResultSet rs, int n) throws SQLException {
        return new OrgUnit(
                rs.getLong("id"),
                Rows.longOrNull(rs, "parent_id"),
                rs.getString("name"),
                rs.getString("abbreviation"),
                rs.getString("kind"),
                Rows.date(rs, "valid_from"),
                Rows.date(rs, "valid_to"),
                Rows.longOrNull(rs, "successor_id"));
    }

    @Override
    public Optional<OrgUnit> find(long id) {
        return jdbc.sql("SELECT " + COLS + " FROM org_units WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcOrgUnits::map)
                .optional();
    }

    @Override
    public Page<OrgUnit> list(String nameContains, Long parentId, Boolean activeOnly, PageRequest page) {
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("(name_key LIKE :q OR abbr_key LIKE :q)", "q", Where.contains(nameContains))
                .and("parent_id = :parent", "parent", parentId);
        if (Boolean.TRUE.equals(activeOnly)) {
            w.and("(valid_to IS NULL OR valid_to > :today)", "today", LocalDate.now(clock));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM org_units" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<OrgUnit> items = jdbc.sql(
                        "SELECT " + COLS + " FROM org_units" + w.sql() + " ORDER BY name LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcOrgUnits::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public List<OrgUnit> all() {
        return jdbc.sql("SELECT " + COLS + " FROM org_units WHERE deleted_at IS NULL ORDER BY name")
                .query(JdbcOrgUnits::map)
                .list();
    }

    @Override
    public Optional<OrgUnit> findByNameOrAbbreviation(String s) {
        String k = Texts.key(s);
        return jdbc
                .sql("SELECT " + COLS
                        + " FROM org_units WHERE (name_key = :k OR abbr_key = :k) AND deleted_at IS NULL"
                        + " ORDER BY valid_to NULLS FIRST, id")
                .param("k", k)
                .query(JdbcOrgUnits::map)
                .list()
                .stream()
                .findFirst();
    }

    @Override
    public OrgUnit save(OrgUnit u) {
        var spec = u.id() == null
                ? jdbc.sql(
                        "INSERT INTO org_units (parent_id, name, name_key, abbreviation, abbr_key, kind, valid_from, valid_to, successor_id)"
                                + " VALUES (:parent, :name, :nk, :abbr, :ak, :kind, :from, :to, :succ)")
                : jdbc.sql(
                                "UPDATE org_units SET parent_id = :parent, name = :name, name_key = :nk, abbreviation = :abbr,"
                                        + " abbr_key = :ak, kind = :kind, valid_from = :from, valid_to = :to, successor_id = :succ WHERE id = :id")
                        .param("id", u.id());
        spec = spec.param("parent", u.parentId())
                .param("name", u.name())
                .param("nk", Texts.key(u.name()))
                .param("abbr", u.abbreviation())
                .param("ak", u.abbreviation() == null ? null : Texts.key(u.abbreviation()))
                .param("kind", u.kind())
                .param("from", u.validFrom())
                .param("to", u.validTo())
                .param("succ", u.successorId());
        if (u.id() != null) {
            spec.update();
            return u;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return u.withId(keys.getKey().longValue());
    }

    @Override
    public void retire(long id, LocalDate day, long successorId) {
        jdbc.sql("UPDATE org_units SET valid_to = :day, successor_id = :succ WHERE id = :id")
                .param("day", day)
                .param("succ", successorId)
                .param("id", id)
                .update();
    }

    @Override
    public boolean delete(long id) {
        // soft delete (issue 9.4), its names with it at the same moment: restoring the unit brings both back
        var now = Rows.now();
        SoftDelete.markWhere(jdbc, "aliases", "kind = 'UNIT' AND target_id = :id", id, now);
        return SoftDelete.markWhere(jdbc, "org_units", "id = :id", id, now) > 0;
    }

    @Override
    public boolean isReferenced(long id) {
        // a unit still in use is refused, not deleted: live sub-units, people, tasks, documents, calendar items or
        // accounts granted in it would otherwise point at a unit nobody can see; merge it into another instead
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM org_units WHERE (parent_id = :id OR successor_id = :id)"
                                + " AND deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM people WHERE unit_id = :id AND deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM task_parties p JOIN tasks t ON t.id = p.task_id"
                                + " WHERE p.unit_id = :id AND t.deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM documents WHERE issuer_unit_id = :id AND deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM calendar_event_parties p JOIN calendar_events e"
                                + " ON e.id = p.event_id WHERE p.unit_id = :id AND e.deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM results WHERE reporting_unit_id = :id AND deleted_at IS NULL)"
                                + " + (SELECT COUNT(*) FROM user_grants WHERE unit_id = :id)")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
