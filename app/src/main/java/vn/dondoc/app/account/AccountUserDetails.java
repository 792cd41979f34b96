package vn.dondoc.app.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;

/** Spring Security's view of the stored accounts, and the counting of failed sign-ins (form and HTTP Basic alike). */
@Service
class AccountUserDetails implements UserDetailsService {
    private final Accounts accounts;
    private final AccountService service;
    private final Clock clock;
    private final AuditTrail trail;

    AccountUserDetails(Accounts accounts, AccountService service, Clock clock, AuditTrail trail) {
        this.trail = trail;
        this.accounts = accounts;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> new SignedInUser(a, a.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent e) {
        service.signInFailed(String.valueOf(e.getAuthentication().getName()));
        audit(e.getAuthentication(), "SIGN_IN_FAILED", AuditEvent.REFUSED);
    }

    @EventListener
    void locked(org.springframework.security.authentication.event.AuthenticationFailureLockedEvent e) {
        audit(e.getAuthentication(), "SIGN_IN_FAILED", AuditEvent.REFUSED);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        service.signedIn(e.getAuthentication().getName());
    }

    /** A sign-in through the form or the single sign-on (HTTP Basic signs in on every call and would flood the trail). */
    @EventListener
    void signedIn(org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent e) {
        audit(e.getAuthentication(), "SIGN_IN", AuditEvent.DONE);
    }

    private void audit(org.springframework.security.core.Authentication auth, String action, String outcome) {
        String address =
                auth.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                        ? d.getRemoteAddress()
                        : null;
        trail.record(new AuditEvent(
                null,
                clock.instant(),
                String.valueOf(auth.getName()),
                address,
                action,
                "user",
                null,
                outcome,
                null,
                OidcSignIn.auditDetail(auth.getPrincipal())));
    }
}
