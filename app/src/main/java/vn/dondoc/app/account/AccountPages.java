package vn.dondoc.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.calendar.OwnFeeds;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;

/** The sign-in page, the profile (roles, password, access tokens) and the change of password. */
@HtmlPages
class AccountPages {
    private final AccountService accounts;
    private final OrgUnits units;
    private final Messages messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final org.springframework.beans.factory.ObjectProvider<OidcSignIn> sso;

    private final Accounts accountStore;
    private final People people;
    private final OwnFeeds feeds;

    AccountPages(
            AccountService accounts,
            OrgUnits units,
            Messages messages,
            org.springframework.beans.factory.ObjectProvider<OidcSignIn> sso,
            Accounts accountStore,
            People people,
            OwnFeeds feeds) {
        this.sso = sso;
        this.accountStore = accountStore;
        this.people = people;
        this.feeds = feeds;
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/dang-nhap")
    String signIn(
            @RequestParam(required = false) String loi,
            @RequestParam(required = false) String khoa,
            @RequestParam(required = false) String daxuat,
            @RequestParam(required = false) String vohieu,
            HttpServletRequest request,
            Model model) {
        OidcSignIn oidc = sso.getIfAvailable();
        if (oidc != null) {
            model.addAttribute("ssoLabel", oidc.buttonLabel());
            model.addAttribute("ssoStart", OidcSignIn.START);
        }
        String ssoProblem = OidcSignIn.takeProblem(request);
        if (ssoProblem != null) {
            model.addAttribute("problem", ssoProblem);
        } else if (loi != null) {
            model.addAttribute("problem", messages.get("signin.failed"));
        } else if (khoa != null) {
            model.addAttribute("problem", messages.get("signin.locked"));
        } else if (vohieu != null) {
            model.addAttribute("problem", messages.get("signin.disabled"));
        } else if (daxuat != null) {
            model.addAttribute("notice", messages.get("signin.signedOut"));
        }
        return "account/signin";
    }

    @GetMapping("/tai-khoan")
    String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("grants", grantTexts(user));
        model.addAttribute("tokens", accounts.tokens(user.getUsername()));
        model.addAttribute(
                "person",
                accounts.personOf(user.getUsername()).flatMap(people::find).orElse(null));
        model.addAttribute(
                "feeds",
                accountStore
                        .findByUsername(user.getUsername())
                        .map(a -> feeds.of(a.id()))
                        .orElse(java.util.List.of()));
        model.addAttribute("feedScopes", CalendarFeed.Scope.values());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("units", units.all());
        model.addAttribute("isAdmin", user.actor().isAdmin());
        return "account/profile";
    }

    @PostMapping("/tai-khoan/tokens")
    String createToken(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String label,
            RedirectAttributes flash) {
        Outcome<String> token = accounts.createToken(user.getUsername(), label);
        if (token instanceof Outcome.Ok<String> ok) {
            flash.addFlashAttribute("newToken", ok.value());
        } else {
            flash.addFlashAttribute(
                    "flashProblem",
                    String.join("; ", messages.rejections(((Outcome.Rejected<String>) token).reasons())));
        }
        return "redirect:/tai-khoan";
    }

    @PostMapping("/tai-khoan/tokens/{id}/thu-hoi")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes flash) {
        if (accounts.revokeToken(user.getUsername(), id)) {
            flash.addFlashAttribute("notice", messages.get("profile.tokenRevoked"));
        }
        return "redirect:/tai-khoan";
    }

    @GetMapping("/tai-khoan/mat-khau")
    String passwordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("minLength", AccountService.MIN_PASSWORD_LENGTH);
        return "account/password";
    }

    @PostMapping("/tai-khoan/mat-khau")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String again,
            Model model,
            RedirectAttributes flash,
            HttpServletRequest request,
            HttpServletResponse response) {
        String problem = null;
        if (next == null || !next.equals(again)) {
            problem = messages.get("password.mismatch");
        } else {
            var outcome = accounts.changePassword(user.getUsername(), current, next);
            if (outcome instanceof Outcome.Rejected<?> r) {
                problem = String.join("; ", messages.rejections(r.reasons()));
            }
        }
        if (problem != null) {
            model.addAttribute("user", user);
            model.addAttribute("minLength", AccountService.MIN_PASSWORD_LENGTH);
            model.addAttribute("problem", problem);
            response.setStatus(422);
            return "account/password";
        }
        // the session now knows the password was changed, so the one-time-password gate opens
        SignedInUser changed = user.passwordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        flash.addFlashAttribute("notice", messages.get("password.changed"));
        return "redirect:/tai-khoan";
    }

    /** "Văn thư — Văn phòng Sở" for each grant. */
    private Map<String, String> grantTexts(SignedInUser user) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Grant g : user.actor().grants()) {
            String unit = g.unitId() == null
                    ? messages.get("role.wholeAgency")
                    : units.find(g.unitId()).map(u -> u.name()).orElse("#" + g.unitId());
            texts.put(
                    messages.get("role." + g.role().name()) + " — " + unit,
                    g.role().name());
        }
        return texts;
    }
}
