package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.HeadlessChromium;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.oidcprovider.TestOidcProvider;

/**
 * Single sign-on for real: a real OpenID Connect provider (Spring Authorization Server, {@link TestOidcProvider})
 * on its own port, dondoc configured with its issuer and client, and a real headless chromium pressing the
 * button, signing in at the provider and coming back. Screenshots of the sign-in page with the button at 1366
 * and 390 px go to target/screenshots. Skipped where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            H2Config.URL,
            H2Config.USER,
            H2Config.PASSWORD,
            H2Config.INDEX,
            H2Config.POLL,
            "dondoc.oidc.client-id=" + TestOidcProvider.CLIENT_ID,
            "dondoc.oidc.client-secret=" + TestOidcProvider.CLIENT_SECRET
        })
class SingleSignOnInBrowserIT {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final TestOidcProvider PROVIDER = TestOidcProvider.start();
    private WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    AccountService accounts;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("dondoc.oidc.issuer", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        // a fresh browser each time: no session left at the provider or at dondoc
        browser = HeadlessChromium.start("--window-size=1366,900");
        Files.createDirectories(SHOTS);
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        PROVIDER.allowSignOutBackTo(url("/dang-nhap?daxuat=1"));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waitUp() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private long vp() {
        return units.findByNameOrAbbreviation("VP").orElseThrow().id();
    }

    /** From a dondoc page: the button, then the provider's own sign-in form. */
    private void signInAtTheProvider(String name) {
        browser.get(url("/tasks"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        browser.findElement(By.id("sso")).click();
        waitUp().until(ExpectedConditions.urlContains("localhost:" + PROVIDER.port() + "/login"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUp().until(ExpectedConditions.urlContains("127.0.0.1:" + port + "/"));
    }

    private void shoot(String name) throws Exception {
        for (int width : List.of(1366, 390)) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
            Files.write(
                    SHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private List<Map<String, Object>> audit(String action) {
        return jdbc.sql(
                        "SELECT actor, outcome, CAST(after AS VARCHAR(2000)) AS after FROM audit_events WHERE action = :a ORDER BY id")
                .param("a", action)
                .query()
                .listOfRows();
    }

    @Test
    void aPersonOfTheProvinceSignsInThroughTheProviderAsTheirDondocAccountAndStaysLinked() throws Exception {
        accounts.add("nguyenvana", "Nguyễn Văn A (VP)", "mat-khau-rieng-1", Role.LEADER, vp(), false)
                .orElseThrow();

        browser.get(url("/tasks"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        assertThat(browser.findElement(By.id("sso")).getText())
                .isEqualTo("Đăng nhập bằng tài khoản một cửa / SSO của tỉnh");
        shoot("signin-sso");

        signInAtTheProvider("nguyenvana");
        waitUp().until(ExpectedConditions.urlContains(url("/tasks")));
        assertThat(browser.findElement(By.cssSelector(".who a")).getText()).isEqualTo("Nguyễn Văn A (VP)");

        Map<String, Object> link = jdbc.sql(
                        "SELECT l.issuer, l.subject, u.username FROM sso_links l JOIN users u ON u.id = l.user_id")
                .query()
                .singleRow();
        assertThat(link)
                .containsEntry("issuer", PROVIDER.issuer())
                .containsEntry("subject", "nguyenvana")
                .containsEntry("username", "nguyenvana");
        List<Map<String, Object>> signIns = audit("SIGN_IN");
        assertThat(signIns).hasSize(1);
        assertThat(signIns.get(0)).containsEntry("actor", "nguyenvana").containsEntry("outcome", "DONE");
        assertThat(String.valueOf(signIns.get(0).get("after")))
                .contains("\"via\":\"oidc\"")
                .contains("\"subject\":\"nguyenvana\"");

        // the session is an ordinary dondoc session: roles from dondoc, the pages and the API (by cookie) open
        browser.get(url("/tai-khoan"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lãnh đạo");
        browser.get(url("/api/tasks"));
        assertThat(browser.getPageSource()).doesNotContain("unauthorized");

        // signing out of dondoc ends the provider's session too (RP-initiated logout through its end_session_endpoint)
        // and comes back to the sign-in page; the next sign-in asks the provider again and goes through the link
        browser.get(url("/tai-khoan"));
        browser.findElement(By.cssSelector(".who form button")).click();
        waitUp().until(ExpectedConditions.urlToBe(url("/dang-nhap?daxuat=1")));
        browser.get(url("/tai-khoan"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        browser.findElement(By.id("sso")).click();
        waitUp().until(ExpectedConditions.urlContains("localhost:" + PROVIDER.port() + "/login"));
        browser.findElement(By.id("username")).sendKeys("nguyenvana");
        browser.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // back on the page asked for before signing in again
        waitUp().until(ExpectedConditions.urlContains(url("/tai-khoan")));
        assertThat(browser.findElement(By.cssSelector(".who a")).getText()).isEqualTo("Nguyễn Văn A (VP)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sso_links").query(Long.class).single())
                .isEqualTo(1);
        assertThat(audit("SIGN_IN")).hasSize(2);
    }

    @Test
    void withoutAnAccountOfTheSameNameTheVerifiedEmailFindsTheAccount() {
        accounts.add("tranb", "Trần Thị B", "mat-khau-rieng-2", Role.STAFF, vp(), false)
                .orElseThrow();
        accounts.setEmail("tranb", "B.Tran@tinh.gov.vn").orElseThrow();

        signInAtTheProvider("tranthib");
        waitUp().until(ExpectedConditions.urlContains(url("/tasks")));
        assertThat(browser.findElement(By.cssSelector(".who a")).getText()).isEqualTo("Trần Thị B");
        assertThat(jdbc.sql("SELECT u.username FROM sso_links l JOIN users u ON u.id = l.user_id")
                        .query(String.class)
                        .single())
                .isEqualTo("tranb");
    }

    @Test
    void anAccountLockedAfterWrongPasswordsCannotSignInThroughTheProviderEither() {
        accounts.add("nguyenvana", "Nguyễn Văn A (VP)", "mat-khau-rieng-1", Role.LEADER, vp(), false)
                .orElseThrow();
        jdbc.sql("UPDATE users SET locked_until = :t WHERE username = 'nguyenvana'")
                .param("t", java.time.OffsetDateTime.now().plusMinutes(15))
                .update();

        signInAtTheProvider("nguyenvana");
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap?sso=loi"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .contains("nguyenvana")
                .contains("tạm khóa");
        assertThat(audit("SIGN_IN")).isEmpty();
        assertThat(audit("SIGN_IN_FAILED")).hasSize(1);
    }

    /**
     * Issue 9 item 1: disabling an account ends what it holds at once, whatever the door: its single sign-on session
     * (the next page is the sign-in page saying why), its access tokens (401), and a new sign-in through the provider
     * is refused naming the account.
     */
    @Test
    void aDisabledAccountsSessionAndTokensStopAtOnceAndTheProviderCannotBringItBack() throws Exception {
        accounts.add("nguyenvana", "Nguyễn Văn A (VP)", "mat-khau-rieng-1", Role.LEADER, vp(), false)
                .orElseThrow();
        String token = accounts.createToken("nguyenvana", "Bảng tính").orElseThrow();
        signInAtTheProvider("nguyenvana");
        waitUp().until(ExpectedConditions.urlContains(url("/tasks")));
        assertThat(bearer(token)).isEqualTo(200);

        jdbc.sql("UPDATE users SET enabled = FALSE WHERE username = 'nguyenvana'")
                .update();

        browser.get(url("/tai-khoan"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap?vohieu=1"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("đã bị vô hiệu hóa");
        shoot("signin-disabled");
        browser.get(url("/api/tasks"));
        assertThat(browser.getPageSource()).contains("Chưa đăng nhập").doesNotContain("\"content\"");
        assertThat(bearer(token)).isEqualTo(401);

        // the provider still knows the person (its own session may even be open): dondoc says no
        browser.get(url("/tasks"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        browser.findElement(By.id("sso")).click();
        waitUp().until(ExpectedConditions.or(
                ExpectedConditions.urlContains("sso=loi"),
                ExpectedConditions.urlContains("localhost:" + PROVIDER.port() + "/login")));
        if (!browser.getCurrentUrl().contains("sso=loi")) {
            browser.findElement(By.id("username")).sendKeys("nguyenvana");
            browser.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
        }
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap?sso=loi"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .contains("nguyenvana")
                .contains("vô hiệu hóa");
        assertThat(audit("SIGN_IN")).hasSize(1);
        assertThat(audit("SIGN_IN_FAILED")).isNotEmpty();
    }

    private int bearer(String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/me")))
                .header("Authorization", "Bearer " + token)
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void someoneTheProviderKnowsButDondocDoesNotIsRefusedWithAClearMessage() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();

        signInAtTheProvider("nguoila");
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap?sso=loi"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Tài khoản \"nguoila\" chưa được cấp quyền trong dondoc, liên hệ quản trị.");
        shoot("signin-sso-refused");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sso_links").query(Long.class).single())
                .isZero();
        List<Map<String, Object>> failed = audit("SIGN_IN_FAILED");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0)).containsEntry("actor", "nguoila").containsEntry("outcome", "REFUSED");
        assertThat(audit("SIGN_IN")).isEmpty();
        // and still not signed in
        browser.get(url("/tasks"));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        assertThat(browser.findElements(By.cssSelector(".flash"))).isEmpty();
    }
}
