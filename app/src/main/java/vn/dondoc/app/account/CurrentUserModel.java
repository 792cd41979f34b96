package vn.dondoc.app.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.HtmlPages;

/** Every page knows who is signed in, for the name and the sign-out button in the header. */
@ControllerAdvice(annotations = HtmlPages.class)
class CurrentUserModel {
    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
