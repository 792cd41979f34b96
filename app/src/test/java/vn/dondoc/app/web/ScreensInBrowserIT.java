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
import vn.dondoc.app.account.DemoAccounts;
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
    DemoAccounts demoAccounts;

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
        pages.put("followup", "/tasks/" + taskId + "/followup");
        pages.put("calendar", "/calendar");
        pages.put("calendar-month", "/calendar?from=2021-10-01&to=2021-10-31");
        pages.put("calendar-week", "/calendar?view=week&date=2021-10-04");
        pages.put("event-new", "/calendar/events/new");
        pages.put("event-edit", "/calendar/events/" + first("calendar_events") + "/edit");
        pages.put("program", "/calendar/programs/" + first("work_programs"));
        pages.put("publish", "/calendar/publish");
        pages.put("feeds", "/calendar/feeds");
        pages.put("public-calendar", "/lich");
        pages.put("public-calendar-print", "/lich/in");
        pages.put("org", "/org");
        pages.put("unit-new", "/org/units/new");
        pages.put("unit", "/org/units/" + first("org_units"));
        pages.put("person-new", "/org/people/new");
        pages.put("person", "/org/people/" + first("people"));
        pages.put("imports", "/imports");
        pages.put("batch", "/imports/" + batch);
        pages.put("review", "/imports/files/" + reviewFile + "/review");
        pages.put("search", "/search?q=lao+dong");
        pages.put("targets", "/targets");
        pages.put("target", "/targets/" + first("targets"));
        pages.put("target-new", "/targets/new");
        pages.put("results", "/results");
        pages.put("result", "/results/" + first("results"));
        pages.put("result-new", "/results/new");
        pages.put("dashboard", "/dashboard");
        publicDashboard.enable(true);
        pages.put("public-dashboard", "/cong-khai/tong-quan");
        pages.put("public-dashboard-settings", "/quan-tri/cong-khai");
        pages.put("users", "/quan-tri/tai-khoan");
        pages.put("account", "/tai-khoan");
        pages.put("password", "/tai-khoan/mat-khau");
        pages.put("not-found", "/khong-co-trang-nay");
        // a reversed period, a bad filter value: the page with a sentence, never an error page
        pages.put("calendar-reversed", "/calendar?from=2021-10-31&to=2021-10-01");
        pages.put("tasks-bad-status", "/tasks?status=FOO");

        // one account of each role in one unit (the demo accounts of the sample agency), and the public
        Map<String, DemoAccounts.DemoAccount> roles = new LinkedHashMap<>();
        for (var a : demoAccounts.create(Files.createTempDirectory("screens").resolve("demo-accounts.txt"))) {
            roles.putIfAbsent(a.role().name().toLowerCase(java.util.Locale.ROOT), a);
        }
        roles.put("public", null);
        List<String> publicPages = List.of(
                "public-calendar", "public-calendar-print", "public-dashboard", "not-found", "calendar", "tasks");

        List<String> tooWide = new ArrayList<>();
        List<String> faults = new ArrayList<>();
        for (var role : roles.entrySet()) {
            Map<String, String> linked = new LinkedHashMap<>();
            for (int width : new int[] {1366, 390}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.manage().deleteAllCookies();
                browser.get("http://127.0.0.1:" + port + "/dang-nhap");
                check(tooWide, faults, role.getKey() + "-signin", width);
                if (role.getValue() != null) {
                    signIn(role.getValue().username(), role.getValue().password());
                }
                for (var page : pages.entrySet()) {
                    if (role.getValue() == null && !publicPages.contains(page.getKey())) {
                        continue;
                    }
                    browser.get("http://127.0.0.1:" + port + page.getValue());
                    if (role.getValue() != null) {
                        assertThat(browser.getCurrentUrl())
                                .as(role.getKey() + ": " + page.getKey() + " asks to sign in")
                                .doesNotContain("/dang-nhap");
                    }
                    check(tooWide, faults, role.getKey() + "-" + page.getKey(), width);
                    if (width == 1366) {
                        links(page.getKey(), linked);
                        forms(role.getKey(), page.getKey(), faults);
                    }
                }
                if (width == 1366 && role.getValue() != null) {
                    refusedLinks(role.getKey(), linked, faults);
                }
            }
        }
        assertThat(tooWide).as("pages wider than the window").isEmpty();
        assertThat(faults).as("what a person would trip over").isEmpty();
    }

    private long first(String table) {
        return jdbc.sql("SELECT MIN(id) FROM " + table).query(Long.class).single();
    }

    private void signIn(String username, String password) {
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                        org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/dang-nhap")));
    }

    /** The addresses of this page's own links (not the menu, not downloads), with the page they are on. */
    @SuppressWarnings("unchecked")
    private static void links(String page, Map<String, String> linked) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return Array.from(document.querySelectorAll('main a[href]'))"
                        + ".map(a => a.getAttribute('href'))"
                        + ".filter(h => h.startsWith('/') && !h.startsWith('/api/') && !h.includes('#'))");
        hrefs.forEach(h -> linked.putIfAbsent(h, page));
    }

    /**
     * The forms a role may not send are not shown: a viewer gets no status buttons, progress form or upload form
     * (each answered 403 before).
     */
    private static void forms(String role, String page, List<String> faults) {
        if (!role.equals("viewer")) {
            return;
        }
        for (String action : List.of("/status", "/reports", "/imports", "/retry", "/drop")) {
            if (!browser.findElements(org.openqa.selenium.By.cssSelector("main form[action$='" + action + "']"))
                    .isEmpty()) {
                faults.add(role + " sees a form it may not send on " + page + ": " + action);
            }
        }
    }

    /** Every link a role is shown opens for that role: none answers 403. */
    private void refusedLinks(String role, Map<String, String> linked, List<String> faults) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var client = java.net.http.HttpClient.newHttpClient();
        for (var link : linked.entrySet()) {
            var reply = client.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://127.0.0.1:" + port + link.getKey()))
                            .header("Cookie", cookies)
                            .header("Accept", "text/html")
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (reply.statusCode() == 403) {
                faults.add(role + " is shown a link that answers 403 on " + link.getValue() + ": " + link.getKey());
            }
        }
    }

    /** A type code, an ISO date or a number like "22000.0" in what a person reads. */
    private static final java.util.regex.Pattern RAW = java.util.regex.Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2}|[A-Z]{2,}_[A-Z_]{2,}|GTE|LTE|DONE|MORNING|AFTERNOON|EVENING|null)\\b|\\d\\.0\\b");

    /** Notes a page wider than the window, an error page or a raw value, and leaves its screenshot. */
    private static void check(List<String> tooWide, List<String> faults, String name, int width)
            throws java.io.IOException {
        if (!name.endsWith("-print")) { // the printable calendar is the agency's sheet, without the app's header
            assertThat(browser.getPageSource()).as(name).contains("Đôn đốc");
        }
        long scrollWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        long windowWidth =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        if (scrollWidth > windowWidth + 1) {
            tooWide.add(name + " at " + width + " px: " + scrollWidth + " > " + windowWidth);
        }
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
        if (text.contains("Lỗi hệ thống") || text.contains("Whitelabel")) {
            faults.add(name + " shows an error page");
        }
        var raw = RAW.matcher(text);
        if (width == 1366 && raw.find()) {
            faults.add(name + " shows a raw value: " + raw.group());
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(),
                SHOTS.resolve(name + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
