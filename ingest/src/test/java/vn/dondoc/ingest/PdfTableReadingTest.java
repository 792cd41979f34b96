package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.ParsedDocument;

/**
 * A work program printed to PDF reads like its DOCX: each row of a bordered table on one line, cells
 * in column order, a cell's wrapped lines joined, so the calendar's rows come out the same.
 */
class PdfTableReadingTest {
    private static final DocumentPipeline PIPELINE = DocumentPipeline.standard();
    private final DocumentReader reader = new DocumentReader();

    @Test
    void aBorderedTableReadsRowByRowWithWrappedCellsJoined() throws Exception {
        String text = """
                LỊCH CÔNG TÁC TUẦN
                Ngày\tNội dung công việc\tĐơn vị chuẩn bị\tNgười chủ trì
                Thứ Hai 04/11\tSáng: Họp giao ban lãnh đạo Sở đánh giá kết quả thực hiện nhiệm vụ tháng 10 và triển khai nhiệm vụ tháng 11 năm 2024\tVăn phòng Sở\tGiám đốc Sở
                Thứ Ba 05/11\tChiều: Làm việc với Phòng Lao động - Thương binh và Xã hội huyện Cẩm Xuyên về công tác giảm nghèo\tPhòng Bảo trợ xã hội\tPhó Giám đốc Nguyễn Văn An
                Hết tuần.
                """;
        String read = reader.read("lich.pdf", TestDocuments.pdfWithTables(text)).text();
        List<String> lines =
                read.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines)
                .containsExactly(
                        "LỊCH CÔNG TÁC TUẦN",
                        "Ngày\tNội dung công việc\tĐơn vị chuẩn bị\tNgười chủ trì",
                        "Thứ Hai 04/11\tSáng: Họp giao ban lãnh đạo Sở đánh giá kết quả thực hiện nhiệm vụ tháng 10 và triển khai"
                                + " nhiệm vụ tháng 11 năm 2024\tVăn phòng Sở\tGiám đốc Sở",
                        "Thứ Ba 05/11\tChiều: Làm việc với Phòng Lao động - Thương binh và Xã hội huyện Cẩm Xuyên về công tác giảm"
                                + " nghèo\tPhòng Bảo trợ xã hội\tPhó Giám đốc Nguyễn Văn An",
                        "Hết tuần.");
    }

    @Test
    void theMonthlyProgramSavedAsPdfGivesTheSameCalendarRowsAsItsDocx() throws Exception {
        String sample = "000_5ea996cf96f5afad.txt";
        String text = TestDocuments.sample(sample);
        ParsedDocument fromDocx = PIPELINE.parse(
                sample, reader.read("ct.docx", TestDocuments.docx(text)).text());
        ParsedDocument fromPdf = PIPELINE.parse(
                sample, reader.read("ct.pdf", TestDocuments.pdfWithTables(text)).text());
        assertThat(fromDocx.schedule()).hasSizeGreaterThan(20);
        assertThat(rows(fromPdf)).containsExactlyElementsOf(rows(fromDocx));
    }

    @Test
    void aPageWithOnlyARuleUnderTheMottoIsReadAsBefore() throws Exception {
        String text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n";
        String read = reader.read("kh.pdf", TestDocuments.pdf(text)).text();
        assertThat(read)
                .contains("Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND")
                .doesNotContain("\t");
    }

    private static List<String> rows(ParsedDocument d) {
        return d.schedule().stream()
                .map(r -> r.date() + "|" + r.session() + "|" + r.content().replaceAll("\\s+", " ") + "|"
                        + r.preparingUnits() + "|" + r.chairs())
                .toList();
    }
}
