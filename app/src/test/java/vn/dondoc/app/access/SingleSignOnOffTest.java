package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.domain.access.SingleSignOn;

/** With no provider configured (no DONDOC_OIDC_ISSUER), nothing about single sign-on exists. */
@H2Config
class SingleSignOnOffTest {
    @Autowired
    WebApplicationContext context;

    @Test
    void withoutAnIssuerTheSignInPageHasOnlyThePasswordForm() throws Exception {
        MockMvc mvc = SignIn.mvc(context, SignIn.nobody());
        String page = new String(
                mvc.perform(get("/dang-nhap"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Tên đăng nhập", "Mật khẩu")
                .doesNotContain("oauth2", "một cửa", "SSO", "id=\"sso\"", "hoặc");
    }

    @Test
    void withoutAnIssuerNoOpenIdConnectBeanExistsAndItsAddressesAreNotServed() throws Exception {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(SingleSignOn.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.security.web.SecurityFilterChain.class).values().stream()
                        .flatMap(chain -> chain.getFilters().stream())
                        .map(f -> f.getClass().getSimpleName()))
                .noneMatch(name -> name.startsWith("OAuth2"));
        // to someone signed out they are just addresses behind the sign-in page, to someone signed in unknown ones
        SignIn.mvc(context, SignIn.nobody())
                .perform(get("/oauth2/authorization/sso"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dang-nhap"));
        MockMvc admin = SignIn.mvc(context, SignIn.admin());
        admin.perform(get("/oauth2/authorization/sso")).andExpect(status().isNotFound());
        admin.perform(get("/login/oauth2/code/sso").param("code", "x").param("state", "y"))
                .andExpect(status().isNotFound());
    }
}
