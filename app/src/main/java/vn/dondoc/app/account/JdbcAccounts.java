package vn.dondoc.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.access.AccessToken;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;

@Repository
class JdbcAccounts implements Accounts {
    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private Account map(ResultSet rs) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"),
                Rows.instant(rs, "locked_until"),
                rs.getBoolean("enabled"),
                List.of());
    }

    private Account withGrants(Account a) {
        List<Grant> grants = jdbc.sql("SELECT role, unit_id FROM user_grants WHERE user_id = :u ORDER BY id")
                .param("u", a.id())
                .query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), Rows.longOrNull(rs, "unit_id")))
                .list();
        return new Account(
                a.id(),
                a.username(),
                a.displayName(),
                a.passwordHash(),
                a.mustChangePassword(),
                a.failedAttempts(),
                a.lockedUntil(),
                a.enabled(),
                grants);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM users WHERE username = :u")
                .param("u", username.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> map(rs))
                .optional()
                .map(this::withGrants);
    }

    @Override
    public List<Account> all() {
        Map<Long, Account> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM users ORDER BY username")
                .query((rs, n) -> map(rs))
                .list()
                .forEach(a -> byId.put(a.id(), a));
        Map<Long, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, role, unit_id FROM user_grants ORDER BY id")
                .query((rs, n) -> {
                    grants.computeIfAbsent(rs.getLong("user_id"), k -> new ArrayList<>())
                            .add(new Grant(Role.valueOf(rs.getString("role")), Rows.longOrNull(rs, "unit_id")));
                    return null;
                })
                .list();
        return byId.values().stream()
                .map(a -> new Account(
                        a.id(),
                        a.username(),
                        a.displayName(),
                        a.passwordHash(),
                        a.mustChangePassword(),
                        a.failedAttempts(),
                        a.lockedUntil(),
                        a.enabled(),
                        grants.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @Override
    public void setEmail(long accountId, String email) {
        jdbc.sql("UPDATE users SET email = :e WHERE id = :id")
                .param("e", email)
                .param("id", accountId)
                .update();
    }

    @Override
    public void setPerson(long accountId, Long personId) {
        jdbc.sql("UPDATE users SET person_id = :p WHERE id = :id")
                .param("p", personId)
                .param("id", accountId)
                .update();
    }

    @Override
    public Optional<Long> personOf(long accountId) {
        return jdbc.sql("SELECT person_id FROM users WHERE id = :id AND person_id IS NOT NULL")
                .param("id", accountId)
                .query(Long.class)
                .optional();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single() == 0;
    }

    @Override
    public Account create(
            String username, String displayName, String passwordHash, boolean mustChangePassword, List<Grant> grants) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO users (username, display_name, password_hash, must_change_password, created_at)"
                        + " VALUES (:u, :d, :h, :m, :t)")
                .param("u", username)
                .param("d", displayName)
                .param("h", passwordHash)
                .param("m", mustChangePassword)
                .param("t", Rows.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        grants.forEach(g -> addGrant(id, g));
        return findByUsername(username).orElseThrow();
    }

    @Override
    public void addGrant(long accountId, Grant grant) {
        jdbc.sql("INSERT INTO user_grants (user_id, role, unit_id) VALUES (:u, :r, :unit)")
                .param("u", accountId)
                .param("r", grant.role().name())
                .param("unit", grant.unitId())
                .update();
    }

    @Override
    public void setPassword(long accountId, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("UPDATE users SET password_hash = :h, must_change_password = :m WHERE id = :id")
                .param("h", passwordHash)
                .param("m", mustChangePassword)
                .param("id", accountId)
                .update();
    }

    @Override
    public void setFailures(long accountId, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE users SET failed_attempts = :f, locked_until = :l WHERE id = :id")
                .param("f", failedAttempts)
                .param("l", at(lockedUntil))
                .param("id", accountId)
                .update();
    }

    @Override
    public AccessToken createToken(long accountId, String label, String tokenHash, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO access_tokens (user_id, label, token_hash, created_at) VALUES (:u, :l, :h, :t)")
                .param("u", accountId)
                .param("l", label)
                .param("h", tokenHash)
                .param("t", at(at))
                .update(keys, "id");
        return new AccessToken(keys.getKey().longValue(), accountId, label, at, null, null);
    }

    @Override
    public Optional<Account> findByActiveToken(String tokenHash, Instant at) {
        Optional<String> username = jdbc.sql("SELECT u.username FROM access_tokens t JOIN users u ON u.id = t.user_id"
                        + " WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.enabled")
                .param("h", tokenHash)
                .query(String.class)
                .optional();
        if (username.isPresent()) {
            jdbc.sql("UPDATE access_tokens SET last_used_at = :t WHERE token_hash = :h")
                    .param("t", at(at))
                    .param("h", tokenHash)
                    .update();
        }
        return username.flatMap(this::findByUsername);
    }

    @Override
    public List<AccessToken> tokens(long accountId) {
        return jdbc.sql("SELECT * FROM access_tokens WHERE user_id = :u ORDER BY id DESC")
                .param("u", accountId)
                .query((rs, n) -> new AccessToken(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("label"),
                        Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "last_used_at"),
                        Rows.instant(rs, "revoked_at")))
                .list();
    }

    @Override
    public boolean revokeToken(long accountId, long tokenId, Instant at) {
        return jdbc.sql(
                                "UPDATE access_tokens SET revoked_at = :t WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                        .param("t", at(at))
                        .param("id", tokenId)
                        .param("u", accountId)
                        .update()
                == 1;
    }
}
