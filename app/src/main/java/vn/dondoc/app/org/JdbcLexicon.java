package vn.dondoc.app.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.SoftDelete;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.org.Alias;
import vn.dondoc.domain.org.AliasKind;
import vn.dondoc.domain.org.Lexicon;

@Repository
class JdbcLexicon implements Lexicon {
    private final JdbcClient jdbc;

    JdbcLexicon(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Alias map(ResultSet rs, int n) throws SQLException {
        return new Alias(
                rs.getLong("id"),
                rs.getString("alias_text"),
                AliasKind.valueOf(rs.getString("kind")),
                rs.getLong("target_id"));
    }

    @Override
    public Optional<Alias> find(String alias) {
        return jdbc.sql("SELECT * FROM aliases WHERE alias_key = :k AND deleted_at IS NULL")
                .param("k", Texts.key(alias))
                .query(JdbcLexicon::map)
                .optional();
    }

    @Override
    public Page<Alias> list(AliasKind kind, PageRequest page) {
        Where w = new Where().and("deleted_at IS NULL").and("kind = :kind", "kind", kind == null ? null : kind.name());
        long total = jdbc.sql("SELECT COUNT(*) FROM aliases" + w.sql())
                .params(w.params())
                .query(Long.class)
                .single();
        List<Alias> items = jdbc.sql("SELECT * FROM aliases" + w.sql() + " ORDER BY alias_key LIMIT :lim OFFSET :off")
                .params(w.params())
                .param("lim", page.size())
                .param("off", page.offset())
                .query(JdbcLexicon::map)
                .list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public Alias put(String alias, AliasKind kind, long targetId) {
        String text = Texts.clean(alias);
        // the name is unique: one deleted before is taken again (and so leaves the trash)
        Optional<Alias> old = jdbc.sql("SELECT * FROM aliases WHERE alias_key = :k")
                .param("k", Texts.key(text))
                .query(JdbcLexicon::map)
                .optional();
        if (old.isPresent()) {
            jdbc.sql("UPDATE aliases SET alias_text = :t, kind = :kind, target_id = :target, deleted_at = NULL"
                            + " WHERE id = :id")
                    .param("t", text)
                    .param("kind", kind.name())
                    .param("target", targetId)
                    .param("id", old.get().id())
                    .update();
            return new Alias(old.get().id(), text, kind, targetId);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO aliases (alias_text, alias_key, kind, target_id) VALUES (:t, :k, :kind, :target)")
                .param("t", text)
                .param("k", Texts.key(text))
                .param("kind", kind.name())
                .param("target", targetId)
                .update(keys, "id");
        return new Alias(keys.getKey().longValue(), text, kind, targetId);
    }

    @Override
    public boolean delete(long id) {
        return SoftDelete.mark(jdbc, "aliases", id);
    }
}
