package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;

/**
 * The review page in a real browser (Debian's chromium, headless, driven by chromedriver): review.js reads
 * the reviewer's edit and drop, confirms through the API, and the browser lands on the stored document;
 * highlight.js marks an item's source text. Skipped, with a message, where chromium is not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class ReviewInBrowserIT {

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

    @Autowired
    vn.dondoc.domain.access.AccountService accounts;

    @Autowired
    vn.dondoc.domain.org.OrgUnits units;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        signInAsClerk();
    }

    /** A clerk (văn thư) of the Văn phòng signs in through the sign-in page, as a person would. */
    private void signInAsClerk() {
        long vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("vanthu", null, "mat-khau-thu-nghiem", vn.dondoc.domain.access.Role.CLERK, vp, false)
                .orElseThrow();
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + port + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("vanthu");
        browser.findElement(By.id("password")).sendKeys("mat-khau-thu-nghiem");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/dang-nhap")));
    }

    /** As a reader would: scrolled to the middle of the window first, clear of the sticky action bar. */
    private static void click(WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    @Test
    void aReviewerEditsOneTaskDropsAnotherAndConfirmsInTheBrowser() {
        var sample = DemoData.sampleFiles().get(3); // the action programme: many tasks
        long batch = imports.stage("browser", List.of(sample), false, clerksUnit());
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        int extracted = imports.proposal(fileId).tasks().size();
        assertThat(extracted).isGreaterThan(1);

        browser.get("http://127.0.0.1:" + port + "/imports/files/" + fileId + "/review");
        List<WebElement> items = browser.findElements(By.cssSelector(".item[data-kind=tasks]"));
        assertThat(items).hasSize(extracted);

        // clicking an item marks where it came from in the source text
        click(items.get(0).findElement(By.cssSelector(".item-link")));
        WebElement mark = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source mark")));
        assertThat(mark.getText()).isNotBlank();

        WebElement text = items.get(0).findElement(By.cssSelector("[data-field=text]"));
        text.clear();
        text.sendKeys("Nội dung đã sửa trong trình duyệt");
        click(items.get(1).findElement(By.cssSelector("[data-field=keep]")));
        click(browser.findElement(By.id("confirm")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/documents/"));
        assertThat(jobs.find(fileId).orElseThrow().status()).isEqualTo(ImportStatus.CONFIRMED);
        long docId = jobs.find(fileId).orElseThrow().documentId();
        assertThat(browser.getCurrentUrl()).endsWith("/documents/" + docId);
        List<Task> stored = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 500))
                .items();
        assertThat(stored).hasSize(extracted - 1);
        assertThat(stored).extracting(Task::text).contains("Nội dung đã sửa trong trình duyệt");
    }

    @Test
    void aRejectedConfirmationShowsTheReasonsInVietnamese() {
        var sample = DemoData.sampleFiles().get(3);
        long batch = imports.stage("browser", List.of(sample), false, clerksUnit());
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();

        browser.get("http://127.0.0.1:" + port + "/imports/files/" + fileId + "/review");
        WebElement text = browser.findElements(By.cssSelector(".item[data-kind=tasks] [data-field=text]"))
                .get(0);
        text.clear(); // a kept task with no content is refused
        click(browser.findElement(By.id("confirm")));

        WebElement box = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages.error")));
        assertThat(box.getText())
                .contains("Chưa lưu được, cần sửa:")
                .contains("Nội dung nhiệm vụ không được để trống.");
        assertThat(jobs.find(fileId).orElseThrow().status()).isNotEqualTo(ImportStatus.CONFIRMED);
        assertThat(browser.getCurrentUrl()).contains("/review");
    }

    @Test
    void oneClickAddsALineTheEngineDidNotTakeAsATaskAndItIsStored() throws Exception {
        long batch = imports.stage("browser", List.of(vn.dondoc.app.imports.UnsurePlan.file()), false, clerksUnit());
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        int extracted = imports.proposal(fileId).tasks().size();

        browser.get("http://127.0.0.1:" + port + "/imports/files/" + fileId + "/review");
        // the doubted task comes first, marked, with its reason
        WebElement first =
                browser.findElements(By.cssSelector(".item[data-kind=tasks]")).get(0);
        assertThat(first.getAttribute("class")).contains("unsure");
        assertThat(first.findElement(By.cssSelector(".doubt")).getText()).contains("Cần xem lại", "đọc như chỉ tiêu");
        screenshots("review-confidence", By.cssSelector(".item[data-kind=tasks]"));

        WebElement candidate = browser.findElements(By.cssSelector(".candidate")).stream()
                .filter(c -> c.getText().contains(vn.dondoc.app.imports.UnsurePlan.CANDIDATE))
                .findFirst()
                .orElseThrow();
        int candidatesBefore =
                browser.findElements(By.cssSelector(".candidate")).size();
        click(candidate.findElement(By.cssSelector(".add-candidate")));

        List<WebElement> items = browser.findElements(By.cssSelector(".item[data-kind=tasks]"));
        assertThat(items).hasSize(extracted + 1);
        assertThat(browser.findElements(By.cssSelector(".candidate"))).hasSize(candidatesBefore - 1);
        WebElement added = browser.findElement(By.cssSelector(".item.added"));
        assertThat(added.findElement(By.cssSelector("[data-field=text]")).getAttribute("value"))
                .isEqualTo(vn.dondoc.app.imports.UnsurePlan.CANDIDATE);
        added.findElement(By.cssSelector("[data-field=lead]")).sendKeys("VP");
        screenshots("review-candidate-added", By.cssSelector(".item.added"));
        click(browser.findElement(By.id("confirm")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/documents/"));
        long docId = jobs.find(fileId).orElseThrow().documentId();
        List<Task> stored = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 500))
                .items();
        assertThat(stored).hasSize(extracted + 1);
        Task fromCandidate = stored.stream()
                .filter(t -> t.text().equals(vn.dondoc.app.imports.UnsurePlan.CANDIDATE))
                .findFirst()
                .orElseThrow();
        assertThat(fromCandidate.parties()).extracting(p -> p.rawName()).containsExactly("VP");
        // stored at its place in the text, which the candidate's span gave
        assertThat(fromCandidate.spanStart())
                .isEqualTo(vn.dondoc.app.imports.UnsurePlan.TEXT.indexOf(vn.dondoc.app.imports.UnsurePlan.CANDIDATE));
    }

    /** Issue 8 item 5: teaching the lexicon a name reloads the page; what the reviewer typed is still there. */
    @Test
    void unsavedEditsSurviveTeachingTheLexiconAName() {
        long batch = imports.stage("browser", List.of(vn.dondoc.app.imports.UnsurePlan.file()), false, clerksUnit());
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        int extracted = imports.proposal(fileId).tasks().size();
        browser.get("http://127.0.0.1:" + port + "/imports/files/" + fileId + "/review");

        WebElement edited =
                browser.findElements(By.cssSelector(".item[data-kind=tasks]")).get(0);
        String editedAt = edited.getAttribute("data-start");
        WebElement text = edited.findElement(By.cssSelector("[data-field=text]"));
        text.clear();
        text.sendKeys("Nội dung sửa trước khi dạy tên");
        WebElement candidate = browser.findElements(By.cssSelector(".candidate")).stream()
                .filter(c -> c.getText().contains(vn.dondoc.app.imports.UnsurePlan.CANDIDATE))
                .findFirst()
                .orElseThrow();
        click(candidate.findElement(By.cssSelector(".add-candidate")));
        browser.findElement(By.cssSelector(".item.added [data-field=lead]")).sendKeys("VP");

        WebElement form = browser.findElement(By.id("alias-form"));
        form.findElement(By.name("alias")).sendKeys("Phòng Thử Tên Mới");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("target")))
                .selectByValue("UNIT:" + clerksUnit().iterator().next());
        click(form.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(text));

        // after the reload: the edit, the added card and what was typed in it
        List<WebElement> items = browser.findElements(By.cssSelector(".item[data-kind=tasks]"));
        assertThat(items).hasSize(extracted + 1);
        WebElement again = browser.findElement(By.cssSelector(".item[data-kind=tasks][data-start='" + editedAt + "']"));
        assertThat(again.findElement(By.cssSelector("[data-field=text]")).getAttribute("value"))
                .isEqualTo("Nội dung sửa trước khi dạy tên");
        WebElement added = browser.findElement(By.cssSelector(".item.added"));
        assertThat(added.findElement(By.cssSelector("[data-field=text]")).getAttribute("value"))
                .isEqualTo(vn.dondoc.app.imports.UnsurePlan.CANDIDATE);
        assertThat(added.findElement(By.cssSelector("[data-field=lead]")).getAttribute("value"))
                .isEqualTo("VP");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM aliases WHERE alias_text = 'Phòng Thử Tên Mới'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        click(browser.findElement(By.id("confirm")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/documents/"));
        long docId = jobs.find(fileId).orElseThrow().documentId();
        List<Task> stored = tasks.list(new TaskFilter(null, null, docId, null, null, null), new PageRequest(0, 500))
                .items();
        assertThat(stored)
                .extracting(Task::text)
                .contains("Nội dung sửa trước khi dạy tên", vn.dondoc.app.imports.UnsurePlan.CANDIDATE);
        // a later visit of another file starts clean: the draft was put back once, then forgotten
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return sessionStorage.getItem('dondoc-review-" + fileId + "')"))
                .isNull();
    }

    /** The review page at a laptop's and a phone's width, for a person to look at (target/screenshots). */
    private static void screenshots(String name, By shown) throws java.io.IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(shown));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + "-" + width + ".png"), png);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    /** The batches are the clerk's uploads: they belong to the Văn phòng, whose clerk reviews them (Visible.importBatches). */
    private java.util.Set<Long> clerksUnit() {
        return java.util.Set.of(
                units.findByNameOrAbbreviation("VP").orElseThrow().id());
    }
}
