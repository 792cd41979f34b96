package vn.dondoc.app.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;

/**
 * {@code serve --demo}: one account per role in two units of the sample agency (Văn phòng Sở and
 * Phòng Lao động - Việc làm) and one administrator, so a newcomer can try each role at once. Each run
 * gives them fresh passwords and writes them to DATA/demo-accounts.txt.
 */
@Component
public class DemoAccounts {
    /**
     * The sample agency's units the demo accounts work in, by abbreviation, their short name in user names, and the
     * person of the sample org their leader account is (so a demo leader's calendar opens on "Lịch của tôi").
     */
    private static final List<String[]> UNITS =
            List.of(new String[] {"VP", "vp", "Nguyễn Trí Lạc"}, new String[] {"LĐVL", "ldvl", "Công"});

    private static final List<Object[]> ROLES = List.of(
            new Object[] {Role.CLERK, "vanthu"},
            new Object[] {Role.LEADER, "lanhdao"},
            new Object[] {Role.STAFF, "chuyenvien"},
            new Object[] {Role.VIEWER, "xem"});

    private final AccountService service;
    private final Accounts accounts;
    private final OrgUnits units;
    private final People people;

    DemoAccounts(AccountService service, Accounts accounts, OrgUnits units, People people) {
        this.service = service;
        this.accounts = accounts;
        this.units = units;
        this.people = people;
    }

    /** One line of DATA/demo-accounts.txt. */
    public record DemoAccount(String username, String password, Role role, String unit) {
        public String line() {
            return username + "\t" + password + "\t" + role.name() + "\t" + (unit == null ? "" : unit);
        }
    }

    /** Creates (or gives new passwords to) the demo accounts; needs the sample organisation loaded. */
    public List<DemoAccount> create(Path file) {
        List<DemoAccount> made = new ArrayList<>();
        made.add(ensure("quantri", Role.ADMIN, null));
        for (String[] unit : UNITS) {
            OrgUnit u = units.findByNameOrAbbreviation(unit[0])
                    .orElseThrow(() -> new IllegalStateException("sample unit missing: " + unit[0]));
            for (Object[] role : ROLES) {
                DemoAccount account = ensure(role[1] + "." + unit[1], (Role) role[0], u);
                if (account.role() == Role.LEADER) {
                    people.findByName(unit[2]).ifPresent(p -> service.setPerson(account.username(), p.id()));
                }
                made.add(account);
            }
        }
        StringBuilder sb = new StringBuilder();
        made.forEach(d -> sb.append(d.line()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return made;
    }

    private DemoAccount ensure(String username, Role role, OrgUnit unit) {
        String password = AccountService.randomPassword();
        if (accounts.findByUsername(username).isPresent()) {
            service.resetPassword(username, password, false);
        } else {
            service.add(username, null, password, role, unit == null ? null : unit.id(), false)
                    .orElseThrow();
        }
        return new DemoAccount(username, password, role, unit == null ? null : unit.abbreviation());
    }
}
