package vn.dondoc.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Transactor;

class SingleSignOnTest {
    private static final String ISSUER = "https://sso.tinh.gov.vn";
    private final Map<String, Account> byName = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();
    private final Map<String, Long> links = new HashMap<>();
    private final SingleSignOn sso = new SingleSignOn(
            new FakeAccounts(),
            new FakeLinks(),
            Transactor.direct(),
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

    private Account account(long id, String username, boolean enabled) {
        Account a = new Account(
                id, username, username, "hash", false, 0, null, enabled, List.of(new Grant(Role.STAFF, 7L)));
        byName.put(username, a);
        return a;
    }

    private static SingleSignOn.Identity who(String subject, String preferredUsername, String email, boolean verified) {
        return new SingleSignOn.Identity(ISSUER, subject, preferredUsername, email, verified);
    }

    private static String refusal(Outcome<Account> o) {
        return ((Outcome.Rejected<Account>) o)
                .reasons().stream().map(Rejection::code).findFirst().orElseThrow();
    }

    @Test
    void theFirstSignInLinksTheAccountNamedByThePreferredUsername() {
        account(1, "nguyenvana", true);
        Outcome<Account> o = sso.signIn(who("sub-1", "NguyenVanA", null, false));
        assertThat(o.orElseThrow().username()).isEqualTo("nguyenvana");
        assertThat(links).containsEntry(ISSUER + "|sub-1", 1L);
    }

    @Test
    void aLinkedPersonSignsInAsTheLinkedAccountEvenAfterTheProviderRenamesThem() {
        account(1, "nguyenvana", true);
        account(2, "anhnv", true);
        sso.signIn(who("sub-1", "nguyenvana", null, false)).orElseThrow();
        assertThat(sso.signIn(who("sub-1", "anhnv", null, false)).orElseThrow().username())
                .isEqualTo("nguyenvana");
    }

    @Test
    void withoutAMatchingNameAVerifiedEmailLinksTheAccountWithThatAddress() {
        account(3, "tranb", true);
        emails.put("b.tran@tinh.gov.vn", "tranb");
        assertThat(sso.signIn(who("sub-3", "tranthib", "B.Tran@tinh.gov.vn", true))
                        .orElseThrow()
                        .username())
                .isEqualTo("tranb");
    }

    @Test
    void anEmailTheProviderDoesNotVouchForLinksNothing() {
        account(3, "tranb", true);
        emails.put("b.tran@tinh.gov.vn", "tranb");
        assertThat(refusal(sso.signIn(who("sub-3", "tranthib", "b.tran@tinh.gov.vn", false))))
                .isEqualTo("sso.notGranted");
        assertThat(links).isEmpty();
    }

    @Test
    void someoneWithoutAnAccountIsRefusedAndGetsNone() {
        Outcome<Account> o = sso.signIn(who("sub-9", "nguoila", "la@tinh.gov.vn", true));
        assertThat(refusal(o)).isEqualTo("sso.notGranted");
        assertThat(((Outcome.Rejected<Account>) o).reasons().get(0).args()).containsExactly("nguoila");
        assertThat(links).isEmpty();
        assertThat(byName).isEmpty();
    }

    @Test
    void anAccountLinkedToOnePersonIsNeverHandedToASecondOne() {
        account(1, "nguyenvana", true);
        sso.signIn(who("sub-1", "nguyenvana", null, false)).orElseThrow();
        assertThat(refusal(sso.signIn(who("sub-2", "nguyenvana", null, false)))).isEqualTo("sso.linkedToAnother");
        assertThat(links).hasSize(1);
    }

    @Test
    void aDisabledAccountIsRefused() {
        account(4, "nghiviec", false);
        assertThat(refusal(sso.signIn(who("sub-4", "nghiviec", null, false)))).isEqualTo("sso.disabled");
    }

    @Test
    void anAccountLockedAfterWrongPasswordsIsRefusedUntilTheLockEnds() {
        byName.put(
                "bikhoa",
                new Account(
                        5L,
                        "bikhoa",
                        "bikhoa",
                        "hash",
                        false,
                        0,
                        Instant.parse("2026-12-03T08:10:00Z"),
                        true,
                        List.of(new Grant(Role.STAFF, 7L))));
        assertThat(refusal(sso.signIn(who("sub-5", "bikhoa", null, false)))).isEqualTo("sso.locked");
        byName.put(
                "bikhoa",
                new Account(
                        5L,
                        "bikhoa",
                        "bikhoa",
                        "hash",
                        false,
                        0,
                        Instant.parse("2026-12-03T07:59:00Z"),
                        true,
                        List.of(new Grant(Role.STAFF, 7L))));
        assertThat(sso.signIn(who("sub-5", "bikhoa", null, false)).orElseThrow().username())
                .isEqualTo("bikhoa");
    }

    private final class FakeLinks implements SsoLinks {
        @Override
        public Optional<String> linkedUsername(String issuer, String subject) {
            Long id = links.get(issuer + "|" + subject);
            return byName.values().stream()
                    .filter(a -> a.id().equals(id))
                    .map(Account::username)
                    .findFirst();
        }

        @Override
        public boolean isLinked(String issuer, long accountId) {
            return links.entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith(issuer + "|") && e.getValue() == accountId);
        }

        @Override
        public Optional<String> usernameByEmail(String email) {
            return Optional.ofNullable(emails.get(email));
        }

        @Override
        public void link(String issuer, String subject, long accountId, Instant at) {
            links.put(issuer + "|" + subject, accountId);
        }

        @Override
        public void signedIn(String issuer, String subject, Instant at) {}
    }

    private final class FakeAccounts implements Accounts {
        @Override
        public Optional<Account> findByUsername(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public List<Account> all() {
            return new ArrayList<>(byName.values());
        }

        @Override
        public boolean isEmpty() {
            return byName.isEmpty();
        }

        @Override
        public Account create(
                String username,
                String displayName,
                String passwordHash,
                boolean mustChangePassword,
                List<Grant> grants) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addGrant(long accountId, Grant grant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPassword(long accountId, String passwordHash, boolean mustChangePassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setEmail(long accountId, String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPerson(long accountId, Long personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Long> personOf(long accountId) {
            return Optional.empty();
        }

        @Override
        public void setFailures(long accountId, int failedAttempts, Instant lockedUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccessToken createToken(long accountId, String label, String tokenHash, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Account> findByActiveToken(String tokenHash, Instant at) {
            return Optional.empty();
        }

        @Override
        public List<AccessToken> tokens(long accountId) {
            return List.of();
        }

        @Override
        public boolean revokeToken(long accountId, long tokenId, Instant at) {
            return false;
        }
    }
}
