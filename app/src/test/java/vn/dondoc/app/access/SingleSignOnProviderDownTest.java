package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;

/**
 * Single sign-on configured while the province's provider does not answer: the server starts, the button shows,
 * pressing it brings the person back to the sign-in page with a Vietnamese message, and the API is as before.
 */
@H2Config
class SingleSignOnProviderDownTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @DynamicPropertySource
    static void deadProvider(DynamicPropertyRegistry registry) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        registry.add("dondoc.oidc.issuer", () -> "http://127.0.0.1:" + closed);
        registry.add("dondoc.oidc.client-id", () -> "dondoc");
        registry.add("dondoc.oidc.client-secret", () -> "bi-mat");
        registry.add("dondoc.oidc.name", () -> "Cổng một cửa tỉnh Thử Nghiệm");
        registry.add("dondoc.signin.per-minute", () -> "5");
    }

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static String body(org.springframework.test.web.servlet.MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theButtonCarriesTheProvidersNameAndPressingItWhileTheProviderIsDownLeadsBackWithAMessage() throws Exception {
        assertThat(body(mvc.perform(get("/dang-nhap"))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains(
                        "id=\"sso\"",
                        "href=\"/oauth2/authorization/sso\"",
                        "Đăng nhập bằng Cổng một cửa tỉnh Thử Nghiệm");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/oauth2/authorization/sso").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dang-nhap?sso=loi"));
        String page = body(mvc.perform(get("/dang-nhap").param("sso", "loi").session(session))
                .andReturn());
        assertThat(page).contains("Không đăng nhập được qua hệ thống đăng nhập một lần (SSO) của tỉnh");
        // the message is shown once
        assertThat(body(mvc.perform(get("/dang-nhap").param("sso", "loi").session(session))
                        .andReturn()))
                .doesNotContain("Không đăng nhập được");
        assertThat(jdbc.sql("SELECT action || ':' || outcome FROM audit_events")
                        .query(String.class)
                        .list())
                .containsExactly("SIGN_IN_FAILED:REFUSED");
    }

    @Test
    void singleSignOnCallbacksFromOneAddressCountInTheSignInRateLimit() throws Exception {
        org.springframework.test.web.servlet.request.RequestPostProcessor from = r -> {
            r.setRemoteAddr("10.9.8.7");
            return r;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/login/oauth2/code/sso")
                            .param("code", "gia-mao-" + i)
                            .param("state", "x")
                            .with(from))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/dang-nhap?sso=loi"));
        }
        String refused = body(mvc.perform(get("/login/oauth2/code/sso")
                        .param("code", "gia-mao")
                        .param("state", "x")
                        .with(from))
                .andExpect(status().isTooManyRequests())
                .andReturn());
        assertThat(refused).doesNotContain("Exception");
        // another address is not held back
        mvc.perform(get("/login/oauth2/code/sso")
                        .param("code", "c")
                        .param("state", "x")
                        .with(r -> {
                            r.setRemoteAddr("10.9.8.6");
                            return r;
                        }))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiStillTakesNoSingleSignOnAndAnswers401() throws Exception {
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
        // a provider's token is no dondoc access token
        mvc.perform(get("/api/tasks").header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
    }
}
