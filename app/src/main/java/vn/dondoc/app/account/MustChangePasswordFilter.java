package vn.dondoc.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.Messages;

/**
 * An account with a one-time password does nothing before choosing its own: every page leads to the
 * change-password page, every API call is refused with a message saying so.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {
    static final String CHANGE_PAGE = "/tai-khoan/mat-khau";
    private final Messages messages;

    MustChangePasswordFilter(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()
                && !allowedBeforeChange(request)) {
            if (SecurityConfig.isApi(request)) {
                SecurityConfig.problem(
                        response,
                        HttpStatus.FORBIDDEN,
                        messages.get("problem.forbidden.title"),
                        messages.get("signin.mustChange"));
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBeforeChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PAGE)
                || path.equals("/dang-xuat")
                || path.equals("/app.css")
                || path.endsWith(".js")
                || path.equals("/error");
    }
}
