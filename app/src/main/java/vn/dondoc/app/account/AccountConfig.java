package vn.dondoc.app.account;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.PasswordHasher;
import vn.dondoc.domain.common.Transactor;

/** The account use cases wired to their adapters (bcrypt through Spring Security's encoder). */
@Configuration(proxyBeanMethods = false)
class AccountConfig {
    @Bean
    AccountService accountService(Accounts accounts, PasswordEncoder encoder, Transactor tx, Clock clock) {
        PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                return hash != null && encoder.matches(raw, hash);
            }
        };
        return new AccountService(accounts, hasher, tx, clock);
    }
}
