package vn.dondoc.domain.access;

import java.time.Instant;

/** A personal access token for the API, as listed on the profile page (the token itself is shown once). */
public record AccessToken(
        Long id, long userId, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
