package vn.dondoc.app.account;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;

/** REST: who am I, and (administrators) the accounts. Passwords and their hashes never leave the server. */
@RestController
@RequestMapping("/api")
public class AccountApi {
    private final AccountService service;
    private final Accounts accounts;

    AccountApi(AccountService service, Accounts accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    public record AccountView(
            String username, String displayName, boolean mustChangePassword, boolean locked, List<Grant> grants) {
        static AccountView of(Account a) {
            return new AccountView(
                    a.username(),
                    a.displayName(),
                    a.mustChangePassword(),
                    a.lockedAt(java.time.Instant.now()),
                    a.grants());
        }
    }

    public record NewAccount(String username, String displayName, String password, Role role, Long unitId) {}

    @GetMapping("/me")
    public AccountView me(@AuthenticationPrincipal SignedInUser user) {
        return new AccountView(
                user.getUsername(),
                user.displayName(),
                user.mustChangePassword(),
                false,
                user.actor().grants());
    }

    @GetMapping("/users")
    public List<AccountView> users() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    /** A new account; it must change the password given here at its first sign-in. */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView create(@RequestBody NewAccount r) {
        return AccountView.of(RejectedException.unwrap(
                service.add(r.username(), r.displayName(), r.password(), r.role(), r.unitId(), true)));
    }
}
