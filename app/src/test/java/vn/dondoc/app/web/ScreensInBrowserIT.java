package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportSummary;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;

/**
 * Every page at a desktop width (1366 px) and a phone width (390 px) in a real browser: none may be wider
 * than the window (a table scrolls inside its own box instead), and each leaves a screenshot in
 * target/screenshots for a person to look at. Skipped, with a message, where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class ScreensInBrowserIT {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentService documents;

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Tasks tasks;

    @Autowired
    DemoData demo;

    @Autowired
    vn.dondoc.domain.access.AccountService accounts;

    @Autowired
    vn.dondoc.domain.dashboard.PublicDashboardSetting publicDashboard;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = vn.dondoc.app.HeadlessChromium.start("--hide-scrollbars");
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageFitsADesktopAndAPhoneWindow() throws Exception {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        ImportSummary demoData = demo.load();
        long docId = demoData.files().get(3).documentId();
        long taskId = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 1))
                .items()
                .get(0)
                .id();
        long batch = imports.stage("screens", List.of(DemoData.sampleFiles().get(0)), false);
        // the same sample again is a duplicate; a slightly different text is a new file waiting for review
        var sample = DemoData.sampleFiles().get(2);
        long review = imports.stage(
                "screens",
                List.of(new vn.dondoc.domain.imports.IncomingFile(
                        "ban-sua.txt",
                        (new String(sample.bytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                false);
        imports.processUntilDone(batch, 60_000);
        imports.processUntilDone(review, 60_000);
        long reviewFile = jobs.files(review).get(0).id();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("documents", "/documents");
        pages.put("document", "/documents/" + docId);
        pages.put("tasks", "/tasks");
        pages.put("task", "/tasks/" + taskId);
        pages.put("calendar", "/calendar?from=2021-10-01&to=2021-10-31");
        pages.put("org", "/org");
        pages.put("unit-new", "/org/units/new");
        pages.put("imports", "/imports");
        pages.put("batch", "/imports/" + batch);
        pages.put("review", "/imports/files/" + reviewFile + "/review");
        pages.put("search", "/search?q=lao+dong");
        pages.put("targets", "/targets");
        pages.put(
                "target",
                "/targets/"
                        + jdbc.sql("SELECT MIN(id) FROM targets")
                                .query(Long.class)
                                .single());
        pages.put("target-new", "/targets/new");
        pages.put("results", "/results");
        pages.put("result-new", "/results/new");
        pages.put("dashboard", "/dashboard");
        publicDashboard.enable(true);
        pages.put("public-dashboard", "/cong-khai/tong-quan");
        pages.put("not-found", "/khong-co-trang-nay");

        accounts.add("quantri", null, "mat-khau-thu-nghiem", vn.dondoc.domain.access.Role.ADMIN, null, false)
                .orElseThrow();
        List<String> tooWide = new ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.manage().deleteAllCookies();
            browser.get("http://127.0.0.1:" + port + "/dang-nhap");
            check(tooWide, "signin", width);
            browser.findElement(org.openqa.selenium.By.id("username")).sendKeys("quantri");
            browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("mat-khau-thu-nghiem");
            browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]"))
                    .click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                            org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/dang-nhap")));
            for (var page : pages.entrySet()) {
                browser.get("http://127.0.0.1:" + port + page.getValue());
                assertThat(browser.getCurrentUrl())
                        .as(page.getKey() + " asks to sign in")
                        .doesNotContain("/dang-nhap");
                check(tooWide, page.getKey(), width);
            }
        }
        assertThat(tooWide).as("pages wider than the window").isEmpty();
    }

    /** Notes a page wider than the window, and leaves its screenshot. */
    private static void check(List<String> tooWide, String name, int width) throws java.io.IOException {
        assertThat(browser.getPageSource()).as(name).contains("Đôn đốc");
        long scrollWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        long windowWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        if (scrollWidth > windowWidth + 1) {
            tooWide.add(name + " at " + width + " px: " + scrollWidth + " > " + windowWidth);
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                SHOTS.resolve(name + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
