package vn.dondoc.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.org.OrgUnits;

/** The REST API through the whole MVC stack: JSON in and out, problem details, the background import. */
public abstract class ApiContract {
    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected DocumentService documents;

    @Autowired
    protected vn.dondoc.domain.imports.ImportService imports;

    @Autowired
    protected vn.dondoc.domain.document.Documents documentStore;

    @Autowired
    protected vn.dondoc.domain.task.Tasks tasks;

    protected MockMvc mvc;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
    }

    protected long unit(String abbreviation) {
        return units.findByNameOrAbbreviation(abbreviation).orElseThrow().id();
    }

    protected String json(MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    protected long createTask(String body) throws Exception {
        MvcResult r = mvc.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return Long.parseLong(json(r).replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    @Test
    void aMissingRecordAnswers404ProblemDetailsInVietnamese() throws Exception {
        mvc.perform(get("/api/tasks/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy nhiệm vụ có mã 999999."));
        mvc.perform(get("/api/khong-co-gi"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Không có tài nguyên tại địa chỉ này."));
        mvc.perform(get("/api/documents/424242"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("văn bản")));
    }

    @Test
    void invalidJsonAnswers400ProblemDetails() throws Exception {
        mvc.perform(post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"thiếu ngoặc\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON")));
        mvc.perform(get("/api/tasks/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"));
    }

    @Test
    void aTaskForAnUnknownUnitIsRejectedWithAVietnameseReason() throws Exception {
        mvc.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Rà soát hộ nghèo\", \"leadUnitIds\": [987654]}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("unit.unknown"))
                .andExpect(jsonPath("$.reasons[0].field").value("leadUnitIds"))
                .andExpect(jsonPath("$.reasons[0].message").value("Không có đơn vị mã 987654."));
    }

    @Test
    void aTaskNamingThousandsOfUnitsOrAYearBeyondAnyPlanIsRefusedAndAUnitNamedTwiceTakesPartOnce() throws Exception {
        long vp = unit("VP");
        String many = String.join(
                ",",
                java.util.stream.LongStream.range(1, 2000)
                        .mapToObj(String::valueOf)
                        .toList());
        mvc.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Rà soát\", \"leadUnitIds\": [" + many + "]}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("task.tooManyUnits"));
        mvc.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Rà soát\", \"deadline\": \"+999999999-12-31\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("task.dateOutOfRange"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("năm 1900 đến 9999")));
        long id = createTask("{\"text\": \"Rà soát\", \"leadUnitIds\": [" + vp + ", " + vp + ", " + vp + "]}");
        mvc.perform(get("/api/tasks/" + id))
                .andExpect(jsonPath("$.task.parties.length()").value(1));
    }

    @Test
    void aDeadlineBeforeTheStartIsRejected() throws Exception {
        mvc.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"text\": \"Báo cáo\", \"startDate\": \"2024-05-10\", \"deadline\": \"2024-05-01\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("task.deadlineBeforeStart"))
                .andExpect(jsonPath("$.detail").value("Thời hạn 01/05/2024 sớm hơn ngày bắt đầu 10/05/2024."));
    }

    @Test
    void aTaskMovesThroughItsStatusesAndRefusesAnInvalidTransition() throws Exception {
        long vp = unit("VP");
        long id = createTask("{\"text\": \"Tổng hợp báo cáo tháng\", \"leadUnitIds\": [" + vp
                + "], \"startDate\": \"2024-01-02\", \"deadline\": \"2024-01-31\"}");

        mvc.perform(post("/api/tasks/" + id + "/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedOn\": \"2024-01-10\", \"unitId\": " + vp
                                + ", \"percent\": 40, \"note\": \"Đang tổng hợp\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/tasks/" + id))
                .andExpect(jsonPath("$.task.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.task.progress").value(40))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.task.parties[0].unitName").value("Văn phòng Sở"));
        mvc.perform(post("/api/tasks/" + id + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CANCELLED\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/tasks/" + id + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("task.statusTransition"));
        mvc.perform(get("/api/tasks/" + id + "/reports"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].note").value("Đang tổng hợp"));
    }

    @Test
    void tasksListWithPagingAndFiltersAndOverdueFlag() throws Exception {
        long vp = unit("VP");
        long lđvl = unit("LĐVL");
        for (int i = 0; i < 3; i++) {
            createTask("{\"text\": \"Việc VP " + i + "\", \"leadUnitIds\": [" + vp
                    + "], \"startDate\": \"2020-01-01\", \"deadline\": \"2020-02-0" + (i + 1) + "\"}");
        }
        createTask("{\"text\": \"Việc LĐVL\", \"leadUnitIds\": [" + lđvl + "], \"deadline\": \"2199-12-31\"}");

        mvc.perform(get("/api/tasks").param("unitId", String.valueOf(vp)).param("size", "2"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].task.text").value("Việc VP 0"));
        mvc.perform(get("/api/tasks")
                        .param("unitId", String.valueOf(vp))
                        .param("size", "2")
                        .param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/tasks").param("overdue", "true"))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/tasks").param("q", "lđvl"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].overdue").value(false));
    }

    @Test
    void mergingAUnitKeepsItsHistoryAndMovesItsOpenTasksToTheSuccessor() throws Exception {
        long old = unit("KHTC");
        long successor = unit("VP");
        long open = createTask("{\"text\": \"Quyết toán kinh phí\", \"leadUnitIds\": [" + old + "]}");
        long done = createTask("{\"text\": \"Lập dự toán\", \"leadUnitIds\": [" + old + "]}");
        mvc.perform(post("/api/tasks/" + done + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DONE\"}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/org-units/" + old + "/merge")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"successorId\": " + successor + ", \"date\": \"2025-01-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasksMoved").value(1));

        mvc.perform(get("/api/tasks/" + open))
                .andExpect(jsonPath("$.task.parties[0].unitId").value(successor));
        mvc.perform(get("/api/tasks/" + done))
                .andExpect(jsonPath("$.task.parties[0].unitId").value(old));
        mvc.perform(get("/api/org-units/" + old))
                .andExpect(jsonPath("$.validTo").value("2025-01-01"))
                .andExpect(jsonPath("$.successorId").value(successor));
        // the old abbreviation now leads to the successor for new work
        mvc.perform(get("/api/resolve").param("name", "KHTC"))
                .andExpect(jsonPath("$.unitId").value(successor));
        mvc.perform(post("/api/org-units/" + old + "/merge")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"successorId\": " + successor + "}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("unit.alreadyRetired"));
    }

    @Test
    void orgUnitsPeopleAndAliasesHaveCrud() throws Exception {
        MvcResult r = mvc.perform(post("/api/org-units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Phòng Bảo trợ xã hội\", \"abbreviation\": \"BTXH\", \"parentId\": "
                                + unit("SLĐTBXH") + "}"))
                .andExpect(status().isCreated())
                .andReturn();
        long id = Long.parseLong(json(r).replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
        mvc.perform(put("/api/org-units/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Phòng Bảo trợ xã hội và Trẻ em\", \"abbreviation\": \"BTXH\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/aliases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\": \"Phòng BTXH\", \"kind\": \"UNIT\", \"targetId\": " + id + "}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/resolve").param("name", "phòng btxh"))
                .andExpect(jsonPath("$.resolvedAs").value("Phòng Bảo trợ xã hội và Trẻ em"));
        mvc.perform(get("/api/org-units").param("q", "bảo trợ"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Trần Văn A\", \"titles\": \"TP\", \"unitId\": " + id + "}"))
                .andExpect(status().isCreated());
        mvc.perform(delete("/api/org-units/" + id))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("unit.inUse"));
        mvc.perform(post("/api/people")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Lê B\", \"unitId\": 99999}"))
                .andExpect(status().is(422));
    }

    @Test
    void targetsAndResultsHaveCrudWithRules() throws Exception {
        mvc.perform(
                        post("/api/targets")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\": \"Tỷ lệ hộ nghèo\", \"comparator\": \"LTE\", \"plannedValue\": 3, \"unit\": \"%\", \"period\": \"2025\", \"scope\": \"toàn tỉnh\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatorName").value("Tỷ lệ hộ nghèo"));
        mvc.perform(
                        post("/api/targets")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\": \"Lao động qua đào tạo\", \"comparator\": \"RANGE\", \"plannedValue\": 70, \"plannedValueTo\": 60}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("target.range"));
        mvc.perform(
                        post("/api/results")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\": \"tỷ lệ hộ nghèo\", \"actualValue\": 2.8, \"unit\": \"%\", \"period\": \"2025\", \"reportingUnit\": \"Xã Thạch Hà\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/indicators")).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/results").param("period", "2025"))
                .andExpect(jsonPath("$.items[0].reportingUnit").value("Xã Thạch Hà"));
    }

    @Test
    void uploadingABatchRunsInTheBackgroundWithPerFileErrorsAndReviewConfirmAndSearch() throws Exception {
        var samples = DemoData.sampleFiles();
        MvcResult r = mvc.perform(multipart("/api/imports")
                        .file(new MockMultipartFile(
                                "files",
                                samples.get(2).name(),
                                "text/plain",
                                samples.get(2).bytes()))
                        .file(new MockMultipartFile("files", "rong.txt", "text/plain", new byte[0]))
                        .file(new MockMultipartFile(
                                "files", "anh.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10})))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(3))
                .andReturn();
        long batch = Long.parseLong(json(r).replaceAll("(?s)^\\{\"batch\":\\{\"id\":(\\d+).*$", "$1"));

        String body = "";
        for (int i = 0; i < 600; i++) { // the worker reads the files; the API shows progress meanwhile
            body = json(mvc.perform(get("/api/imports/" + batch)).andReturn());
            if (body.contains("\"percentDone\":100")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(body).contains("\"percentDone\":100");
        mvc.perform(get("/api/imports/" + batch))
                .andExpect(jsonPath("$.files[1].status").value("FAILED"))
                .andExpect(jsonPath("$.files[1].error").value("Tệp rỗng, không có nội dung để đọc."))
                .andExpect(jsonPath("$.files[2].status").value("FAILED"))
                .andExpect(jsonPath("$.files[2].error").value(Matchers.containsString("nhị phân")))
                .andExpect(jsonPath("$.files[0].status").value("READY"));
        long fileId = Long.parseLong(body.replaceAll("(?s)^.*\"files\":\\[\\{\"id\":(\\d+).*$", "$1"));

        mvc.perform(get("/api/imports/files/" + fileId + "/proposal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(Matchers.containsString("309/TB-SLĐTBXH")));
        MvcResult confirmed = mvc.perform(post("/api/imports/files/" + fileId + "/confirm"))
                .andExpect(status().isOk())
                .andReturn();
        long docId = Long.parseLong(json(confirmed).replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));

        mvc.perform(get("/api/search").param("q", "thuong binh xa hoi").param("kind", "DOCUMENT"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].documentId").value(docId))
                .andExpect(jsonPath("$.hits[0].link").value("/documents/" + docId));
        mvc.perform(get("/api/documents/" + docId + "/original"))
                .andExpect(content().bytes(samples.get(2).bytes()));
        mvc.perform(post("/api/imports/files/" + fileId + "/confirm"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("import.notReady"));
        mvc.perform(delete("/api/documents/" + docId)).andExpect(status().isNoContent());
        mvc.perform(get("/api/search").param("q", "thuong binh xa hoi"))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aChangeRequestedByAnotherSitesPageIsRefusedButTheSameSiteAndNonBrowsersPass() throws Exception {
        long id = createTask("{\"text\": \"Việc cần giữ\"}");
        mvc.perform(delete("/api/tasks/" + id)
                        .header("Origin", "https://evil.example")
                        .header("Host", "127.0.0.1:8080"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Yêu cầu từ trang web khác bị từ chối"));
        mvc.perform(post("/documents/1/delete").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks/" + id).header("Origin", "https://evil.example"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/tasks/" + id)
                        .header("Origin", "http://127.0.0.1:8080")
                        .header("Host", "127.0.0.1:8080")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isNoContent());
    }

    @Test
    void theServerPublishesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value(org.hamcrest.Matchers.startsWith("Đôn đốc")))
                .andExpect(jsonPath("$.info.description").value(org.hamcrest.Matchers.containsString("RFC 9457")))
                .andExpect(jsonPath("$.info.version").value("0.1.0"))
                .andExpect(jsonPath("$.paths['/api/tasks']").exists())
                .andExpect(jsonPath("$.paths['/api/search']").exists())
                .andExpect(jsonPath("$.paths['/api/imports/files/{fileId}/confirm']")
                        .exists());
    }

    @Test
    void theYearsHolidaysComeFromTheLunarCalendarAndTheAdminsAnnouncements() throws Exception {
        mvc.perform(get("/api/holidays").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.date == '2026-02-17')].name")
                        .value(Matchers.hasItem(Matchers.startsWith("Tết Nguyên đán"))))
                .andExpect(jsonPath("$[?(@.date == '2026-04-26')].name")
                        .value(Matchers.hasItem(Matchers.containsString("Giỗ Tổ"))))
                .andExpect(jsonPath("$[?(@.date == '2026-04-27')].kind").value(Matchers.hasItem("IN_LIEU")));
        MvcResult added = mvc.perform(post("/api/holidays")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-02-21\",\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        mvc.perform(post("/api/holidays")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-02-23\",\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail")
                        .value("Ngày 23/02/2026 vốn đã là ngày làm việc, không cần thông báo làm bù."));
        mvc.perform(get("/api/holidays").param("year", "2026"))
                .andExpect(jsonPath("$[?(@.date == '2026-02-21')].workingDay").value(Matchers.hasItem(true)));
        long id = Long.parseLong(json(added).replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
        mvc.perform(delete("/api/holidays/" + id).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/holidays").param("year", "2026"))
                .andExpect(jsonPath("$[?(@.date == '2026-02-21')]").isEmpty());
        mvc.perform(get("/api/holidays").param("year", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/holidays").param("year", "99999")).andExpect(status().isBadRequest());
    }

    @Test
    void aNameTaughtToTheLexiconReachesTheTasksAlreadyImported() throws Exception {
        String plan = """
                ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
                Số: 21/KH-UBND
                KẾ HOẠCH
                Triển khai công tác dân tộc năm 2025
                1. Ban Dân tộc tỉnh chủ trì rà soát hộ nghèo đồng bào dân tộc thiểu số; hoàn thành trước ngày 30/6/2025.
                """;
        long batch = imports.stage(
                "lexicon",
                java.util.List.of(
                        new vn.dondoc.domain.imports.IncomingFile("kh21.txt", plan.getBytes(StandardCharsets.UTF_8))),
                true);
        imports.processUntilDone(batch, 60_000);
        var party = tasks
                .list(vn.dondoc.domain.task.TaskFilter.none(), new vn.dondoc.domain.common.PageRequest(0, 10))
                .items()
                .stream()
                .flatMap(t -> t.parties().stream())
                .filter(p -> p.rawName().contains("Ban Dân tộc"))
                .findFirst()
                .orElseThrow();
        assertThat(party.unitId())
                .as("nothing in the org tree is called so yet")
                .isNull();

        long vp = unit("VP");
        mvc.perform(post("/api/aliases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\": \"" + party.rawName() + "\", \"kind\": \"UNIT\", \"targetId\": " + vp
                                + "}"))
                .andExpect(status().isCreated());

        var linked = tasks
                .list(vn.dondoc.domain.task.TaskFilter.none(), new vn.dondoc.domain.common.PageRequest(0, 10))
                .items()
                .stream()
                .flatMap(t -> t.parties().stream())
                .filter(p -> p.rawName().equals(party.rawName()))
                .findFirst()
                .orElseThrow();
        assertThat(linked.unitId()).isEqualTo(vp);
    }

    @Test
    void aReferenceWrittenWithOtherSeparatorsResolvesToTheDocumentItCites() throws Exception {
        String directive = """
                TỈNH ỦY HÀ TĨNH
                Số: 42-CT/TU
                CHỈ THỊ
                về tăng cường công tác phòng cháy, chữa cháy rừng
                """;
        String plan = """
                ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
                Số: 31/KH-UBND
                KẾ HOẠCH
                Thực hiện Chỉ thị số 42/CT-TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy về phòng cháy, chữa cháy rừng
                """;
        long batch = imports.stage(
                "refs",
                java.util.List.of(
                        new vn.dondoc.domain.imports.IncomingFile(
                                "ct42.txt", directive.getBytes(StandardCharsets.UTF_8)),
                        new vn.dondoc.domain.imports.IncomingFile("kh31.txt", plan.getBytes(StandardCharsets.UTF_8))),
                true);
        imports.processUntilDone(batch, 60_000);
        var files = imports.summary(batch).files();
        long ct = files.stream()
                .filter(f -> f.fileName().equals("ct42.txt"))
                .findFirst()
                .orElseThrow()
                .documentId();
        long kh = files.stream()
                .filter(f -> f.fileName().equals("kh31.txt"))
                .findFirst()
                .orElseThrow()
                .documentId();
        assertThat(documentStore.referencesFrom(kh))
                .anySatisfy(r -> assertThat(r.citedDocumentId()).isEqualTo(ct));
    }
}
