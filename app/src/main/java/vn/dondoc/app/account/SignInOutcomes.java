package vn.dondoc.app.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.dondoc.app.access.SignedInUser;

/**
 * Where the sign-in form leads: a one-time password to the change-password page, otherwise back to the
 * page asked for; a failure back to the form with the reason (wrong name or password, or locked).
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {
    private final SavedRequestAwareAuthenticationSuccessHandler back =
            new SavedRequestAwareAuthenticationSuccessHandler();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (auth.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + MustChangePasswordFilter.CHANGE_PAGE);
            return;
        }
        back.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String reason = e instanceof LockedException ? "khoa" : "loi";
        response.sendRedirect(request.getContextPath() + "/dang-nhap?" + reason + "=1");
    }
}
