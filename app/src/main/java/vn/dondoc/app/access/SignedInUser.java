package vn.dondoc.app.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.Actor;

/**
 * The principal of a signed-in request: the account's name, grants and whether it must first change
 * its password. Kept in the session, so it carries no password hash after sign-in.
 */
public final class SignedInUser implements UserDetails, org.springframework.security.core.CredentialsContainer {
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean mustChangePassword;
    private final boolean locked;
    private final boolean enabled;
    private final Actor actor;

    public SignedInUser(Account a, boolean locked) {
        this(a.username(), a.displayName(), a.passwordHash(), a.mustChangePassword(), locked, a.enabled(), a.actor());
    }

    public SignedInUser(
            String username,
            String displayName,
            String passwordHash,
            boolean mustChangePassword,
            boolean locked,
            boolean enabled,
            Actor actor) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.locked = locked;
        this.enabled = enabled;
        this.actor = actor;
    }

    /** Someone holding these grants, for tests and for the machine's own work. */
    public static SignedInUser of(Actor actor) {
        return new SignedInUser(actor.username(), actor.username(), "", false, false, true, actor);
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public SignedInUser passwordChanged() {
        return new SignedInUser(username, displayName, null, false, false, enabled, actor);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + List.copyOf(actor.grants()) + "]";
    }
}
