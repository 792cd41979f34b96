package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.dondoc.ingest.encoding.LegacyEncoding;

class DocxReadingTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void calendarTableBecomesOneLinePerRowWithTabsAndCellParagraphsJoinedBySpaces() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2. Dự kiến Chương trình công tác");
            XWPFTable table = doc.createTable(2, 4);
            String[] header = {"Ngày", "Nội dung công việc", "Đơn vị chuẩn bị", "Người chủ trì"};
            for (int i = 0; i < 4; i++) {
                table.getRow(0).getCell(i).getParagraphs().get(0).createRun().setText(header[i]);
            }
            XWPFTableCell content = table.getRow(1).getCell(1);
            content.getParagraphs().get(0).createRun().setText("Sáng: Họp nghe dự thảo Đề án");
            content.addParagraph().createRun().setText("  Chiều: Làm việc với   Sở Tài chính");
            table.getRow(1).getCell(0).getParagraphs().get(0).createRun().setText("04");
            table.getRow(1).getCell(2).getParagraphs().get(0).createRun().setText("VP");
            XWPFTableCell chair = table.getRow(1).getCell(3);
            chair.getParagraphs().get(0).createRun().setText("Đ/c Lạc - GD");
            chair.addParagraph(); // an empty paragraph in a cell adds nothing
            chair.addParagraph().createRun().setText("Đ/c Công - PGĐ");
            doc.createParagraph().createRun().setText("Nơi nhận:");
            doc.write(out);
            docx = out.toByteArray();
        }
        ReadResult result = reader.read("lich.docx", docx);
        assertThat(result.text().split("\n"))
                .containsExactly(
                        "2. Dự kiến Chương trình công tác",
                        "Ngày\tNội dung công việc\tĐơn vị chuẩn bị\tNgười chủ trì",
                        "04\tSáng: Họp nghe dự thảo Đề án   Chiều: Làm việc với   Sở Tài chính\tVP\tĐ/c Lạc - GD Đ/c Công - PGĐ",
                        "Nơi nhận:");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void lineBreaksAndTabsInsideAParagraphAreKept() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("TM. ỦY BAN NHÂN DÂN");
            run.addBreak();
            run.setText("CHỦ TỊCH");
            run.addTab();
            run.setText("(đã ký)");
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(reader.read("a.docx", docx).text()).isEqualTo("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\t(đã ký)\n");
    }

    @Test
    void runsInLegacyFontsAreConvertedPerRunAndUnicodeRunsAreLeftAlone() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, LegacyEncoding.TCVN3.fromUnicode("Hà Tĩnh, ngày 14 tháng 7 năm 2020"), ".VnTime");
            run(p, " — ", "Times New Roman");
            run(p, "Đồng Nai, thành phố Biên Hòa", "Times New Roman");
            XWPFParagraph title = doc.createParagraph();
            run(title, LegacyEncoding.TCVN3.fromUnicode("thông báo kết luận"), ".VnTimeH"); // upper-case font
            XWPFParagraph vni = doc.createParagraph();
            run(vni, LegacyEncoding.VNI.fromUnicode("Người lao động được hỗ trợ"), "VNI-Times");
            XWPFParagraph caps = doc.createParagraph();
            XWPFRun capsRun = run(caps, LegacyEncoding.TCVN3.fromUnicode("nơi nhận"), ".VnArial");
            capsRun.setCapitalized(true);
            doc.write(out);
            docx = out.toByteArray();
        }
        ReadResult result = reader.read("cu.docx", docx);
        assertThat(result.text().split("\n"))
                .containsExactly(
                        "Hà Tĩnh, ngày 14 tháng 7 năm 2020 — Đồng Nai, thành phố Biên Hòa",
                        "THÔNG BÁO KẾT LUẬN",
                        "Người lao động được hỗ trợ",
                        "NƠI NHẬN");
        assertThat(result.has(Diagnostics.LEGACY_FONT_CONVERTED)).isTrue();
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_CONVERTED)).isFalse();
    }

    @Test
    void unicodeTypedInAnOldFontStaysUnicode() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc.createParagraph(), "Kế hoạch thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy", ".VnTime");
            run(doc.createParagraph(), "Thông báo kết luận", ".VnTime");
            doc.write(out);
            docx = out.toByteArray();
        }
        ReadResult result = reader.read("moi.docx", docx);
        assertThat(result.text())
                .isEqualTo("Kế hoạch thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy\nThông báo kết luận\n");
        assertThat(result.has(Diagnostics.LEGACY_FONT_ALREADY_UNICODE)).isTrue();
    }

    @Test
    void fontSetOnTheParagraphStyleCountsForRunsWithoutTheirOwnFont() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("VanBanCu");
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("Van ban cu");
            ct.addNewRPr().addNewRFonts().setAscii(".VnTime");
            styles.addStyle(new XWPFStyle(ct, styles));
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("VanBanCu");
            p.createRun().setText(LegacyEncoding.TCVN3.fromUnicode("Sở Lao động - Thương binh và Xã hội"));
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(reader.read("style.docx", docx).text()).isEqualTo("Sở Lao động - Thương binh và Xã hội\n");
    }

    @Test
    void tcvn3DocumentWithoutFontInformationIsStillDetectedFromItsText() throws Exception {
        String text = "Thông báo kết luận của Giám đốc Sở về kết quả thực hiện công tác lao động, người có công";
        byte[] docx = TestDocuments.docx(LegacyEncoding.TCVN3.fromUnicode(text));
        ReadResult result = reader.read("x.docx", docx);
        assertThat(result.text()).isEqualTo(text + "\n");
        assertThat(result.has(Diagnostics.LEGACY_ENCODING_CONVERTED)).isTrue();
    }

    @Test
    void zipBombDocxIsRefused() throws Exception {
        byte[] bomb = zipBomb(TestDocuments.docx("Nội dung"), 60L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> reader.read("bom.docx", bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("bom.docx: DOCX bị hỏng hoặc là zip bomb (nén bất thường); không đọc");
    }

    @Test
    void docxDeclaringMoreThanAGigabyteUnzippedIsRefusedBeforeOpening() throws Exception {
        byte[] docx = TestDocuments.docx("Nội dung");
        // Rewrite the declared size of every central directory entry to ~4 GB.
        for (int i = 0; i + 46 < docx.length; i++) {
            if (docx[i] == 0x50 && docx[i + 1] == 0x4B && docx[i + 2] == 0x01 && docx[i + 3] == 0x02) {
                docx[i + 24] = (byte) 0xF0;
                docx[i + 25] = (byte) 0xFF;
                docx[i + 26] = (byte) 0xFF;
                docx[i + 27] = (byte) 0xFF;
            }
        }
        assertThatThrownBy(() -> reader.read("to.docx", docx))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void textAboveTheLimitIsRefusedWithAClearMessage() throws Exception {
        DocumentReader small = new DocumentReader(DocumentReader.DEFAULT_MAX_FILE_BYTES, 1000);
        byte[] docx = TestDocuments.docx("Nội dung dài. ".repeat(200));
        assertThatThrownBy(() -> small.read("dai.docx", docx))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("dai.docx: văn bản quá lớn (hơn 1000 ký tự); hãy tách tệp rồi nhập lại");
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        return run;
    }

    /** The same package with word/document.xml replaced by a huge, extremely compressible one. */
    static byte[] zipBomb(byte[] docx, long documentBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
                    zip.write(head.getBytes(StandardCharsets.UTF_8));
                    byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written < documentBytes; written += block.length) {
                        zip.write(block);
                    }
                    zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
