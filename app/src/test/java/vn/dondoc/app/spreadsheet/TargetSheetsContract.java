package vn.dondoc.app.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.DemoOrgContract;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;

/**
 * Targets and results out to XLSX and CSV and back in: an edited file updates (with versions and the audit trail),
 * new rows are created, nothing is duplicated; bad rows are reported with their line, column and reason; a unit's
 * staff writes only its own unit's results.
 */
abstract class TargetSheetsContract extends DemoOrgContract {
    @Autowired
    Targets targets;

    long target(String indicator, double planned, String period, String scope) throws Exception {
        return body(mvc.perform(post("/api/targets")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"indicator\":\""
                                        + indicator + "\",\"comparator\":\"GTE\",\"plannedValue\":" + planned
                                        + ",\"unit\":\"người\",\"period\":\""
                                        + period + "\"" + (scope == null ? "" : ",\"scope\":\"" + scope + "\"") + "}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    long result(String indicator, double actual, String period, long unit) throws Exception {
        return body(mvc.perform(post("/api/results")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"indicator\":\""
                                        + indicator + "\",\"actualValue\":" + actual
                                        + ",\"unit\":\"người\",\"period\":\"" + period
                                        + "\",\"reportingUnitId\":" + unit + ",\"reportingUnit\":\""
                                        + units.find(unit).orElseThrow().name() + "\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    byte[] export(String what) throws Exception {
        return mvc.perform(get("/api/" + what))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    ResultActions upload(String kind, byte[] bytes, String name, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/" + kind + "/import")
                .file(new MockMultipartFile("file", name, null, bytes))
                .with(who));
    }

    JsonNode imported(String kind, byte[] bytes, String name) throws Exception {
        return body(upload(kind, bytes, name, SignIn.admin()).andExpect(status().isOk()));
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long version(String table, long id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    long auditLines(String kind, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE kind = :k AND record_id = :id AND outcome = 'DONE'")
                .param("k", kind)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The export's header line with semicolons, as Excel on a Vietnamese desktop saves it. */
    String semicolonHeader(String what) throws Exception {
        String csv = new String(export(what), StandardCharsets.UTF_8);
        return csv.substring(1, csv.indexOf("\r\n")).replace(',', ';');
    }

    static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row rowOf(Sheet s, long id) {
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) != null && (long) s.getRow(r).getCell(0).getNumericCellValue() == id) {
                return s.getRow(r);
            }
        }
        throw new AssertionError("no row for " + id);
    }

    @Test
    void anEditedTargetWorkbookUpdatesCreatesAndNeverDuplicates() throws Exception {
        long jobs = target("giải quyết việc làm", 24000, "2025", null);
        long trained = target("tỷ lệ lao động qua đào tạo", 70, "2025", null);
        long before = version("targets", jobs);
        byte[] xlsx = export("targets/export.xlsx");
        byte[] edited = edit(xlsx, s -> {
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(s.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Phiên bản");
            rowOf(s, jobs).getCell(4).setCellValue(25000);
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(2).setCellValue("số người tham gia bảo hiểm xã hội");
            added.createCell(3).setCellValue("≥");
            added.createCell(4).setCellValue(120000);
            added.createCell(6).setCellValue("người");
            added.createCell(7).setCellValue("2025");
            added.createCell(8).setCellValue("Phòng Lao động - Việc làm");
        });

        JsonNode report = imported("targets", edited, "chi-tieu.xlsx");
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.get("updated")).hasSize(2);
        assertThat(report.get("created")).hasSize(1);
        assertThat(count("targets")).isEqualTo(3);
        assertThat(targets.findTarget(jobs).orElseThrow().plannedValue()).isEqualTo(25000);
        assertThat(targets.findTarget(trained).orElseThrow().plannedValue()).isEqualTo(70);
        Target created =
                targets.findTarget(report.get("created").get(0).asLong()).orElseThrow();
        assertThat(created.indicatorName()).isEqualTo("số người tham gia bảo hiểm xã hội");
        assertThat(created.comparator()).isEqualTo("GTE");
        assertThat(created.scope()).isEqualTo("Phòng Lao động - Việc làm");
        assertThat(version("targets", jobs)).isEqualTo(before + 1);
        assertThat(auditLines("target", jobs)).isEqualTo(2); // created through the API, updated by the file
        assertThat(auditLines("target", created.id())).isEqualTo(1);

        JsonNode again = imported("targets", export("targets/export.xlsx"), "lan-hai.xlsx");
        assertThat(again.get("updated")).hasSize(3);
        assertThat(again.get("created")).isEmpty();
        assertThat(again.get("errors")).isEmpty();
        assertThat(count("targets")).isEqualTo(3);
    }

    static java.util.Set<Long> ids(byte[] xlsx) throws Exception {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(0) != null) {
                    ids.add((long) s.getRow(r).getCell(0).getNumericCellValue());
                }
            }
        }
        return ids;
    }

    @Test
    void eachExportHoldsWhatItsListsFiltersShowAndAFilteredFileUpdatesOnlyItsRows() throws Exception {
        long plan2025 = target("giải quyết việc làm", 24000, "Năm 2025", null);
        long plan2026 = target("giải quyết việc làm", 25000, "Năm 2026", null);
        long other = target("tỷ lệ lao động qua đào tạo", 70, "Năm 2026", null);
        long firstHalf = result("giải quyết việc làm", 9997, "6 tháng đầu năm 2025", labour);
        long secondHalf = result("giải quyết việc làm", 12000, "6 tháng cuối năm 2025", labour);
        long ours = task(labour, "Rà soát đối tượng", "2026-03-31");
        long theirs = task(office, "Rà soát văn bản", "2026-03-31");
        long jobs = targets.findTarget(plan2025).orElseThrow().indicatorId();

        // the list's filters, written as the list writes them (a period however written, an indicator, a unit)
        assertThat(ids(export("targets/export.xlsx?period=2026"))).containsExactlyInAnyOrder(plan2026, other);
        assertThat(ids(export("targets/export.xlsx?indicatorId=" + jobs)))
                .containsExactlyInAnyOrder(plan2025, plan2026);
        assertThat(ids(export("results/export.xlsx?period=6 tháng đầu năm 2025")))
                .containsExactly(firstHalf);
        assertThat(ids(export("tasks/export.xlsx?unitId=" + office))).containsExactly(theirs);
        assertThat(ids(export("tasks/export.xlsx?unitId=" + labour))).containsExactly(ours);
        String csv = new String(export("tasks/export.csv?unitId=" + labour), StandardCharsets.UTF_8);
        assertThat(csv).contains("Rà soát đối tượng").doesNotContain("Rà soát văn bản");
        assertThat(csv.lines().count()).isEqualTo(2);

        // a filtered file edited and sent back changes its rows only; nothing is duplicated or dropped
        byte[] edited = edit(
                export("targets/export.xlsx?period=2026"),
                s -> rowOf(s, plan2026).getCell(4).setCellValue(26000));
        JsonNode report = imported("targets", edited, "chi-tieu-2026.xlsx");
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.get("created")).isEmpty();
        assertThat(count("targets")).isEqualTo(3);
        assertThat(targets.findTarget(plan2026).orElseThrow().plannedValue()).isEqualTo(26000);
        assertThat(targets.findTarget(plan2025).orElseThrow().plannedValue()).isEqualTo(24000);

        edited = edit(
                export("results/export.xlsx?period=6 tháng cuối năm 2025"),
                s -> rowOf(s, secondHalf).getCell(3).setCellValue(13000));
        report = imported("results", edited, "ket-qua.xlsx");
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.get("updated")).hasSize(1);
        assertThat(count("results")).isEqualTo(2);
        assertThat(targets.findResult(secondHalf).orElseThrow().actualValue()).isEqualTo(13000);
        assertThat(targets.findResult(firstHalf).orElseThrow().actualValue()).isEqualTo(9997);
    }

    @Test
    void aResultWorkbookRoundTripsAndThePercentOfPlanFollowsTheNewValue() throws Exception {
        target("giải quyết việc làm", 24000, "2025", "Phòng Lao động - Việc làm");
        long r = result("giải quyết việc làm", 9997, "2025", labour);
        assertThat(targets.findResult(r).orElseThrow().percentOfPlan()).isEqualTo(41.65);
        byte[] edited =
                edit(export("results/export.xlsx"), s -> rowOf(s, r).getCell(3).setCellValue(12000));

        JsonNode report = imported("results", edited, "ket-qua.xlsx");
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.get("updated")).hasSize(1);
        Result now = targets.findResult(r).orElseThrow();
        assertThat(now.actualValue()).isEqualTo(12000);
        assertThat(now.percentOfPlan()).isEqualTo(50.0);
        assertThat(now.reportingUnitId()).isEqualTo(labour);
        assertThat(count("results")).isEqualTo(1);
    }

    @Test
    void aRowChangedSinceTheExportIsRefusedAndTheOtherRowsApplied() throws Exception {
        long jobs = target("giải quyết việc làm", 24000, "2025", null);
        long trained = target("tỷ lệ lao động qua đào tạo", 70, "2025", null);
        byte[] xlsx = export("targets/export.xlsx");
        mvc.perform(
                        put("/api/targets/" + jobs)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\":"
                                                + "\"giải quyết việc làm\",\"comparator\":\"GTE\",\"plannedValue\":26000,\"period\":\"2025\"}"))
                .andExpect(status().isOk());
        byte[] edited = edit(xlsx, s -> {
            rowOf(s, jobs).getCell(4).setCellValue(25000);
            rowOf(s, trained).getCell(4).setCellValue(75);
        });

        JsonNode report = imported("targets", edited, "cu.xlsx");
        assertThat(report.get("updated")).hasSize(1);
        assertThat(report.get("errors")).hasSize(1);
        String message = report.get("errors").get(0).get("messages").get(0).asString();
        assertThat(message).contains("#" + jobs).contains("xuất lại");
        assertThat(targets.findTarget(jobs).orElseThrow().plannedValue()).isEqualTo(26000);
        assertThat(targets.findTarget(trained).orElseThrow().plannedValue()).isEqualTo(75);
    }

    @Test
    void aSemicolonCsvWithAByteOrderMarkAndVietnameseNumbersIsRead() throws Exception {
        target("giải quyết việc làm", 24000, "2025", "Phòng Lao động - Việc làm");
        String csv = "\uFEFF" + semicolonHeader("results/export.csv") + "\r\n"
                + ";;giải quyết việc làm;9.997;người;;2025;LĐVL;;\r\n"
                + ";;\"tỷ lệ hộ nghèo; đa chiều\";2,35;%;;2025;Phòng Lao động - Việc làm;;\r\n";

        JsonNode report = imported("results", csv.getBytes(StandardCharsets.UTF_8), "ket-qua.csv");
        assertThat(report.get("errors")).as(report.toString()).isEmpty();
        assertThat(report.get("created")).hasSize(2);
        Result jobs = targets.findResult(report.get("created").get(0).asLong()).orElseThrow();
        assertThat(jobs.actualValue()).isEqualTo(9997);
        assertThat(jobs.reportingUnitId()).isEqualTo(labour);
        assertThat(jobs.percentOfPlan()).isEqualTo(41.65);
        Result poor = targets.findResult(report.get("created").get(1).asLong()).orElseThrow();
        assertThat(poor.indicatorName()).isEqualTo("tỷ lệ hộ nghèo; đa chiều");
        assertThat(poor.actualValue()).isEqualTo(2.35);
    }

    @Test
    void badRowsAreReportedWithTheirLineColumnAndReasonAndChangeNothing() throws Exception {
        long jobs = target("giải quyết việc làm", 24000, "2025", null);
        String csv = "\uFEFF" + semicolonHeader("targets/export.csv") + "\r\n"
                + jobs + ";;giải quyết việc làm;≥;nhiều;;người;2025;;\r\n"
                + "987654;;giải quyết việc làm;≥;100;;người;2025;;\r\n"
                + ";;tỷ lệ hộ nghèo;khoảng;3;;%;2025;;\r\n"
                + ";;tỷ lệ hộ nghèo;RANGE;3;2;%;2025;;\r\n"
                + ";;tỷ lệ hộ nghèo;≤;3;;%;2025;;424242\r\n"
                + ";;;≥;5;;%;2025;;\r\n";

        JsonNode report = imported("targets", csv.getBytes(StandardCharsets.UTF_8), "chi-tieu.csv");
        assertThat(report.get("updated")).isEmpty();
        assertThat(report.get("created")).isEmpty();
        JsonNode errors = report.get("errors");
        assertThat(errors).hasSize(6);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("problems").get(0).get("column").asString())
                .isEqualTo("Kế hoạch");
        assertThat(errors.get(0).get("messages").get(0).asString())
                .isEqualTo("Cột «Kế hoạch»: «nhiều» không phải là số.");
        assertThat(errors.get(1).get("messages").get(0).asString()).contains("Không có chỉ tiêu mã 987654");
        assertThat(errors.get(2).get("messages").get(0).asString()).startsWith("Cột «So sánh»: «khoảng»");
        assertThat(errors.get(3).get("problems").get(0).get("column").asString())
                .isEqualTo("Kế hoạch (đến)");
        assertThat(errors.get(4).get("messages").get(0).asString()).contains("Không có văn bản mã 424242");
        assertThat(errors.get(5).get("line").asInt()).isEqualTo(7);
        assertThat(errors.get(5).get("messages").get(0).asString()).contains("Cần ghi tên chỉ số");
        assertThat(count("targets")).isEqualTo(1);
        assertThat(targets.findTarget(jobs).orElseThrow().plannedValue()).isEqualTo(24000);

        upload("targets", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "x.csv", SignIn.admin())
                .andExpect(status().isBadRequest());
    }

    @Test
    void aUnitsStaffWritesItsOwnResultsAndIsRefusedForAnotherUnit() throws Exception {
        long theirs = result("giải quyết việc làm", 100, "2025", office);
        String csv = "\uFEFF" + semicolonHeader("results/export.csv") + "\r\n"
                + ";;giải quyết việc làm;9.997;người;;2025;Phòng Lao động - Việc làm;;\r\n"
                + ";;giải quyết việc làm;50;người;;2025;Văn phòng Sở;;\r\n"
                + theirs + ";;giải quyết việc làm;200;người;;2025;Văn phòng Sở;" + office + ";\r\n"
                + ";;giải quyết việc làm;7;người;;2025;;;\r\n";
        RequestPostProcessor staff = SignIn.as(Role.STAFF, labour);

        JsonNode report = body(upload("results", csv.getBytes(StandardCharsets.UTF_8), "ket-qua.csv", staff)
                .andExpect(status().isOk()));
        assertThat(report.get("created")).hasSize(1);
        assertThat(targets.findResult(report.get("created").get(0).asLong())
                        .orElseThrow()
                        .reportingUnitId())
                .isEqualTo(labour);
        JsonNode errors = report.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("messages").get(0).asString())
                .contains("không được nhập kết quả của đơn vị «Văn phòng Sở»");
        assertThat(errors.get(1).get("messages").get(0).asString()).contains("không có quyền");
        assertThat(errors.get(2).get("messages").get(0).asString()).contains("kết quả chung của cơ quan");
        assertThat(targets.findResult(theirs).orElseThrow().actualValue()).isEqualTo(100);
        assertThat(count("results")).isEqualTo(2);

        upload("targets", "x".getBytes(StandardCharsets.UTF_8), "x.csv", staff).andExpect(status().isForbidden());
        upload("results", csv.getBytes(StandardCharsets.UTF_8), "x.csv", SignIn.as(Role.VIEWER, labour))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTaskImportSharesTheRowsAndWritesVersionsAndTheAuditTrail() throws Exception {
        long task = body(mvc.perform(post("/api/tasks")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\":" + "\"Rà soát\",\"leadUnitIds\":[" + labour + "]}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long before = version("tasks", task);
        byte[] edited = edit(export("tasks/export.xlsx"), s -> {
            rowOf(s, task).getCell(1).setCellValue("Rà soát lại");
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(1).setCellValue("Việc của một văn bản không có");
            added.createCell(9).setCellValue(424242);
        });
        JsonNode report =
                body(upload("tasks", edited, "nhiem-vu.xlsx", SignIn.admin()).andExpect(status().isOk()));
        assertThat(report.get("updated")).hasSize(1);
        assertThat(report.get("created")).isEmpty();
        assertThat(report.get("errors").get(0).get("messages").get(0).asString())
                .contains("không lưu được");
        assertThat(count("tasks")).isEqualTo(1);
        assertThat(version("tasks", task)).isEqualTo(before + 1);
        assertThat(auditLines("task", task)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE kind = 'task' AND record_id = :id ORDER BY id")
                        .param("id", task)
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE");
    }
}
