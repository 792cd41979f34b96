package vn.dondoc.domain.access;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Transactor;

/**
 * Sign-in through a province's single sign-on (OpenID Connect): the provider says who the person is, dondoc
 * says what they may do. A person signs in as the account linked to their (issuer, subject); the first time,
 * the link is made to the existing account named by their {@code preferred_username}, else to the one account
 * with their verified e-mail address. Nobody gets an account, or a role, from the provider alone.
 */
public final class SingleSignOn {
    /** Who the provider says signed in. {@code emailVerified}: the provider vouches for the address. */
    public record Identity(
            String issuer, String subject, String preferredUsername, String email, boolean emailVerified) {
        /** The name to show the person when they are refused. */
        public String shownName() {
            if (preferredUsername != null && !preferredUsername.isBlank()) {
                return preferredUsername.trim();
            }
            return email != null && !email.isBlank() ? email.trim() : subject;
        }
    }

    private final Accounts accounts;
    private final SsoLinks links;
    private final Transactor tx;
    private final Clock clock;

    public SingleSignOn(Accounts accounts, SsoLinks links, Transactor tx, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.tx = tx;
        this.clock = clock;
    }

    /** The account this person signs in as, linking it the first time; refused when dondoc has none for them. */
    public Outcome<Account> signIn(Identity who) {
        if (who.issuer() == null || who.subject() == null || who.subject().isBlank()) {
            return Outcome.rejected(Rejection.of("sso.notGranted", null, who.shownName()));
        }
        return tx.inTransaction(() -> {
            Optional<String> linked = links.linkedUsername(who.issuer(), who.subject());
            Optional<Account> account;
            if (linked.isPresent()) {
                account = accounts.findByUsername(linked.get());
            } else {
                account = firstTime(who);
                if (account.isPresent()
                        && links.isLinked(who.issuer(), account.get().id())) {
                    // the account already belongs to another person of this provider: never hand it to a second one
                    return Outcome.<Account>rejected(Rejection.of(
                            "sso.linkedToAnother",
                            null,
                            who.shownName(),
                            account.get().username()));
                }
                account.ifPresent(a -> links.link(who.issuer(), who.subject(), a.id(), clock.instant()));
            }
            if (account.isEmpty()) {
                return Outcome.<Account>rejected(Rejection.of("sso.notGranted", null, who.shownName()));
            }
            if (!account.get().enabled()) {
                return Outcome.<Account>rejected(
                        Rejection.of("sso.disabled", null, account.get().username()));
            }
            if (account.get().lockedAt(clock.instant())) {
                // locked after wrong passwords: the lock holds whatever the door, or SSO would be the way round it
                return Outcome.<Account>rejected(
                        Rejection.of("sso.locked", null, account.get().username()));
            }
            links.signedIn(who.issuer(), who.subject(), clock.instant());
            return Outcome.ok(account.get());
        });
    }

    private Optional<Account> firstTime(Identity who) {
        if (who.preferredUsername() != null && !who.preferredUsername().isBlank()) {
            Optional<Account> byName =
                    accounts.findByUsername(who.preferredUsername().trim().toLowerCase(Locale.ROOT));
            if (byName.isPresent()) {
                return byName;
            }
        }
        if (who.emailVerified() && who.email() != null && !who.email().isBlank()) {
            return links.usernameByEmail(who.email().trim().toLowerCase(Locale.ROOT))
                    .flatMap(accounts::findByUsername);
        }
        return Optional.empty();
    }
}
