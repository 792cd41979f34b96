package vn.dondoc.app.calendar;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.audit.AuditRecorder;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.common.Outcome;

/**
 * A person's own calendar feeds, made and revoked from their profile page (/tai-khoan lists them): any signed-in
 * person may follow what they read. Each change is written to the audit trail (the token itself is not).
 */
@HtmlPages
class OwnFeedPages {
    private final OwnFeeds own;
    private final Accounts accounts;
    private final AccountService accountService;
    private final Access access;
    private final AuditRecorder audit;
    private final Messages messages;

    OwnFeedPages(
            OwnFeeds own,
            Accounts accounts,
            AccountService accountService,
            Access access,
            AuditRecorder audit,
            Messages messages) {
        this.own = own;
        this.accounts = accounts;
        this.accountService = accountService;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @PostMapping("/tai-khoan/lich")
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam CalendarFeed.Scope scope,
            @RequestParam(required = false) Long person,
            @RequestParam(required = false) Long unit,
            RedirectAttributes flash) {
        Long accountId = accountId(user);
        if (accountId == null) {
            return "redirect:/tai-khoan";
        }
        Long target = scope == CalendarFeed.Scope.PERSON ? person : scope == CalendarFeed.Scope.UNIT ? unit : null;
        Outcome<CalendarFeed> made = own.create(
                accountId,
                accountService.personOf(user.getUsername()).orElse(null),
                access.visibility(),
                scope,
                target);
        if (made instanceof Outcome.Ok<CalendarFeed> ok) {
            audit.recordChange("CREATE", "feed", ok.value().id(), null);
            flash.addFlashAttribute("notice", messages.get("profile.feedCreated"));
        } else {
            flash.addFlashAttribute(
                    "flashProblem",
                    String.join(" ", messages.rejections(((Outcome.Rejected<CalendarFeed>) made).reasons())));
        }
        return "redirect:/tai-khoan#feeds";
    }

    @PostMapping("/tai-khoan/lich/{id}/thu-hoi")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes flash) {
        Long accountId = accountId(user);
        if (accountId != null && own.revoke(accountId, id)) {
            audit.recordChange("DELETE", "feed", id, null);
            flash.addFlashAttribute("notice", messages.get("profile.feedRevoked"));
        }
        return "redirect:/tai-khoan#feeds";
    }

    /** The stored account of the person signed in (null for one known only to the session, as in some tests). */
    private Long accountId(SignedInUser user) {
        return accounts.findByUsername(user.getUsername()).map(a -> a.id()).orElse(null);
    }
}
