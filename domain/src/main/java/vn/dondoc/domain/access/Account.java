package vn.dondoc.domain.access;

import java.time.Instant;
import java.util.List;

/** A person who signs in: the hash of their password (never the password), lock-out state and grants. */
public record Account(
        Long id,
        String username,
        String displayName,
        String passwordHash,
        boolean mustChangePassword,
        int failedAttempts,
        Instant lockedUntil,
        boolean enabled,
        List<Grant> grants) {
    public Account {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Actor actor() {
        return new Actor(username, grants);
    }
}
