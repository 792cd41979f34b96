package vn.dondoc.app.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.domain.access.SsoLinks;

/** The links between single sign-on subjects and accounts (table sso_links, V14). */
@Repository
class JdbcSsoLinks implements SsoLinks {
    private final JdbcClient jdbc;

    JdbcSsoLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> linkedUsername(String issuer, String subject) {
        return jdbc.sql("SELECT u.username FROM sso_links l JOIN users u ON u.id = l.user_id"
                        + " WHERE l.issuer = :i AND l.subject = :s")
                .param("i", issuer)
                .param("s", subject)
                .query(String.class)
                .optional();
    }

    @Override
    public boolean isLinked(String issuer, long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM sso_links WHERE issuer = :i AND user_id = :u")
                        .param("i", issuer)
                        .param("u", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<String> usernameByEmail(String email) {
        List<String> names = jdbc.sql("SELECT username FROM users WHERE LOWER(email) = :e")
                .param("e", email)
                .query(String.class)
                .list();
        return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
    }

    @Override
    public void link(String issuer, String subject, long accountId, Instant at) {
        jdbc.sql("INSERT INTO sso_links (issuer, subject, user_id, linked_at) VALUES (:i, :s, :u, :at)")
                .param("i", issuer)
                .param("s", subject)
                .param("u", accountId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public void signedIn(String issuer, String subject, Instant at) {
        jdbc.sql("UPDATE sso_links SET last_sign_in_at = :at WHERE issuer = :i AND subject = :s")
                .param("i", issuer)
                .param("s", subject)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
