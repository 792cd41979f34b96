package vn.dondoc.app.account;

import vn.dondoc.app.access.SignedInUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;

/** Spring Security's view of the stored accounts, and the counting of failed sign-ins (form and HTTP Basic alike). */
@Service
class AccountUserDetails implements UserDetailsService {
    private final Accounts accounts;
    private final AccountService service;
    private final Clock clock;

    AccountUserDetails(Accounts accounts, AccountService service, Clock clock) {
        this.accounts = accounts;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).map(a -> new SignedInUser(a, a.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent e) {
        service.signInFailed(String.valueOf(e.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        service.signedIn(e.getAuthentication().getName());
    }
}
