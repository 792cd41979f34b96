package vn.dondoc.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.AccountService;

/**
 * {@code Authorization: Bearer dd_...}: a personal access token made on the profile page. A token
 * that is unknown or revoked is a 401 at once, never a fall-through to anonymous.
 */
public class BearerTokenFilter extends OncePerRequestFilter {
    private final AccountService accounts;
    private final Messages messages;

    public BearerTokenFilter(AccountService accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.byToken(header.substring(7).trim());
        if (account.isEmpty() || !account.get().enabled()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"dondoc\", error=\"invalid_token\"");
            SecurityConfig.problem(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    messages.get("problem.unauthorized.title"),
                    messages.get("problem.badToken.detail"));
            return;
        }
        SignedInUser user = new SignedInUser(account.get(), false);
        user.eraseCredentials();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
