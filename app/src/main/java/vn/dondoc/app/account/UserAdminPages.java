package vn.dondoc.app.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.org.People;

/**
 * The administrator's list of accounts, where an account is linked to the person of the org it is (a leader's
 * calendar then opens on their own schedule). Guarded by {@code AccessRules} (MANAGE_USERS) and audited there.
 */
@HtmlPages
class UserAdminPages {
    private final Accounts accounts;
    private final AccountService service;
    private final People people;
    private final Messages messages;

    UserAdminPages(Accounts accounts, AccountService service, People people, Messages messages) {
        this.accounts = accounts;
        this.service = service;
        this.people = people;
        this.messages = messages;
    }

    /** One account as the page lists it, with the person it is linked to (null: none). */
    record Row(Account account, Long personId) {}

    @GetMapping("/quan-tri/tai-khoan")
    String users(Model model) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Account a : accounts.all()) {
            rows.put(a.id(), new Row(a, accounts.personOf(a.id()).orElse(null)));
        }
        model.addAttribute("rows", rows.values());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        return "account/users";
    }

    @PostMapping("/quan-tri/tai-khoan/{id}/nguoi")
    String setPerson(@PathVariable long id, @RequestParam(required = false) Long person, RedirectAttributes flash) {
        Account a = accounts.all().stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("user", id));
        Outcome<Account> done = person != null && people.find(person).isEmpty()
                ? Outcome.rejected(Rejection.of("account.unknownPerson", "person", person))
                : service.setPerson(a.username(), person);
        if (done instanceof Outcome.Rejected<Account> r) {
            flash.addFlashAttribute("flashProblem", String.join(" ", messages.rejections(r.reasons())));
        } else {
            flash.addFlashAttribute("notice", messages.get("users.personSet", a.username()));
        }
        return "redirect:/quan-tri/tai-khoan";
    }
}
