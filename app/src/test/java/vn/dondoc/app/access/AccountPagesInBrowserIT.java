package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;

/**
 * A new account's first day in a real browser: sign in with a one-time password, be made to change
 * it, make an access token on the profile, change a task and see it in the task's history. Screenshots
 * of each page at 1366 and 390 px wide go to target/screenshots. Skipped where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class AccountPagesInBrowserIT {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebDriver browser;

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

    @Autowired
    TaskService tasks;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = vn.dondoc.app.HeadlessChromium.start("--window-size=1366,900");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The page as it is now, wide and narrow. */
    private static void shoot(String name) throws Exception {
        shoot(name, null);
    }

    /** ... scrolled to {@code selector} when given. */
    private static void shoot(String name, String selector) throws Exception {
        for (int width : List.of(1366, 390)) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
            if (selector != null) {
                ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("document.querySelector(arguments[0]).scrollIntoView()", selector);
            }
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), png);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private static WebDriverWait waitUp() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void aNewLeaderSignsInChangesTheOneTimePasswordMakesATokenAndSeesATasksHistory() throws Exception {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("lanhdao", "Nguyễn Văn Lãnh", "mot-lan-thoi-1", Role.LEADER, vp, true)
                .orElseThrow();
        long task = tasks.create(new TaskDraft(
                        "Tổng hợp báo cáo công tác tháng 6 gửi UBND tỉnh",
                        null,
                        null,
                        null,
                        List.of(vp),
                        List.of(),
                        null))
                .orElseThrow()
                .id();

        browser.get(url("/tasks/" + task));
        waitUp().until(ExpectedConditions.urlContains("/dang-nhap"));
        shoot("signin");
        browser.findElement(By.id("username")).sendKeys("lanhdao");
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUp().until(ExpectedConditions.urlContains("loi=1"));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText())
                .isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        shoot("signin-failed");

        browser.findElement(By.id("username")).sendKeys("lanhdao");
        browser.findElement(By.id("password")).sendKeys("mot-lan-thoi-1");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUp().until(ExpectedConditions.urlContains("/tai-khoan/mat-khau"));
        shoot("password");
        browser.findElement(By.id("current")).sendKeys("mot-lan-thoi-1");
        browser.findElement(By.id("next")).sendKeys("mat-khau-moi-cua-toi");
        browser.findElement(By.id("again")).sendKeys("mat-khau-moi-cua-toi");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUp().until(ExpectedConditions.urlToBe(url("/tai-khoan")));

        browser.findElement(By.id("label")).sendKeys("Bảng tính theo dõi");
        browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        String token = waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.token")))
                .getText();
        assertThat(token).startsWith("dd_");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Lãnh đạo — Văn phòng Sở", "Bảng tính theo dõi");
        shoot("profile");

        browser.get(url("/tasks/" + task));
        browser.findElement(By.cssSelector("main form.inline button[type=submit]"))
                .click(); // the first next status
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.history li")));
        String history = browser.findElement(By.cssSelector("section.history")).getText();
        assertThat(history).contains("Lịch sử thay đổi", "lanhdao", "đổi trạng thái", "Trạng thái", "Đang thực hiện");
        shoot("task-history", "section.history");
    }
}
