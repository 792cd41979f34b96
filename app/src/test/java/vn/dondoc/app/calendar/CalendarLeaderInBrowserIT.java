package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.org.OrgUnits;

/**
 * A leader's calendar in a real browser (Debian's chromium, headless): the leader opens the calendar on their own
 * schedule, with what they attend, one click shows the agency's; on the profile page they make a feed of the
 * agency's calendar, subscribe to its address and revoke it; the administrator links an account to a person.
 * Screens at 1366 and 390 px go to target/screenshots. Skipped, with a message, where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class CalendarLeaderInBrowserIT {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentService documents;

    @Autowired
    DemoData demo;

    @Autowired
    AccountService accounts;

    @Autowired
    OrgUnits units;

    @Autowired
    CalendarService calendar;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = vn.dondoc.app.HeadlessChromium.start("--window-size=1366,1000");
        Files.createDirectories(SHOTS);
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
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signIn(String username, Role role) {
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add(username, null, "mat-khau-thu-nghiem", role, role == Role.ADMIN ? null : vp, false)
                .orElseThrow();
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("mat-khau-thu-nghiem");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/dang-nhap")));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void event(LocalDate day, String session, String content, String chairs, String participants) {
        calendar.save(new CalendarEvent(
                        null,
                        null,
                        null,
                        day,
                        null,
                        session,
                        null,
                        content,
                        "Phòng họp số 1",
                        "Văn phòng Sở",
                        chairs,
                        participants,
                        false,
                        null,
                        null))
                .orElseThrow();
    }

    /** The page at a laptop's and a phone's width, for a person to look at. */
    private static void shots(String name) throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            Files.write(
                    SHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 1000));
    }

    @Test
    void aLeaderSeesTheirOwnWeekFollowsTheAgencyByFeedAndRevokesIt() throws Exception {
        LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        event(monday, "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", null);
        event(
                monday.plusDays(1),
                "AFTERNOON",
                "Hội nghị triển khai chính sách BHXH",
                "Đ/c Dũng",
                "Đ/c Lạc; Đại diện lãnh đạo các xã");
        event(monday.plusDays(2), "MORNING", "Tiếp công dân định kỳ", "Đ/c Công", null);
        calendar.publish();
        long lac = jdbc.sql("SELECT id FROM people WHERE name = 'Nguyễn Trí Lạc'")
                .query(Long.class)
                .single();
        signIn("lanhdao", Role.LEADER);
        accounts.setPerson("lanhdao", lac).orElseThrow();

        browser.get(url("/calendar"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lịch của tôi");
        String own = browser.findElement(By.cssSelector("table.program")).getText();
        assertThat(own)
                .contains("Giao ban đầu tuần")
                .contains("Hội nghị triển khai chính sách BHXH")
                .contains("Đại diện lãnh đạo các xã")
                .doesNotContain("Tiếp công dân định kỳ");
        shots("calendar-leader-own");

        browser.findElement(By.id("agency-view")).click();
        waitFor().until(ExpectedConditions.textToBe(By.tagName("h1"), "Lịch công tác"));
        assertThat(browser.findElement(By.cssSelector("table.program")).getText())
                .contains("Tiếp công dân định kỳ");
        shots("calendar-leader-agency");

        browser.get(url("/tai-khoan"));
        assertThat(browser.findElement(By.id("linked-person")).getText()).startsWith("Nguyễn Trí Lạc");
        new Select(browser.findElement(By.cssSelector("#feed-form select[name=scope]"))).selectByValue("AGENCY");
        browser.findElement(By.cssSelector("#feed-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feeds-table code.feed-url")));
        String address = browser.findElement(By.cssSelector("#feeds-table code.feed-url"))
                .getText();
        assertThat(address).startsWith(url("/ical/")).endsWith(".ics");
        shots("profile-feeds");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> feed =
                http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("SUMMARY:Tiếp công dân định kỳ");

        browser.findElement(By.cssSelector("#feeds-table form button.danger")).click();
        // revoking asks first (issue 8 item 5)
        waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feeds-table tr.retired")));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAdministratorLinksALeaderToAPersonAndTheFormTakesParticipants() throws Exception {
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("pgd", null, "mat-khau-thu-nghiem", Role.LEADER, vp, false).orElseThrow();
        signIn("quantri", Role.ADMIN);

        browser.get(url("/quan-tri/tai-khoan"));
        new Select(browser.findElement(By.cssSelector("#user-pgd select[name=person]")))
                .selectByVisibleText("Dũng – PGĐ");
        browser.findElement(By.cssSelector("#user-pgd button[type=submit]")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(accounts.personOf("pgd")).isPresent();
        shots("users-admin");

        browser.get(url("/calendar/events/new?date=" + LocalDate.now()));
        assertThat(browser.findElements(By.name("participants"))).hasSize(1);
        shots("event-form-participants");
    }
}
