package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.dondoc.ingest.encoding.LegacyEncoding;

class PdfReadingTest {
    private static final String TEXT = "THÔNG BÁO\nKết luận của Giám đốc Sở Lao động - Thương binh và Xã hội\n"
            + "Ngày 05/7/2020, Sở tổ chức Hội nghị đánh giá kết quả thực hiện công tác 6 tháng đầu năm.";
    private final DocumentReader reader = new DocumentReader();

    @Test
    void vietnameseTextLayerComesBackInNfc() throws Exception {
        assumeFont();
        ReadResult result = reader.read("tb.pdf", TestDocuments.pdf(TEXT));
        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(result.text().strip()).isEqualTo(TEXT);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void pdfWithAUserPasswordIsRefusedWithAClearMessage() throws Exception {
        assumeFont();
        byte[] locked = protect(TestDocuments.pdf(TEXT), "bimat");
        assertThatThrownBy(() -> reader.read("mat.pdf", locked))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("mat.pdf: PDF có mật khẩu; hãy gỡ mật khẩu rồi nhập lại");
    }

    @Test
    void permissionLockedPdfOpensWithTheEmptyPasswordAndSaysSo() throws Exception {
        assumeFont();
        byte[] locked = protect(TestDocuments.pdf(TEXT), "");
        ReadResult result = reader.read("khoa.pdf", locked);
        assertThat(result.text().strip()).isEqualTo(TEXT);
        assertThat(result.has(Diagnostics.PDF_PERMISSIONS_IGNORED)).isTrue();
    }

    @Test
    void scannedPdfWithoutTextLayerAsksForOcr() {
        byte[] scan = TestDocuments.scannedPdf(2);
        assertThatThrownBy(() -> reader.read("quet.pdf", scan))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("quet.pdf: PDF không có lớp văn bản (bản quét); cần OCR trước khi nhập");
    }

    @Test
    void scannedPagesAmongTextPagesAreNamedInADiagnostic() throws Exception {
        assumeFont();
        byte[] mixed;
        try (PDDocument doc = Loader.loadPDF(TestDocuments.pdf(TEXT));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TestDocuments.addImagePage(doc);
            doc.save(out);
            mixed = out.toByteArray();
        }
        ReadResult result = reader.read("tron.pdf", mixed);
        assertThat(result.text().strip()).isEqualTo(TEXT);
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Diagnostics.PDF_SCANNED_PAGES);
            assertThat(d.message()).contains("trang [2]", "OCR");
        });
    }

    @Test
    void pdfWithNoTextAndNoImagesSaysItHasNoText() throws Exception {
        byte[] blank;
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            blank = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("trang.pdf", blank))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("trang.pdf: PDF không chứa chữ nào");
    }

    @Test
    void textInALegacyTcvn3FontIsConvertedFromItsCharacterCodes() throws Exception {
        String unicode = "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh";
        byte[] legacyBytes = LegacyEncoding.TCVN3.fromUnicode(unicode).getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = pdfWithRawText(".VnTime", legacyBytes);
        ReadResult result = reader.read("cu.pdf", pdf);
        assertThat(result.text().strip()).isEqualTo(unicode);
        assertThat(result.has(Diagnostics.LEGACY_FONT_CONVERTED)).isTrue();
    }

    @Test
    void textInAnUpperCaseTcvn3FontComesBackInCapitals() throws Exception {
        byte[] legacyBytes = LegacyEncoding.TCVN3
                .fromUnicode("cộng hòa xã hội chủ nghĩa việt nam")
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadResult result = reader.read("cu.pdf", pdfWithRawText("ABCDEF+.VnTimeH", legacyBytes));
        assertThat(result.text().strip()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void textInAVniFontIsConverted() throws Exception {
        String unicode = "Người lao động được hỗ trợ học nghề";
        byte[] legacyBytes = LegacyEncoding.VNI.fromUnicode(unicode).getBytes(StandardCharsets.ISO_8859_1);
        ReadResult result = reader.read("vni.pdf", pdfWithRawText("VNI-Times", legacyBytes));
        assertThat(result.text().strip()).isEqualTo(unicode);
    }

    @Test
    void damagedPdfIsRefusedNotThrownAsSomethingElse() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("hong.pdf", broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("hong.pdf: PDF");
    }

    static byte[] pdfWithRawTextUnchecked(String fontName, byte[] bytes) {
        try {
            return pdfWithRawText(fontName, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One page whose content stream shows {@code bytes} as-is in a simple font named {@code fontName}. */
    static byte[] pdfWithRawText(String fontName, byte[] bytes) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            font.getCOSObject().setName(COSName.BASE_FONT, fontName); // what Word writes for .VnTime / VNI-Times
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), font);
            page.setResources(resources);
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.write("BT /F1 12 Tf 50 700 Td (".getBytes(StandardCharsets.US_ASCII));
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    content.write('\\');
                }
                content.write(b);
            }
            content.write(") Tj ET".getBytes(StandardCharsets.US_ASCII));
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toByteArray())));
            doc.addPage(page);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] protect(byte[] pdf, String userPassword) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void assumeFont() {
        assumeTrue(
                TestDocuments.vietnameseFontAvailable(),
                "no TrueType font with Vietnamese glyphs at " + TestDocuments.VIETNAMESE_TTF
                        + " (Debian: fonts-dejavu-core)");
    }
}
