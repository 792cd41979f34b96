package vn.dondoc.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored accounts, their grants and access tokens. */
public interface Accounts {
    Optional<Account> findByUsername(String username);

    List<Account> all();

    boolean isEmpty();

    Account create(
            String username, String displayName, String passwordHash, boolean mustChangePassword, List<Grant> grants);

    void addGrant(long accountId, Grant grant);

    void setPassword(long accountId, String passwordHash, boolean mustChangePassword);

    /** The person's e-mail address (null: none), by which a first single sign-on may find the account. */
    void setEmail(long accountId, String email);

    /** The person of the org this account is (null: none), whose own schedule the calendar shows first. */
    void setPerson(long accountId, Long personId);

    Optional<Long> personOf(long accountId);

    /** Failed sign-ins so far and, once too many, until when the account stays locked. */
    void setFailures(long accountId, int failedAttempts, Instant lockedUntil);

    AccessToken createToken(long accountId, String label, String tokenHash, Instant at);

    /** The account owning an active (not revoked) token with this hash; marks the token used. */
    Optional<Account> findByActiveToken(String tokenHash, Instant at);

    List<AccessToken> tokens(long accountId);

    boolean revokeToken(long accountId, long tokenId, Instant at);
}
