package vn.dondoc.domain.access;

import java.time.Instant;
import java.util.Optional;

/** Port: which dondoc account a person of a single sign-on provider (issuer, subject) signs in as. */
public interface SsoLinks {
    /** The username of the account linked to this subject of this issuer. */
    Optional<String> linkedUsername(String issuer, String subject);

    /** Whether the account is already linked to some subject of this issuer. */
    boolean isLinked(String issuer, long accountId);

    /** The username of the one account that has this e-mail address (none when no account or several have it). */
    Optional<String> usernameByEmail(String email);

    void link(String issuer, String subject, long accountId, Instant at);

    void signedIn(String issuer, String subject, Instant at);
}
