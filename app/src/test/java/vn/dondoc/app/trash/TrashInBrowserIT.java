package vn.dondoc.app.trash;

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
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.TargetService;

/**
 * A leader deletes a target in a real browser: the page asks first, the next page says "Đã xóa … — Hoàn tác", and
 * the undo brings it back. Deleted again, an administrator finds it in the trash ("Thùng rác") and restores it.
 * Screenshots at 1366 and 390 px wide go to target/screenshots. Skipped where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class TrashInBrowserIT {
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
    TargetService targets;

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

    private static void shoot(String name) throws Exception {
        for (int width : List.of(1366, 390)) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), png);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private static WebDriverWait waitUp() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void signIn(String name, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUp().until(ExpectedConditions.not(ExpectedConditions.urlContains("/dang-nhap")));
    }

    private boolean deleted(long target) {
        return jdbc.sql("SELECT deleted_at IS NOT NULL FROM targets WHERE id = :id")
                .param("id", target)
                .query(Boolean.class)
                .single();
    }

    private void deleteOnItsPage(long target) {
        browser.get(url("/targets/" + target));
        browser.findElement(By.cssSelector("#delete-target button")).click();
        waitUp().until(ExpectedConditions.alertIsPresent()).accept();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("undo")));
    }

    @Test
    void aLeaderDeletesATargetAndUndoesItThenAnAdministratorRestoresItFromTheTrash() throws Exception {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("lanhdao", "Nguyễn Văn Lãnh", "mat-khau-lanh-dao", Role.LEADER, vp, false)
                .orElseThrow();
        accounts.add("quantri", "Trần Quản Trị", "mat-khau-quan-tri", Role.ADMIN, null, false)
                .orElseThrow();
        long target = targets.save(new Target(
                        null,
                        0,
                        "Tỷ lệ hồ sơ giải quyết đúng hạn",
                        null,
                        "GTE",
                        95,
                        null,
                        "%",
                        "Năm 2026",
                        null,
                        null,
                        null))
                .orElseThrow()
                .id();

        signIn("lanhdao", "mat-khau-lanh-dao");
        deleteOnItsPage(target);
        assertThat(deleted(target)).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/targets");
        String flash = browser.findElement(By.id("undo")).getText();
        assertThat(flash).startsWith("Đã xóa chỉ tiêu «").contains("Hoàn tác");
        assertThat(browser.findElements(By.id("nav-trash")))
                .as("the trash is the administrator's")
                .isEmpty();
        shoot("trash-deleted-flash");

        browser.findElement(By.id("undo-button")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("restored")));
        assertThat(browser.getCurrentUrl()).endsWith("/targets/" + target);
        assertThat(browser.findElement(By.id("restored")).getText()).startsWith("Đã khôi phục Chỉ tiêu «");
        assertThat(deleted(target)).isFalse();

        deleteOnItsPage(target);
        signIn("quantri", "mat-khau-quan-tri");
        browser.findElement(By.id("nav-trash")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("trash-table")));
        String row = browser.findElement(By.id("trash-target-" + target)).getText();
        assertThat(row).contains("Chỉ tiêu", "lanhdao").doesNotContain("target");
        shoot("trash-page");

        browser.findElement(By.cssSelector("#trash-target-" + target + " button"))
                .click();
        waitUp().until(ExpectedConditions.alertIsPresent()).accept();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("restored")));
        assertThat(browser.findElements(By.id("trash-target-" + target))).isEmpty();
        assertThat(deleted(target)).isFalse();
        shoot("trash-restored");
    }
}
