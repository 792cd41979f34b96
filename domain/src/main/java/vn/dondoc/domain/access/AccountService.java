package vn.dondoc.domain.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;

/**
 * Use cases of accounts: adding people with their roles, passwords (rules, change, one-time passwords),
 * lock-out after repeated failed sign-ins, personal access tokens.
 */
public final class AccountService {
    /** After this many wrong passwords in a row the account is locked for {@link #LOCK_FOR}. */
    public static final int MAX_FAILURES = 5;

    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    // no 0/O, 1/l/I: one-time passwords are read off a console and typed by hand
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Transactor tx;
    private final Clock clock;

    public AccountService(Accounts accounts, PasswordHasher hasher, Transactor tx, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.tx = tx;
        this.clock = clock;
    }

    /** A new account with one grant; {@code unitId} may be null only for an administrator. */
    public Outcome<Account> add(
            String username, String displayName, String password, Role role, Long unitId, boolean mustChangePassword) {
        List<Rejection> reasons = new ArrayList<>();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            reasons.add(Rejection.of("account.badUsername", "username", name));
        }
        if (role == null) {
            reasons.add(Rejection.of("account.roleMissing", "role"));
        } else if (role != Role.ADMIN && unitId == null) {
            reasons.add(Rejection.of("account.unitMissing", "unit", role.name()));
        }
        TextLimits.field(Texts.clean(displayName), TextLimits.DISPLAY_NAME, "displayName", reasons);
        passwordProblem(password).ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            return Outcome.rejected(reasons);
        }
        return tx.inTransaction(() -> {
            if (accounts.findByUsername(name).isPresent()) {
                return Outcome.rejected(Rejection.of("account.exists", "username", name));
            }
            return Outcome.ok(accounts.create(
                    name,
                    Texts.clean(displayName),
                    hasher.hash(password),
                    mustChangePassword,
                    List.of(new Grant(role, unitId))));
        });
    }

    /** One more role for an existing account (a person can hold several roles in several units). */
    public Outcome<Account> grant(String username, Role role, Long unitId) {
        if (role != Role.ADMIN && unitId == null) {
            return Outcome.rejected(Rejection.of("account.unitMissing", "unit", role.name()));
        }
        return tx.inTransaction(() -> {
            Optional<Account> a = accounts.findByUsername(username);
            if (a.isEmpty()) {
                return Outcome.rejected(Rejection.of("account.unknown", "username", username));
            }
            if (!a.get().grants().contains(new Grant(role, unitId))) {
                accounts.addGrant(a.get().id(), new Grant(role, unitId));
            }
            return Outcome.ok(accounts.findByUsername(username).orElseThrow());
        });
    }

    /**
     * The person's e-mail address, by which their first single sign-on finds this account when the provider
     * vouches for the address; blank removes it.
     */
    public Outcome<Account> setEmail(String username, String email) {
        String address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        List<Rejection> problems = new ArrayList<>();
        if (!TextLimits.email(address, "email", problems)) {
            return Outcome.rejected(problems);
        }
        return tx.inTransaction(() -> {
            Optional<Account> a = accounts.findByUsername(username);
            if (a.isEmpty()) {
                return Outcome.rejected(Rejection.of("account.unknown", "username", username));
            }
            accounts.setEmail(a.get().id(), address.isEmpty() ? null : address);
            return Outcome.ok(a.get());
        });
    }

    /**
     * Links the account to a person of the org (null unlinks it): a leader's calendar then opens on their own
     * schedule. The caller has checked the person exists.
     */
    public Outcome<Account> setPerson(String username, Long personId) {
        return tx.inTransaction(() -> {
            Optional<Account> a = accounts.findByUsername(username);
            if (a.isEmpty()) {
                return Outcome.rejected(Rejection.of("account.unknown", "username", username));
            }
            accounts.setPerson(a.get().id(), personId);
            return Outcome.ok(a.get());
        });
    }

    /** The person of the org the account is, if linked. */
    public Optional<Long> personOf(String username) {
        return accounts.findByUsername(username).flatMap(a -> accounts.personOf(a.id()));
    }

    public Outcome<Account> changePassword(String username, String current, String next) {
        Optional<Account> a = accounts.findByUsername(username);
        if (a.isEmpty()) {
            return Outcome.rejected(Rejection.of("account.unknown", "username", username));
        }
        if (current == null || !hasher.matches(current, a.get().passwordHash())) {
            return Outcome.rejected(Rejection.of("account.wrongPassword", "current"));
        }
        Optional<Rejection> problem = passwordProblem(next);
        if (problem.isPresent()) {
            return Outcome.rejected(problem.get());
        }
        if (next.equals(current)) {
            return Outcome.rejected(Rejection.of("account.samePassword", "next"));
        }
        accounts.setPassword(a.get().id(), hasher.hash(next), false);
        return Outcome.ok(accounts.findByUsername(username).orElseThrow());
    }

    /** Sets a new password without asking for the old one (administrators, demo accounts). */
    public void resetPassword(String username, String password, boolean mustChange) {
        Account a = accounts.findByUsername(username).orElseThrow();
        accounts.setPassword(a.id(), hasher.hash(password), mustChange);
        accounts.setFailures(a.id(), 0, null);
    }

    public static Optional<Rejection> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of(Rejection.of("account.shortPassword", "password", MIN_PASSWORD_LENGTH));
        }
        if (password.length() > 200) {
            return Optional.of(Rejection.of("account.longPassword", "password", 200));
        }
        return Optional.empty();
    }

    /** A wrong password: counts it and locks the account after {@link #MAX_FAILURES} in a row. */
    public void signInFailed(String username) {
        accounts.findByUsername(username).ifPresent(a -> {
            int failures = a.failedAttempts() + 1;
            Instant lock = failures >= MAX_FAILURES ? clock.instant().plus(LOCK_FOR) : a.lockedUntil();
            accounts.setFailures(a.id(), failures >= MAX_FAILURES ? 0 : failures, lock);
        });
    }

    public void signedIn(String username) {
        accounts.findByUsername(username).ifPresent(a -> {
            if (a.failedAttempts() > 0 || a.lockedUntil() != null) {
                accounts.setFailures(a.id(), 0, null);
            }
        });
    }

    /** A fresh random password of 14 letters and digits, easy to read and type. */
    public static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        return sb.toString();
    }

    /** A new token for the API: the returned text is shown once; only its hash is kept. */
    public Outcome<String> createToken(String username, String label) {
        Optional<Account> a = accounts.findByUsername(username);
        if (a.isEmpty()) {
            return Outcome.rejected(Rejection.of("account.unknown", "username", username));
        }
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > TextLimits.TOKEN_LABEL) {
            return Outcome.rejected(Rejection.of("token.badLabel", "label", TextLimits.TOKEN_LABEL));
        }
        Optional<Rejection> control = TextLimits.problem(clean, TextLimits.TOKEN_LABEL, "label");
        if (control.isPresent()) {
            return Outcome.rejected(control.get());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "dd_" + HexFormat.of().formatHex(bytes);
        accounts.createToken(a.get().id(), clean, tokenHash(token), clock.instant());
        return Outcome.ok(token);
    }

    public Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith("dd_") || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findByActiveToken(tokenHash(token), clock.instant());
    }

    public boolean revokeToken(String username, long tokenId) {
        return accounts.findByUsername(username)
                .map(a -> accounts.revokeToken(a.id(), tokenId, clock.instant()))
                .orElse(false);
    }

    public List<AccessToken> tokens(String username) {
        return accounts.findByUsername(username)
                .map(a -> accounts.tokens(a.id()))
                .orElse(List.of());
    }

    static String tokenHash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
