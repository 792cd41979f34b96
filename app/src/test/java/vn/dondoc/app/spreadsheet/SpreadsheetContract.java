package vn.dondoc.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;

/** Tasks out to XLSX and CSV and back: an edited file updates, never duplicates, and reports bad rows. */
abstract class SpreadsheetContract {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    Tasks tasks;

    private final JsonMapper json = JsonMapper.builder().build();
    MockMvc mvc;
    long labour;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
    }

    /** Every request of this class goes through here: signing in, when accounts land, is one line. */
    ResultActions call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long task(String text, String deadline) throws Exception {
        return body(call(post("/api/tasks")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\":\"" + text + "\",\"startDate\":\"2026-01-05\",\"deadline\":\""
                                        + deadline + "\",\"leadUnitIds\":[" + labour + "]}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tasks").query(Long.class).single();
    }

    JsonNode upload(byte[] bytes, String name) throws Exception {
        return body(call(multipart("/api/tasks/import").file(new MockMultipartFile("file", name, null, bytes)))
                .andExpect(status().isOk()));
    }

    @Test
    void anEditedWorkbookUpdatesCreatesAndReportsBadRowsWithoutDuplicates() throws Exception {
        long a = task("Rà soát đối tượng", "2026-03-31");
        long b = task("Tổng kết phong trào", "2026-06-30");
        task("Báo cáo quý", "2026-09-30");
        byte[] xlsx = call(get("/api/tasks/export.xlsx?unitId=" + labour))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        byte[] edited;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(s.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                Row row = s.getRow(r);
                long id = (long) row.getCell(0).getNumericCellValue();
                if (id == a) {
                    row.getCell(6).setCellValue(LocalDate.of(2026, 4, 15));
                } else if (id == b) {
                    row.createCell(8).setCellValue(50);
                } else {
                    row.createCell(5).setCellValue("ngày mai");
                }
            }
            Row added = s.createRow(4);
            added.createCell(1).setCellValue("Nhiệm vụ mới thêm trong Excel");
            added.createCell(3).setCellValue("Phòng Lao động - Việc làm");
            added.createCell(6).setCellValue("31/12/2026");
            wb.write(out);
            edited = out.toByteArray();
        }
        JsonNode report = upload(edited, "nhiem-vu.xlsx");
        assertThat(report.get("updated")).hasSize(2);
        assertThat(report.get("created")).hasSize(1);
        assertThat(report.get("errors")).as(report.toString()).hasSize(1);
        assertThat(report.get("errors").get(0).get("messages").get(0).asString())
                .contains("ngày mai");
        assertThat(count()).isEqualTo(4);
        assertThat(tasks.find(a).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 4, 15));
        Task progressed = tasks.find(b).orElseThrow();
        assertThat(progressed.progress()).isEqualTo(50);
        assertThat(tasks.reports(b)).hasSize(1);
        Task created = tasks.find(report.get("created").get(0).asLong()).orElseThrow();
        assertThat(created.lead()).extracting(p -> p.unitId()).containsExactly(labour);

        byte[] again =
                call(get("/api/tasks/export.xlsx")).andReturn().getResponse().getContentAsByteArray();
        JsonNode second = upload(again, "lan-hai.xlsx");
        assertThat(second.get("updated")).hasSize(4);
        assertThat(second.get("created")).isEmpty();
        assertThat(second.get("errors")).isEmpty();
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void csvRoundTripsWithQuotesAndVietnamese() throws Exception {
        long a = task("Triển khai, đôn đốc \\\"Chương trình 1\\\"", "2026-03-31");
        byte[] csv = call(get("/api/tasks/export.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFMã,Nội dung nhiệm vụ")
                .contains("\"Triển khai, đôn đốc \"\"Chương trình 1\"\"\"")
                .contains("31/03/2026");
        JsonNode report = upload(csv, "nhiem-vu.csv");
        assertThat(report.get("updated")).hasSize(1);
        assertThat(count()).isEqualTo(1);
        assertThat(tasks.find(a).orElseThrow().text()).isEqualTo("Triển khai, đôn đốc \"Chương trình 1\"");
        call(multipart("/api/tasks/import")
                        .file(new MockMultipartFile(
                                "file", "x.csv", null, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void targetsAndResultsExportWithTheirIds() throws Exception {
        call(post("/api/targets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"indicator\":\"giải quyết việc làm\","
                                        + "\"comparator\":\"GTE\",\"plannedValue\":24000,\"unit\":\"người\",\"period\":\"2020\"}"))
                .andExpect(status().isCreated());
        String targets = new String(
                call(get("/api/targets/export.csv?period=2020"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(targets.lines().toList()).hasSize(2);
        assertThat(targets).contains("giải quyết việc làm").contains("24000");
        call(get("/api/results/export.xlsx")).andExpect(status().isOk());
    }

    /** A CSV of the export's header and one row per map (column title → value). */
    private byte[] sheet(String exportPath, List<Map<String, String>> rows) throws Exception {
        String header = new String(
                        call(get(exportPath))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .replace("\uFEFF", "");
        List<String> titles = List.of(header.split(","));
        StringBuilder csv = new StringBuilder(header).append("\n");
        for (Map<String, String> row : rows) {
            row.keySet().forEach(k -> assertThat(titles).as(header).contains(k));
            csv.append(String.join(
                            ",",
                            titles.stream().map(t -> row.getOrDefault(t, "")).toList()))
                    .append("\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Units named in a sheet resolve as in an import's review, through the lexicon's aliases ("Phòng LĐ-VL" taught
     * for the labour office); a name nobody knows is its row's error, naming it, and the row is not written.
     */
    @Test
    void unitNamesInSheetsResolveThroughTheAliases() throws Exception {
        call(post("/api/aliases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\":\"Phòng LĐ-VL\",\"kind\":\"UNIT\",\"targetId\":" + labour + "}"))
                .andExpect(status().isCreated());
        JsonNode tasksReport = upload(
                sheet(
                        "/api/tasks/export.csv",
                        List.of(
                                Map.of(
                                        "Nội dung nhiệm vụ",
                                        "Rà soát lao động",
                                        "Đơn vị chủ trì",
                                        "Phòng LĐ-VL",
                                        "Thời hạn",
                                        "31/12/2026"),
                                Map.of(
                                        "Nội dung nhiệm vụ",
                                        "Việc của đơn vị lạ",
                                        "Đơn vị chủ trì",
                                        "Phòng Không Có",
                                        "Thời hạn",
                                        "31/12/2026"))),
                "nhiem-vu.csv");
        assertThat(tasksReport.get("created")).as(tasksReport.toString()).hasSize(1);
        assertThat(tasks.find(tasksReport.get("created").get(0).asLong())
                        .orElseThrow()
                        .lead())
                .extracting(p -> p.unitId())
                .containsExactly(labour);
        assertThat(tasksReport.get("errors")).hasSize(1);
        assertThat(tasksReport.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(tasksReport.get("errors").get(0).toString()).contains("Không tìm thấy đơn vị «Phòng Không Có»");
        assertThat(count()).isEqualTo(1);

        JsonNode resultsReport = body(call(multipart("/api/results/import")
                        .file(new MockMultipartFile(
                                "file",
                                "ket-qua.csv",
                                null,
                                sheet(
                                        "/api/results/export.csv",
                                        List.of(
                                                Map.of(
                                                        "Chỉ số",
                                                        "giải quyết việc làm",
                                                        "Thực hiện",
                                                        "9997",
                                                        "Kỳ",
                                                        "2026",
                                                        "Đơn vị báo cáo",
                                                        "Phòng LĐ-VL"),
                                                Map.of(
                                                        "Chỉ số",
                                                        "giải quyết việc làm",
                                                        "Thực hiện",
                                                        "12",
                                                        "Kỳ",
                                                        "2026",
                                                        "Đơn vị báo cáo",
                                                        "Phòng Không Có"))))))
                .andExpect(status().isOk()));
        assertThat(resultsReport.get("created")).as(resultsReport.toString()).hasSize(1);
        assertThat(jdbc.sql("SELECT reporting_unit_id FROM results")
                        .query(Long.class)
                        .list())
                .containsExactly(labour);
        assertThat(resultsReport.get("errors")).hasSize(1);
        assertThat(resultsReport.get("errors").get(0).toString()).contains("Không tìm thấy đơn vị «Phòng Không Có»");

        JsonNode targetsReport = body(call(multipart("/api/targets/import")
                        .file(new MockMultipartFile(
                                "file",
                                "chi-tieu.csv",
                                null,
                                sheet(
                                        "/api/targets/export.csv",
                                        List.of(
                                                Map.of(
                                                        "Chỉ số",
                                                        "giải quyết việc làm",
                                                        "So sánh",
                                                        "GTE",
                                                        "Kế hoạch",
                                                        "24000",
                                                        "Kỳ",
                                                        "2026",
                                                        "Phạm vi",
                                                        "Phòng LĐ-VL"),
                                                Map.of(
                                                        "Chỉ số",
                                                        "giải quyết việc làm",
                                                        "So sánh",
                                                        "GTE",
                                                        "Kế hoạch",
                                                        "90000",
                                                        "Kỳ",
                                                        "2026",
                                                        "Phạm vi",
                                                        "toàn tỉnh"))))))
                .andExpect(status().isOk()));
        assertThat(targetsReport.get("created")).as(targetsReport.toString()).hasSize(2);
        assertThat(jdbc.sql("SELECT scope FROM targets ORDER BY planned_value")
                        .query(String.class)
                        .list())
                .containsExactly(units.find(labour).orElseThrow().name(), "toàn tỉnh");
    }
}
