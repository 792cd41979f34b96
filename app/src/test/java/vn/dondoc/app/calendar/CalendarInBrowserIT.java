package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.org.OrgUnits;

/**
 * A clerk's week with the calendar in a real browser (Debian's chromium, headless): sign in, import
 * sample 000 and confirm it, see its items in the week view, add a clashing item and see the warning,
 * publish, sign out, read the public page, download the iCal feed and the Word file and compare them
 * with the stored events. Skipped, with a message, where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class CalendarInBrowserIT {
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
    Calendars calendars;

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

    /** A clerk (văn thư) of the Văn phòng signs in through the sign-in page, as a person would. */
    private void signInAsClerk() {
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("vanthu", null, "mat-khau-thu-nghiem", Role.CLERK, vp, false)
                .orElseThrow();
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys("vanthu");
        browser.findElement(By.id("password")).sendKeys("mat-khau-thu-nghiem");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/dang-nhap")));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void click(WebElement e) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** A date input's value set the way the page reads it (typing depends on the browser's locale). */
    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private static void shot(String name) throws Exception {
        File f = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Downloads what a link points to, with the browser's session when it has one. */
    private byte[] download(String href, boolean withSession) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : url(href)));
        if (withSession) {
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            req.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        return r.body();
    }

    @Test
    void aClerkImportsTheProgramCatchesAClashPublishesAndThePublicAndTheFilesAgree() throws Exception {
        signInAsClerk();

        // import sample 000 through the import page and confirm it on the review page
        Path sample = Files.createTempDirectory("dondoc-upload").resolve("chuong-trinh-thang-10.txt");
        var sample000 = DemoData.sampleFiles().stream()
                .filter(f -> f.name().startsWith("000_"))
                .findFirst()
                .orElseThrow();
        Files.write(sample, sample000.bytes());
        browser.get(url("/imports"));
        browser.findElement(By.cssSelector("input[type=file][name=files]")).sendKeys(sample.toString());
        click(browser.findElement(By.cssSelector("form.upload button[type=submit]")));
        WebElement review = waitFor().until(d -> {
            d.navigate().refresh();
            List<WebElement> links = d.findElements(By.cssSelector("a.button[href*='/review']"));
            return links.isEmpty() ? null : links.get(0);
        });
        click(review);
        click(waitFor().until(ExpectedConditions.elementToBeClickable(By.id("confirm"))));
        waitFor().until(ExpectedConditions.urlContains("/documents/"));

        // the week of Monday 4 October 2021 shows the program's items in the familiar table
        browser.get(url("/calendar?view=week&date=2021-10-04"));
        String week = browser.findElement(By.cssSelector("table.program")).getText();
        assertThat(week)
                .contains(
                        "Thứ Hai 04/10",
                        "Họp nghe dự thảo Đề án và Nghị quyết xây dựng Khu kinh tế Vũng Áng",
                        "Đi kiểm tra cơ sở",
                        "Đ/c Lạc - TUV, BTĐU, GD");
        shot("calendar-week-imported");

        // a new item for the same leader on the same morning: the warning shows beside it
        click(browser.findElement(By.id("new-event")));
        setValue(browser.findElement(By.name("date")), "2021-10-04");
        new Select(browser.findElement(By.name("session"))).selectByValue("MORNING");
        browser.findElement(By.name("content")).sendKeys("Tiếp đoàn kiểm tra của Bộ");
        browser.findElement(By.name("chairs")).sendKeys("Đ/c Lạc");
        browser.findElement(By.name("preparingUnits")).sendKeys("VP");
        new Select(browser.findElement(By.name("session"))).selectByValue("MORNING");
        click(browser.findElement(By.id("save-event")));
        WebElement warning = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-conflicts")));
        assertThat(warning.getText()).contains("chủ trì hai nội dung cùng lúc ngày 04/10/2021");
        WebElement newRow = browser.findElements(By.cssSelector("tr.warned")).stream()
                .filter(r -> r.getText().contains("Tiếp đoàn kiểm tra của Bộ"))
                .findFirst()
                .orElseThrow();
        assertThat(newRow.findElement(By.cssSelector(".conflict")).getText()).contains("chủ trì hai nội dung cùng lúc");
        shot("calendar-week-conflict");

        // the files, as the clerk downloads them from the week view
        String docxHref = browser.findElement(By.id("export-docx")).getAttribute("href");
        byte[] docx = download(docxHref, true);

        // publish, and keep an iCal subscription address for afterwards
        click(browser.findElement(By.id("publish-link")));
        assertThat(browser.findElement(By.cssSelector("table.changes")).getText())
                .contains("Tiếp đoàn kiểm tra của Bộ");
        click(browser.findElement(By.id("publish")));
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main"), "Không có thay đổi nào"));
        browser.get(url("/calendar/feeds"));
        click(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        String feedUrl = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("code.hash")))
                .getText();

        // sign out; the public page shows what was published
        click(browser.findElement(By.cssSelector("form[action$='/dang-xuat'] button")));
        waitFor().until(ExpectedConditions.urlContains("/dang-nhap"));
        browser.get(url("/lich?view=week&date=2021-10-04"));
        assertThat(browser.getCurrentUrl()).contains("/lich");
        String published = browser.findElement(By.cssSelector("table.program")).getText();
        assertThat(published).contains("Tiếp đoàn kiểm tra của Bộ", "Họp nghe dự thảo Đề án");
        assertThat(browser.findElements(By.cssSelector("a[href*='/calendar/events/']")))
                .isEmpty();
        shot("lich-public");

        // the stored events of October, against what the files say
        List<CalendarEvent> october =
                calendars
                        .scheduledItems(java.time.LocalDate.of(2021, 10, 1), java.time.LocalDate.of(2021, 10, 31))
                        .stream()
                        .map(i -> i.event())
                        .toList();

        List<String> docxContents = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTableRow> rows = doc.getTables().get(1).getRows();
            assertThat(rows.get(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList())
                    .containsExactly("Ngày", "Nội dung công việc", "Đơn vị chuẩn bị", "Người chủ trì");
            for (XWPFTableRow r : rows.subList(1, rows.size())) {
                docxContents.add(r.getCell(1).getText());
            }
        }
        // the week view's file covers that week: every item of the week is a row, and only those
        List<CalendarEvent> thatWeek = october.stream()
                .filter(e -> !e.date().isBefore(java.time.LocalDate.of(2021, 10, 4))
                        && !e.date().isAfter(java.time.LocalDate.of(2021, 10, 10)))
                .toList();
        assertThat(docxContents).hasSize(thatWeek.size());
        for (CalendarEvent e : thatWeek) {
            assertThat(docxContents).anySatisfy(c -> assertThat(c).endsWith(e.content()));
        }

        String ics = new String(download(feedUrl, false), StandardCharsets.UTF_8);
        List<VEvent> feed = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        List<String> summaries = feed.stream()
                .map(v -> prop(v, "UID") + " " + prop(v, "SUMMARY"))
                .sorted()
                .toList();
        List<String> expected = october.stream()
                .filter(e -> !e.nonWorking())
                .map(e -> "event-" + e.id() + "@dondoc " + e.content())
                .sorted()
                .toList();
        assertThat(summaries).containsExactlyElementsOf(expected);
    }

    private static String prop(VEvent v, String name) {
        return v.getProperty(name).map(p -> ((Property) p).getValue()).orElse("");
    }
}
