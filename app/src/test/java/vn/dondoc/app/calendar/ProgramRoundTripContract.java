package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.IncomingFile;

/** Sample 000 (October 2021 program) out to DOCX and back in through the real import: the same items. */
public abstract class ProgramRoundTripContract extends CalendarTestBase {
    @Autowired
    protected ImportService imports;

    @Autowired
    protected ImportJobs jobs;

    @Autowired
    protected Calendars calendars;

    /** Stages a file, reads it, confirms the proposal as extracted; returns the stored document. */
    protected Document importAndConfirm(IncomingFile file) {
        long batch = imports.stage(file.name(), List.of(file), false);
        imports.processUntilDone(batch, 60_000);
        ImportFile f = jobs.files(batch).get(0);
        return imports.confirm(f.id(), imports.proposal(f.id())).orElseThrow();
    }

    protected List<CalendarEvent> eventsOf(long documentId) {
        return calendars
                .listEvents(null, null, documentId, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    /** What must survive the round trip: date, end, session, content, preparing units, chairs. */
    static List<String> essentials(List<CalendarEvent> events) {
        return events.stream()
                .map(e -> String.join(
                        " | ",
                        String.valueOf(e.date()),
                        String.valueOf(e.endDate()),
                        String.valueOf(e.session()),
                        e.content(),
                        String.valueOf(e.preparingUnits()),
                        String.valueOf(e.chairs())))
                .sorted()
                .toList();
    }

    static IncomingFile sample000() {
        return DemoData.sampleFiles().stream()
                .filter(f -> f.name().startsWith("000_"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theOctoberProgramOfSample000ComesBackFromItsDocxAsTheSameItems() throws Exception {
        Document original = importAndConfirm(sample000());
        List<CalendarEvent> before = eventsOf(original.id());
        assertThat(before).hasSizeGreaterThan(15);

        byte[] docx = call(get("/api/calendar/export.docx?from=2021-10-01&to=2021-10-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // the file itself: title, the table in the standard layout, one row per item, in Times New Roman
        List<List<String>> rows = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text)
                    .contains(
                            "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Nơi nhận:",
                            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
            XWPFTable table = doc.getTables().get(1);
            for (XWPFTableRow r : table.getRows()) {
                rows.add(r.getTableCells().stream().map(c -> c.getText()).toList());
            }
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("Times New Roman");
            var mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((java.math.BigInteger) mar.getLeft()).intValue()).isEqualTo(30 * 57);
        }
        assertThat(rows.get(0)).containsExactly("Ngày", "Nội dung công việc", "Đơn vị chuẩn bị", "Người chủ trì");
        assertThat(rows).hasSize(before.size() + 1);
        List<String> contents = rows.stream().skip(1).map(r -> r.get(1)).toList();
        for (CalendarEvent e : before) {
            assertThat(contents).anySatisfy(c -> assertThat(c).endsWith(e.content()));
        }

        Document again = importAndConfirm(new IncomingFile("chuong-trinh-thang-10.docx", docx));
        assertThat(again.id()).isNotEqualTo(original.id());
        assertThat(essentials(eventsOf(again.id()))).containsExactlyElementsOf(essentials(before));
    }

    @Test
    void theSameProgramAsPdfHasTextThatRendersAndCanBeCopied() throws Exception {
        Document original = importAndConfirm(sample000());
        List<CalendarEvent> events = eventsOf(original.id());
        var response = call(get("/api/calendar/export.pdf?from=2021-10-01&to=2021-10-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            String text = java.text.Normalizer.normalize(
                            new org.apache.pdfbox.text.PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Nơi nhận:",
                            "Người chủ trì");
            // the "Nội dung công việc" column read on its own (A4, 30 mm left margin, the column from 9 % to 60 %
            // of the table): each item's content is there, in the table's order, whatever the line breaks
            var column = new org.apache.pdfbox.text.PDFTextStripperByArea();
            float left = 30 * 72 / 25.4f;
            float width = 595f - left - 15 * 72 / 25.4f;
            column.addRegion(
                    "content",
                    new java.awt.geom.Rectangle2D.Float(left + width * 0.09f + 2, 0, width * 0.51f - 4, 842f));
            StringBuilder contentColumn = new StringBuilder();
            for (var page : pdf.getPages()) {
                column.extractRegions(page);
                contentColumn.append(column.getTextForRegion("content"));
            }
            String compact = java.text.Normalizer.normalize(contentColumn, java.text.Normalizer.Form.NFC)
                    .replaceAll("\\s+", "");
            for (CalendarEvent e : events) {
                assertThat(compact).contains(e.content().replaceAll("\\s+", ""));
            }
            // every font is embedded: no reader has to substitute one without Vietnamese letters
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSerif");
                }
            }
        }
    }

    @Test
    void aRevisedProgramUpdatesTheEventsInPlaceAndSaysWhatChanged() throws Exception {
        Document first = importAndConfirm(sample000());
        List<CalendarEvent> before = eventsOf(first.id());
        CalendarEvent opening = before.stream()
                .filter(e -> e.content().startsWith("Họp nghe dự thảo Đề án"))
                .findFirst()
                .orElseThrow();
        CalendarEvent review = before.stream()
                .filter(e -> e.content().startsWith("Hội nghị tổng kết 20 năm"))
                .findFirst()
                .orElseThrow();
        long inspectionsBefore = before.stream()
                .filter(e -> e.content().equals("Đi kiểm tra cơ sở"))
                .count();

        // "Điều chỉnh lần 2": the 28th moves to the afternoon, the inspection of the 21st is dropped
        String text = new String(sample000().bytes(), StandardCharsets.UTF_8)
                .replace(
                        "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021",
                        "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021 (Điều chỉnh lần 2)")
                .replace("28\tSáng: Hội nghị tổng kết 20 năm", "28\tChiều: Hội nghị tổng kết 20 năm")
                .replace("21\tĐi kiểm tra cơ sở\tPhòng CM\tLãnh đạo Sở\n", "");
        Document second = importAndConfirm(
                new IncomingFile("chuong-trinh-thang-10-dieu-chinh-lan-2.txt", text.getBytes(StandardCharsets.UTF_8)));

        List<CalendarEvent> october = calendars
                .listEvents(
                        java.time.LocalDate.of(2021, 10, 1),
                        java.time.LocalDate.of(2021, 10, 31),
                        null,
                        null,
                        new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
        assertThat(october).as("no item twice").hasSize(before.size() - 1);
        assertThat(october).allSatisfy(e -> assertThat(e.documentId()).isEqualTo(second.id()));
        assertThat(october).extracting(CalendarEvent::id).contains(opening.id(), review.id());
        assertThat(october.stream()
                        .filter(e -> e.id().equals(review.id()))
                        .findFirst()
                        .orElseThrow()
                        .session())
                .isEqualTo("AFTERNOON");
        assertThat(october.stream()
                        .filter(e -> e.content().equals("Đi kiểm tra cơ sở"))
                        .count())
                .isEqualTo(inspectionsBefore - 1);

        long program = jdbc.sql("SELECT id FROM work_programs WHERE document_id = :d")
                .param("d", second.id())
                .query(Long.class)
                .single();
        JsonNode changes =
                json(call(get("/api/work-programs/" + program + "/changes")).andExpect(status().isOk()));
        assertThat(changes.findValuesAsString("kind")).containsExactlyInAnyOrder("REMOVED", "CHANGED");
        for (JsonNode c : changes) {
            if (c.get("kind").asString().equals("CHANGED")) {
                assertThat(c.get("after").get("id").asLong()).isEqualTo(review.id());
                assertThat(c.get("fields").get(0).asString()).isEqualTo("session");
            } else {
                assertThat(c.get("before").get("date").asString()).isEqualTo("2021-10-21");
            }
        }
        String page = call(get("/calendar/programs/" + program))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Thay đổi so với bản trước (2)", "Hủy bỏ", "Sửa đổi", "Hội nghị tổng kết 20 năm");
    }

    /** A week's program that names who attends ("Thành phần:"): its items keep them, people resolved where known. */
    @Test
    void theParticipantsAProgramNamesReachItsItems() {
        String week = String.join(
                "\n",
                "ỦY BAN NHÂN DÂN HUYỆN THANH SƠN",
                "LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND HUYỆN",
                "(Từ ngày 03/11/2025 đến ngày 07/11/2025)",
                "",
                "THỨ HAI (03/11/2025)",
                "Sáng:",
                "- 8h00: Chủ tịch UBND huyện chủ trì họp giao ban tuần.",
                "Thành phần: Các Phó Chủ tịch UBND huyện; Trưởng phòng Nội vụ; Đại diện lãnh đạo các xã.",
                "Địa điểm: Hội trường UBND huyện.",
                "Chiều:",
                "- 14h00: Phó Chủ tịch UBND huyện làm việc với Phòng Tài chính - Kế hoạch về dự toán ngân sách năm 2026.",
                "Thành phần: Trưởng phòng Tài chính - Kế hoạch; Chánh Văn phòng HĐND và UBND huyện.",
                "Địa điểm: Phòng họp số 2.",
                "");
        Document d =
                importAndConfirm(new IncomingFile("lich-tuan-thanh-son.txt", week.getBytes(StandardCharsets.UTF_8)));

        List<CalendarEvent> events = eventsOf(d.id());
        assertThat(events)
                .extracting(CalendarEvent::place)
                .containsExactlyInAnyOrder("Hội trường UBND huyện", "Phòng họp số 2");
        assertThat(events)
                .extracting(CalendarEvent::participants)
                .containsExactlyInAnyOrder(
                        "Các Phó Chủ tịch UBND huyện; Trưởng phòng Nội vụ; Đại diện lãnh đạo các xã",
                        "Trưởng phòng Tài chính - Kế hoạch; Chánh Văn phòng HĐND và UBND huyện");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_event_parties WHERE role = 'PARTICIPANT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }
}
