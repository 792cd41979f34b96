package vn.dondoc.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * Follow-up end to end in headless chromium: the clerk confirms sample 003 (its tasks and targets), the lead unit
 * posts progress on one task, and the leader's dashboard — counts, rate and the chart drawn by the served ECharts —
 * changes. Each step signs in on the sign-in page as the person who does it: the clerk of the Văn phòng, the staff
 * of the task's lead unit, the leader of the Sở.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class FollowUpInBrowserIT {
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
    vn.dondoc.domain.org.OrgUnits units;

    private String signedIn;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = vn.dondoc.app.HeadlessChromium.start("--window-size=1280,1000");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        signedIn = null;
        account(
                "vanthu",
                vn.dondoc.domain.access.Role.CLERK,
                units.findByNameOrAbbreviation("VP").orElseThrow().id());
    }

    /** Opens a page as {@code user} (created by {@link #account}), signing in on the sign-in page when it changes. */
    private void as(String user, String path) {
        if (!user.equals(signedIn)) {
            browser.manage().deleteAllCookies();
            browser.get("http://127.0.0.1:" + port + "/dang-nhap");
            browser.findElement(By.id("username")).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys("mat-khau-thu-nghiem");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/dang-nhap")));
            signedIn = user;
        }
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void account(String user, vn.dondoc.domain.access.Role role, Long unitId) {
        accounts.add(user, null, "mat-khau-thu-nghiem", role, unitId, false).orElseThrow();
    }

    private static void click(WebElement e) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static long number(String id) {
        return Long.parseLong(
                browser.findElement(By.cssSelector("#" + id + " .n")).getText().strip());
    }

    private void dashboardDrawn() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#chart-units[data-drawn=true] canvas")));
    }

    @Test
    void progressPostedByTheLeadUnitChangesTheLeadersDashboard() {
        // the clerk's upload: the batch belongs to the Văn phòng, whose clerk reviews it
        long batch = imports.stage(
                "browser",
                List.of(DemoData.sampleFiles().get(3)),
                false,
                java.util.Set.of(
                        units.findByNameOrAbbreviation("VP").orElseThrow().id()));
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();

        as("vanthu", "/imports/files/" + fileId + "/review");
        click(browser.findElement(By.id("confirm")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/documents/"));
        long docId = jobs.find(fileId).orElseThrow().documentId();
        List<Task> stored = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 500))
                .items();
        assertThat(stored).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM targets WHERE document_id = :d")
                        .param("d", docId)
                        .query(Long.class)
                        .single())
                .isPositive();

        // the leader heads the tree the chosen task's lead unit belongs to, and sees that subtree
        Task chosen = stored.stream()
                .filter(t -> !t.lead().isEmpty() && t.lead().get(0).unitId() != null)
                .findFirst()
                .orElseThrow();
        long top = chosen.lead().get(0).unitId();
        while (units.find(top).orElseThrow().parentId() != null) {
            top = units.find(top).orElseThrow().parentId();
        }
        account("lanhdao", vn.dondoc.domain.access.Role.LEADER, top);
        account(
                "chuyenvien",
                vn.dondoc.domain.access.Role.STAFF,
                chosen.lead().get(0).unitId());

        as("lanhdao", "/dashboard");
        dashboardDrawn();
        long doneBefore = number("total-DONE_ON_TIME") + number("total-DONE_LATE");
        long all = doneBefore + number("total-OPEN_IN_TIME") + number("total-OPEN_OVERDUE");
        assertThat(all).isPositive().isLessThanOrEqualTo(stored.size());
        String rateBefore =
                browser.findElement(By.cssSelector("#completion .n")).getText();

        as("chuyenvien", "/tasks/" + chosen.id() + "/followup");
        WebElement form = browser.findElement(By.id("progress-form"));
        new Select(form.findElement(By.name("unitId")))
                .selectByValue(String.valueOf(chosen.lead().get(0).unitId()));
        WebElement percent = form.findElement(By.name("percent"));
        percent.clear();
        percent.sendKeys("100");
        form.findElement(By.name("note")).sendKeys("Đã hoàn thành, có báo cáo kèm theo");
        click(form.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".timeline"), "Đã hoàn thành"));
        assertThat(browser.findElement(By.id("bucket")).getText()).startsWith("Hoàn thành");
        assertThat(tasks.find(chosen.id()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);

        as("lanhdao", "/dashboard");
        dashboardDrawn();
        assertThat(number("total-DONE_ON_TIME") + number("total-DONE_LATE")).isEqualTo(doneBefore + 1);
        String rateAfter = browser.findElement(By.cssSelector("#completion .n")).getText();
        assertThat(rateAfter).isNotEqualTo(rateBefore).startsWith((doneBefore + 1) + "/" + all);

        // the screens of this story as its people see them, at a laptop's and a phone's width
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "/dashboard");
        pages.put("dashboard-unit", "/dashboard?unit=" + chosen.lead().get(0).unitId());
        pages.put("dashboard-program", "/dashboard?program=" + docId);
        pages.put("followup", "/tasks/" + chosen.id() + "/followup");
        pages.put("targets", "/targets");
        pages.put("results", "/results");
        List<String> problems = new java.util.ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            for (var page : pages.entrySet()) {
                as("lanhdao", page.getValue());
                if (page.getKey().startsWith("dashboard")) {
                    dashboardDrawn();
                }
                screen(page.getKey() + "-" + width, problems);
            }
        }
        assertThat(problems).as("what a person would trip over").isEmpty();
    }

    /**
     * Leaves a screenshot in target/screenshots and notes what a person would trip over: a page wider than the
     * window, a number as Java prints it ("22000.0"), a date as ISO writes it ("2026-03-31").
     */
    private static void screen(String name, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long window = (Long) js.executeScript("return document.documentElement.clientWidth");
        if (scroll > window + 1) {
            problems.add(name + ": " + scroll + " px wide in " + window);
        }
        String text = browser.findElement(By.tagName("main")).getText();
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile(
                        "\\b\\d+\\.0\\b|\\b\\d\\.\\d+E\\d+\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b")
                .matcher(text);
        while (raw.find()) {
            problems.add(name + ": «" + raw.group() + "»");
        }
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.copy(
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                            .toPath(),
                    dir.resolve("followup-story-" + name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
