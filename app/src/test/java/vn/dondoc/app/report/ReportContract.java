package vn.dondoc.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.dondoc.app.DemoOrgContract;

/** The review DOCX: its figures are checked against counts taken straight from the database. */
abstract class ReportContract extends DemoOrgContract {
    private static String text(XWPFTableRow row, int cell) {
        return row.getCell(cell).getText().strip();
    }

    /** Three tasks of the labour office (on time, late, open and overdue), two of the office (one out of the period), a target. */
    void seed() throws Exception {
        // deadlines on working days, so "on time" is simply "done on or before the deadline"
        progress(task(labour, "Rà soát hộ nghèo", "2026-03-31"), labour, "2026-03-30", 100);
        progress(task(labour, "Tổng kết đào tạo nghề", "2026-04-30"), labour, "2026-05-05", 100);
        progress(task(labour, "Kiểm tra an toàn lao động", "2026-05-29"), labour, "2026-05-20", 60);
        task(office, "Trình kế hoạch cải cách hành chính", "2026-06-15");
        task(office, "Nhiệm vụ ngoài kỳ", "2026-09-30");
        call(post("/api/targets")
                        .content("{\"indicator\":\"giải quyết việc làm\",\"comparator\":\"GTE\","
                                + "\"plannedValue\":24000,\"unit\":\"người\",\"period\":\"2026\"}"))
                .andExpect(status().isCreated());
        call(post("/api/results")
                        .content("{\"indicator\":\"giải quyết việc làm\",\"actualValue\":9997,\"unit\":\"người\","
                                + "\"period\":\"2026\"}"))
                .andExpect(status().isCreated());
    }

    /** Per lead unit's name: done on time, done late, open in time, open overdue, for tasks due in the first half of 2026. */
    Map<String, long[]> bucketsFromDb() {
        Map<String, long[]> fromDb = new HashMap<>();
        jdbc.sql(
                        "SELECT u.name, SUM(CASE WHEN t.status = 'DONE' AND t.completed_on <= t.deadline THEN 1 ELSE 0 END) AS on_time,"
                                + " SUM(CASE WHEN t.status = 'DONE' AND t.completed_on > t.deadline THEN 1 ELSE 0 END) AS late,"
                                + " SUM(CASE WHEN t.status <> 'DONE' AND t.deadline >= DATE '2026-06-30' THEN 1 ELSE 0 END) AS in_time,"
                                + " SUM(CASE WHEN t.status <> 'DONE' AND t.deadline < DATE '2026-06-30' THEN 1 ELSE 0 END) AS overdue"
                                + " FROM tasks t JOIN task_parties p ON p.task_id = t.id AND p.role = 'LEAD'"
                                + " JOIN org_units u ON u.id = p.unit_id"
                                + " WHERE t.deadline BETWEEN DATE '2026-01-01' AND DATE '2026-06-30' GROUP BY u.name")
                .query(rs -> {
                    fromDb.put(
                            rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return fromDb;
    }

    @Test
    void theReviewsFiguresAreTheDatabases() throws Exception {
        seed();
        byte[] docx = call(get("/api/reports/review.docx?from=2026-01-01&to=2026-06-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables.get(0).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Số:");

            Map<String, long[]> fromDb = bucketsFromDb();
            XWPFTable perUnit = tables.get(1);
            assertThat(perUnit.getRows()).hasSize(fromDb.size() + 1);
            for (XWPFTableRow row :
                    perUnit.getRows().subList(1, perUnit.getRows().size())) {
                long[] expected = fromDb.get(text(row, 1));
                assertThat(expected).as(text(row, 1)).isNotNull();
                for (int c = 0; c < 4; c++) {
                    assertThat(Long.parseLong(text(row, 2 + c)))
                            .as(text(row, 1) + " column " + c)
                            .isEqualTo(expected[c]);
                }
            }
            String lab = units.find(labour).orElseThrow().name();
            assertThat(perUnit.getRows().stream()
                            .filter(r -> text(r, 1).equals(lab))
                            .findFirst()
                            .map(r -> text(r, 6)))
                    .contains("2/3 — 66,66%");
            assertThat(all).contains("Tổng số nhiệm vụ đến hạn trong kỳ: 4").contains("2/4 — 50%");

            XWPFTable targets = tables.get(3);
            assertThat(text(targets.getRow(1), 1)).isEqualTo("giải quyết việc làm");
            assertThat(text(targets.getRow(1), 2)).isEqualTo("24.000 người");
            assertThat(text(targets.getRow(1), 3)).isEqualTo("9.997 người");
            assertThat(text(targets.getRow(1), 4)).isEqualTo("41,65%");

            assertThat(all)
                    .contains("Kiểm tra an toàn lao động")
                    .doesNotContain("Nhiệm vụ ngoài kỳ")
                    .contains("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI");
        }
        call(get("/api/reports/review.docx?from=2026-07-01&to=2026-01-01")).andExpect(status().isBadRequest());
    }

    /**
     * Section III lists what was overdue as of the report's 'to' day: deadlines within or before the period, not done
     * by then (done afterwards included); never a task due after the period, nor one done in time for the day.
     */
    @Test
    void theOverdueListIsThePeriodsAsOfItsLastDay() throws Exception {
        seed();
        long doneAfter = task(labour, "Báo cáo quý II", "2026-06-10");
        progress(doneAfter, labour, "2026-07-10", 100);
        task(office, "Nhiệm vụ từ quý I", "2026-03-20");
        byte[] docx = call(get("/api/reports/review.docx?from=2026-04-01&to=2026-06-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> fromDb = jdbc.sql(
                        "SELECT t.body FROM tasks t WHERE t.deleted_at IS NULL AND t.status <> 'CANCELLED'"
                                + " AND t.deadline < DATE '2026-06-30'"
                                + " AND (t.status <> 'DONE' OR t.completed_on > DATE '2026-06-30') ORDER BY t.deadline")
                .query(String.class)
                .list();
        assertThat(fromDb)
                .containsExactly(
                        "Nhiệm vụ từ quý I",
                        "Kiểm tra an toàn lao động",
                        "Báo cáo quý II",
                        "Trình kế hoạch cải cách hành chính");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int start = paragraphs.indexOf("III. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN");
            int end = paragraphs.indexOf("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI");
            List<String> overdue = paragraphs.subList(start + 1, end);
            assertThat(overdue).hasSize(fromDb.size());
            for (int i = 0; i < fromDb.size(); i++) {
                assertThat(overdue.get(i)).startsWith((i + 1) + ". " + fromDb.get(i) + " (thời hạn ");
            }
            assertThat(String.join("\n", overdue))
                    .doesNotContain("Nhiệm vụ ngoài kỳ")
                    .doesNotContain("Rà soát hộ nghèo")
                    .doesNotContain("Tổng kết đào tạo nghề")
                    .contains("thời hạn 10/06/2026");
        }
    }

    @Test
    void theReviewPdfHasTheDatabasesFiguresInVietnamese() throws Exception {
        seed();
        var response = call(get("/api/reports/review.pdf?from=2026-01-01&to=2026-06-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("bao-cao-2026-01-01-2026-06-30.pdf");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            text = java.text.Normalizer.normalize(
                            new org.apache.pdfbox.text.PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
        // the layout's fixed lines and the records' Vietnamese come back as written
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Số: /BC-")
                .contains("BÁO CÁO")
                .contains("QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ")
                .contains("Kiểm tra an toàn lao động")
                .doesNotContain("Nhiệm vụ ngoài kỳ")
                .contains("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI");
        // each unit's row: its name, then its four buckets as the database counts them
        Map<String, long[]> fromDb = bucketsFromDb();
        assertThat(fromDb).hasSize(2);
        fromDb.forEach((unit, b) ->
                assertThat(text).as(unit).contains(unit + " " + b[0] + " " + b[1] + " " + b[2] + " " + b[3] + " "));
        String lab = units.find(labour).orElseThrow().name();
        assertThat(text)
                .contains(lab + " 1 1 0 1 2/3 — 66,66%")
                .contains("Tổng số nhiệm vụ đến hạn trong kỳ: 4")
                .contains("2/4 — 50%")
                .contains("giải quyết việc làm 24.000 người 9.997 người 41,65% Năm 2026");
        call(get("/api/reports/review.pdf?from=2026-07-01&to=2026-01-01")).andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardOffersTheReviewAsDocxAndPdf() throws Exception {
        String page = mvc.perform(get("/dashboard?asOf=2026-06-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("action=\"/api/reports/review.docx\"")
                .contains("formaction=\"/api/reports/review.pdf\"")
                .contains("value=\"2026-01-01\"")
                .contains("value=\"2026-06-30\"");
    }
}
