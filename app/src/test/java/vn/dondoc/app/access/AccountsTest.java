package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.app.web.SameOriginFilter;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;

/** Signing in for real (no test principal): the form, HTTP Basic, tokens, lock-out, one-time passwords. */
@H2Config
class AccountsTest {
    private static final String PASSWORD = "mat-khau-dai-du";

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    AccountService accounts;

    @Autowired
    OrgUnits units;

    MockMvc mvc;
    long vp;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .addFilters(context.getBean(SameOriginFilter.class))
                .build();
        accounts.add("vanthu", "Văn thư VP", PASSWORD, Role.CLERK, vp, false).orElseThrow();
    }

    private static String body(MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnAccountTheApiAnswers401AndPagesLeadToTheSignInPage() throws Exception {
        mvc.perform(get("/api/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(header().string("WWW-Authenticate", Matchers.containsString("Bearer")));
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
        String page =
                body(mvc.perform(get("/dang-nhap")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"");
        mvc.perform(get("/app.css")).andExpect(status().isOk());
    }

    @Test
    void theSignInFormOpensASessionAndSignOutClosesIt() throws Exception {
        MvcResult in = mvc.perform(formLogin("/dang-nhap").user("vanthu").password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession(false);
        assertThat(jdbc.sql("SELECT action || ':' || actor FROM audit_events")
                        .query(String.class)
                        .list())
                .containsExactly("SIGN_IN:vanthu");
        assertThat(body(mvc.perform(get("/api/me").session(session))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("\"username\":\"vanthu\"", "CLERK");
        assertThat(body(mvc.perform(get("/tai-khoan").session(session))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Văn thư — Văn phòng Sở", "Đăng xuất");
        mvc.perform(post("/dang-xuat").session(session).with(csrf())).andExpect(redirectedUrl("/dang-nhap?daxuat=1"));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void oneAddressGetsTwentySignInAttemptsAMinuteWhateverTheAccounts() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(signIn("khach" + i, "x", "10.1.2.3")).andExpect(redirectedUrl("/dang-nhap?loi=1"));
        }
        MvcResult slowed = mvc.perform(signIn("vanthu", PASSWORD, "10.1.2.3"))
                .andExpect(status().is(429))
                .andExpect(header().string("Retry-After", "60"))
                .andReturn();
        assertThat(body(slowed)).contains("Quá nhiều lần đăng nhập");
        // another address is not slowed down
        mvc.perform(signIn("vanthu", PASSWORD, "10.1.2.4")).andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(
            String user, String password, String address) {
        return post("/dang-nhap")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/dang-nhap").param("username", "vanthu").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void httpBasicWorksOnTheApiAndAWrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("vanthu", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grants[0].role").value("CLERK"));
        mvc.perform(get("/api/me").with(httpBasic("vanthu", "sai-mat-khau"))).andExpect(status().isUnauthorized());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/dang-nhap").user("vanthu").password("sai-" + i))
                    .andExpect(redirectedUrl("/dang-nhap?loi=1"));
        }
        // now even the right password is refused, with the reason
        mvc.perform(formLogin("/dang-nhap").user("vanthu").password(PASSWORD))
                .andExpect(redirectedUrl("/dang-nhap?khoa=1"));
        assertThat(body(mvc.perform(get("/dang-nhap?khoa=1")).andReturn())).contains("Tài khoản tạm khóa 15 phút");
        mvc.perform(get("/api/me").with(httpBasic("vanthu", PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("tạm khóa")));
        assertThat(jdbc.sql(
                                "SELECT action || ':' || outcome || ':' || actor FROM audit_events WHERE kind = 'user' ORDER BY id")
                        .query(String.class)
                        .list())
                .hasSize(7)
                .containsOnly("SIGN_IN_FAILED:REFUSED:vanthu");
        // an administrator's reset opens it again
        accounts.resetPassword("vanthu", PASSWORD, false);
        mvc.perform(get("/api/me").with(httpBasic("vanthu", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        accounts.add("moi", null, "mot-lan-thoi-1", Role.VIEWER, vp, true).orElseThrow();
        MvcResult in = mvc.perform(formLogin("/dang-nhap").user("moi").password("mot-lan-thoi-1"))
                .andExpect(redirectedUrl("/tai-khoan/mat-khau"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession(false);
        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/tai-khoan/mat-khau"));
        mvc.perform(get("/api/tasks").with(httpBasic("moi", "mot-lan-thoi-1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("mật khẩu một lần")));
        // a too short one is refused with the rule, then a good one opens the app
        String refused = body(mvc.perform(post("/tai-khoan/mat-khau")
                        .session(session)
                        .with(csrf())
                        .param("current", "mot-lan-thoi-1")
                        .param("next", "ngan")
                        .param("again", "ngan"))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(refused).contains("Mật khẩu phải có ít nhất 10 ký tự.");
        mvc.perform(post("/tai-khoan/mat-khau")
                        .session(session)
                        .with(csrf())
                        .param("current", "mot-lan-thoi-1")
                        .param("next", "mat-khau-moi-cua-toi")
                        .param("again", "mat-khau-moi-cua-toi"))
                .andExpect(redirectedUrl("/tai-khoan"));
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/tasks").with(httpBasic("moi", "mat-khau-moi-cua-toi")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/tasks").with(httpBasic("moi", "mot-lan-thoi-1"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonalAccessTokenOpensTheApiUntilRevoked() throws Exception {
        MvcResult in = mvc.perform(formLogin("/dang-nhap").user("vanthu").password(PASSWORD))
                .andReturn();
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession(false);
        MvcResult made = mvc.perform(
                        post("/tai-khoan/tokens").session(session).with(csrf()).param("label", "bảng tính"))
                .andExpect(redirectedUrl("/tai-khoan"))
                .andReturn();
        String token = (String) made.getFlashMap().get("newToken");
        assertThat(token).startsWith("dd_");
        assertThat(jdbc.sql("SELECT token_hash FROM access_tokens")
                        .query(String.class)
                        .single())
                .doesNotContain(token);

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("vanthu"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer dd_khong-co"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Khóa truy cập không hợp lệ hoặc đã bị thu hồi."));

        String profile = body(mvc.perform(get("/tai-khoan").session(session)).andReturn());
        assertThat(profile).contains("bảng tính");
        long id = jdbc.sql("SELECT id FROM access_tokens").query(Long.class).single();
        mvc.perform(post("/tai-khoan/tokens/" + id + "/thu-hoi")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/tai-khoan"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aForbiddenActionIs403WithAVietnameseProblem() throws Exception {
        mvc.perform(get("/api/users").with(httpBasic("vanthu", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Không có quyền"))
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị viên mới được quản lý tài khoản."));
    }

    @Test
    void pagesCarrySecurityHeadersWithoutInlineScript() throws Exception {
        mvc.perform(get("/dang-nhap"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                Matchers.allOf(
                                        Matchers.containsString("script-src 'self'"),
                                        Matchers.containsString("frame-ancestors 'none'"),
                                        Matchers.not(Matchers.containsString("unsafe-eval")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(jdbc.sql("SELECT password_hash FROM users WHERE username = 'vanthu'")
                        .query(String.class)
                        .single())
                .startsWith("$2")
                .doesNotContain(PASSWORD);
    }
}
