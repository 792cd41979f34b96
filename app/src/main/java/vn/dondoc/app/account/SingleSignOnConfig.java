package vn.dondoc.app.account;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.SingleSignOn;
import vn.dondoc.domain.access.SsoLinks;
import vn.dondoc.domain.audit.AuditTrail;
import vn.dondoc.domain.common.Transactor;

/**
 * Sign-in through the province's single sign-on (OpenID Connect), only when an issuer and a client are
 * configured ({@code DONDOC_OIDC_ISSUER}, {@code DONDOC_OIDC_CLIENT_ID}, {@code DONDOC_OIDC_CLIENT_SECRET}, and
 * {@code DONDOC_OIDC_NAME} for the button). Without them no OpenID Connect bean exists and the sign-in page
 * shows only the password form.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfig.Configured.class)
class SingleSignOnConfig {
    static final String ISSUER = "dondoc.oidc.issuer";
    static final String CLIENT_ID = "dondoc.oidc.client-id";

    /** Both an issuer and a client id are set (an empty environment variable counts as unset). */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return !env.getProperty(ISSUER, "").isBlank()
                    && !env.getProperty(CLIENT_ID, "").isBlank();
        }
    }

    @Bean
    SingleSignOn singleSignOn(Accounts accounts, SsoLinks links, Transactor tx, Clock clock) {
        return new SingleSignOn(accounts, links, tx, clock);
    }

    @Bean
    OidcSignIn oidcSignIn(
            Environment env,
            SingleSignOn sso,
            SignInOutcomes outcomes,
            AuditTrail trail,
            Clock clock,
            Messages messages) {
        OidcSignIn.Settings settings = new OidcSignIn.Settings(
                env.getProperty(ISSUER, "").trim(),
                env.getProperty(CLIENT_ID, "").trim(),
                env.getProperty("dondoc.oidc.client-secret", "").trim(),
                env.getProperty("dondoc.oidc.name", "").trim(),
                env.getProperty("dondoc.oidc.redirect-uri", "").trim());
        return new OidcSignIn(settings, sso, outcomes, trail, clock, messages);
    }
}
