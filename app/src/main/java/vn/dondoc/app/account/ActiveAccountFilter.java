package vn.dondoc.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Accounts;

/**
 * An account disabled stops working at once, whatever door it came through: its open sessions, from a
 * password or the province's single sign-on, end at their next request (pages go to the sign-in page saying why, the
 * API answers 401), as its access tokens already do. Signing in again is refused by the password form and by the
 * single sign-on alike. The session holds who signed in; the database says whether that account may still act, so
 * the check reads one row by its unique name on each signed-in request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {
    static final String DISABLED_PAGE = "/dang-nhap?vohieu=1";
    private final Accounts accounts;
    private final Messages messages;

    ActiveAccountFilter(Accounts accounts, Messages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SignedInUser user
                && accounts.findByUsername(user.getUsername())
                        .map(a -> !a.enabled())
                        .orElse(false)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (SecurityConfig.isApi(request)) {
                SecurityConfig.problem(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        messages.get("problem.unauthorized.title"),
                        messages.get("signin.disabled"));
            } else {
                response.sendRedirect(request.getContextPath() + DISABLED_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
