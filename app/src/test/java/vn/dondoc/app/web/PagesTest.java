package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.ImportSummary;

/** The server-rendered pages render, in Vietnamese, over the demo data. */
@H2Config
class PagesTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    DocumentService documents;

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    vn.dondoc.domain.task.TaskService taskService;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
    }

    private String page(String url) throws Exception {
        return new String(
                mvc.perform(get(url))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theDemoShowsDocumentsTheirDetailTasksAndSearchInVietnamese() throws Exception {
        ImportSummary s = demo.load();
        assertThat(s.count(ImportStatus.CONFIRMED)).isEqualTo(5);
        long docId = s.files().get(2).documentId();

        assertThat(page("/documents")).contains("Văn bản đã lưu", "Tổng số: 5", "002_8deb47e15be85dfe.txt");
        assertThat(page("/documents/" + docId)).contains("Toàn văn", "309/TB-SLĐTBXH", "Tải tệp gốc");
        assertThat(page("/tasks")).contains("Nhiệm vụ", "Chỉ nhiệm vụ quá hạn");
        assertThat(page("/search?q=thuong+binh")).contains("Tìm thấy", "/documents/" + docId);
        assertThat(page("/imports")).contains("Nhập văn bản", "Đợt nhập #");
        assertThat(page("/calendar?from=2021-10-01&to=2021-10-31"))
                .contains("Lịch công tác", "Lễ chào cờ", "01/10/2021");
        assertThat(page("/calendar?from=2030-01-01")).contains("Không có sự kiện nào");
        assertThat(page("/org")).contains("Văn phòng Sở", "Đ/c Lạc", "Nguyễn Trí Lạc");
    }

    @Test
    void anUploadLeadsToTheBatchPageAndEverySamplesReviewPageShowsItsItemsNextToTheSourceText() throws Exception {
        var builder = multipart("/imports");
        for (var sample : DemoData.sampleFiles()) {
            builder.file(new MockMultipartFile("files", sample.name(), "text/plain", sample.bytes()));
        }
        String location = mvc.perform(builder)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/imports/");
        long batch = Long.parseLong(location.substring("/imports/".length()));
        imports.processUntilDone(batch, 60_000);
        assertThat(page(location))
                .contains("Chờ duyệt", "Duyệt", DemoData.sampleFiles().get(0).name());

        for (var f : jobs.files(batch)) {
            String review = page("/imports/files/" + f.id() + "/review");
            var proposal = imports.proposal(f.id());
            assertThat(review).contains("Duyệt kết quả trích xuất", "Xác nhận và lưu", "Văn bản gốc");
            // one card per extracted item, each carrying its span for the highlight
            assertThat(review.split("data-kind=\"tasks\"", -1).length - 1)
                    .isEqualTo(proposal.tasks().size());
            assertThat(review.split("data-kind=\"events\"", -1).length - 1)
                    .isEqualTo(proposal.events().size());
            proposal.tasks().stream()
                    .filter(t -> t.span() != null)
                    .findFirst()
                    .ifPresent(t -> assertThat(review)
                            .contains("data-start=\"" + t.span().start() + "\""));
        }
        assertThat(page("/imports/files/" + jobs.files(batch).get(0).id() + "/review"))
                .contains("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10");
    }

    @Test
    void aTaskPageTakesProgressReportsAndStatusChangesAndShowsRefusalsInVietnamese() throws Exception {
        demo.seedOrganisation();
        long taskId = taskService
                .create(new vn.dondoc.domain.task.TaskDraft(
                        "Rà soát hộ nghèo",
                        null,
                        java.time.LocalDate.of(2020, 1, 1),
                        java.time.LocalDate.of(2020, 3, 1),
                        List.of(),
                        List.of(),
                        null))
                .orElseThrow()
                .id();
        assertThat(page("/tasks/" + taskId)).contains("Rà soát hộ nghèo", "Quá hạn", "Gửi báo cáo tiến độ");

        mvc.perform(post("/tasks/" + taskId + "/reports").param("percent", "60").param("note", "Đã rà soát 3 xã"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/tasks/" + taskId)).contains("Đã rà soát 3 xã", "60%", "Đang thực hiện");

        String refused = new String(
                mvc.perform(post("/tasks/" + taskId + "/reports").param("percent", "150"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(refused).contains("Tiến độ phải từ 0 đến 100 (nhận được 150).");

        mvc.perform(post("/tasks/" + taskId + "/status").param("status", "CANCELLED"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/tasks/" + taskId))
                .contains("Đã hủy", "Nhiệm vụ đã đóng")
                .doesNotContain("Gửi báo cáo tiến độ");
    }

    @Test
    void aMissingDocumentPageAnswers404InVietnamese() throws Exception {
        String body = new String(
                mvc.perform(get("/documents/987654"))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(body).contains("Không tìm thấy văn bản có mã 987654.");
    }

    @Test
    void aNonsenseFilterValueShowsTheListAgainWithoutItAndSaysWhy() throws Exception {
        for (String url : List.of(
                "/tasks?status=FOO&overdue=true",
                "/calendar?from=abc",
                "/search?q=lao&year=abc",
                "/documents?page=abc")) {
            var result =
                    mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andReturn();
            String again = result.getResponse().getRedirectedUrl();
            assertThat(again).doesNotContain("FOO", "abc");
            var flash = result.getFlashMap();
            String html = new String(
                    mvc.perform(get(again).flashAttrs(flash))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray(),
                    StandardCharsets.UTF_8);
            assertThat(html).as(url).contains("không hợp lệ cho", "nên đã bỏ điều kiện lọc này");
        }
        assertThat(page("/tasks?page=99")).contains("Không có nhiệm vụ");
    }

    @Test
    void anAddressThatNamesNoRecordOrNoPageGetsAVietnamese404PageInABrowserAndJsonElsewhere() throws Exception {
        String bad = new String(
                mvc.perform(get("/documents/abc"))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(bad).contains("Địa chỉ «abc» không trỏ tới bản ghi nào.");
        String page = new String(
                mvc.perform(get("/khong-co-trang-nay").accept("text/html"))
                        .andExpect(status().isNotFound())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("<html", "Không có trang nào ở địa chỉ /khong-co-trang-nay.");
        mvc.perform(get("/api/khong-co-gi").accept("text/html", "application/json"))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theHomePageIsAnOverviewOfOverdueTasksAndThisWeek() throws Exception {
        demo.seedOrganisation();
        taskService.create(new vn.dondoc.domain.task.TaskDraft(
                "Tổng hợp báo cáo quý",
                null,
                java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2020, 3, 1),
                List.of(),
                List.of(),
                null));
        String home = page("/");
        assertThat(home)
                .contains(
                        "Tổng quan",
                        "nhiệm vụ quá hạn",
                        "Tổng hợp báo cáo quý",
                        "hạn 01/03/2020",
                        "Lịch công tác tuần");
    }

    @Test
    void whatTheReaderNoticedAboutAFileIsShownOnItsReviewPage() throws Exception {
        // a plain-text file saved by an old Windows tool in code page 1258, not UTF-8
        byte[] utf16 = "KE HOACH\nSo: 15/KH-UBND\nChào các anh, chào các chú: Hà Tĩnh\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1258"));
        long batch = imports.stage(
                "notes", List.of(new vn.dondoc.domain.imports.IncomingFile("ke-hoach.txt", utf16)), false);
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        var proposal = imports.proposal(fileId);
        assertThat(proposal.text()).contains("Chào các anh");
        assertThat(proposal.diagnostics()).anySatisfy(d -> assertThat(d.stage()).isEqualTo("ingest"));
        String noted = proposal.diagnostics().stream()
                .filter(d -> d.stage().equals("ingest"))
                .findFirst()
                .orElseThrow()
                .message();
        assertThat(page("/imports/files/" + fileId + "/review")).contains(noted);
    }

    @Test
    void anAdministratorCreatesAndEditsUnitsPeopleAndTheNamesDocumentsUseForThem() throws Exception {
        demo.seedOrganisation();
        // a unit without a name is refused, and what was typed stays on the form
        String refused = new String(
                mvc.perform(post("/org/units").param("abbreviation", "BDT").param("kind", "Ban"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(refused).contains("Tên đơn vị không được để trống.", "value=\"BDT\"");

        String location = mvc.perform(post("/org/units")
                        .param("name", "Ban Dân tộc tỉnh")
                        .param("abbreviation", "BDT")
                        .param("kind", "Ban"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/org/units/");
        assertThat(page(location)).contains("Sửa đơn vị: Ban Dân tộc tỉnh", "Chưa có tên nào khác.");
        mvc.perform(post(location + "/aliases").param("alias", "Ban DT tỉnh")).andExpect(status().is3xxRedirection());
        assertThat(page(location)).contains("Ban DT tỉnh", "data-confirm=\"Xóa tên «Ban DT tỉnh»");
        assertThat(page("/org")).contains("Ban Dân tộc tỉnh", "Ban DT tỉnh", "Thêm đơn vị");

        long unitId = Long.parseLong(location.substring("/org/units/".length()));
        mvc.perform(post("/org/people")
                        .param("name", "Hà Văn Sơn")
                        .param("titles", "Trưởng ban")
                        .param("unitId", String.valueOf(unitId)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/org")).contains("Hà Văn Sơn", "Trưởng ban");
    }

    @Test
    void onlyAnAdministratorMayChangeTheOrgTree() throws Exception {
        demo.seedOrganisation();
        mvc.perform(get("/org/units/new")
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.VIEWER, null)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/org/units")
                        .param("name", "Ban mới")
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.LEADER, null)))
                .andExpect(status().isForbidden());
        assertThat(new String(
                        mvc.perform(get("/org")
                                        .with(vn.dondoc.app.access.SignIn.as(
                                                vn.dondoc.domain.access.Role.VIEWER, null)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .doesNotContain("Thêm đơn vị")
                .doesNotContain("Ban mới");
    }

    @Test
    void aSecondDocumentWithTheSameNumberAndIssuerIsFlaggedAtReviewWhateverItsBytes() throws Exception {
        ImportSummary s = demo.load();
        var sample = DemoData.sampleFiles().get(2); // 309/TB-SLĐTBXH, stored by the demo
        // the same notice retyped: other bytes, so not a duplicate file, but the same number and issuer
        byte[] retyped = (new String(sample.bytes(), StandardCharsets.UTF_8).replace("\n", "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        long batch = imports.stage(
                "again", List.of(new vn.dondoc.domain.imports.IncomingFile("tb309-go-lai.txt", retyped)), false);
        imports.processUntilDone(batch, 60_000);
        long fileId = jobs.files(batch).get(0).id();
        assertThat(page("/imports/files/" + fileId + "/review"))
                .contains(
                        "Đã có văn bản số 309/TB-SLĐTBXH (#" + s.files().get(2).documentId() + ")");
    }
}
