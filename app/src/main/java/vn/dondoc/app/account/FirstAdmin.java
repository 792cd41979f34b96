package vn.dondoc.app.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Role;

/**
 * First start on an empty database: an {@code admin} with a one-time password, printed once on the
 * console, which must be changed at the first sign-in. Nobody can get in otherwise.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final Accounts accounts;
    private final AccountService service;

    FirstAdmin(Accounts accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        String password = AccountService.randomPassword();
        service.add("admin", "Quản trị", password, Role.ADMIN, null, true).orElseThrow();
        String line = "Tài khoản quản trị đầu tiên: admin / " + password
                + "  (mật khẩu dùng một lần, phải đổi khi đăng nhập lần đầu; first admin account, one-time password)";
        System.out.println(line);
        log.info("first administrator account 'admin' created; its one-time password was printed on the console");
    }
}
