package vn.dondoc.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they claim, or not documents at all: one clear line each, never a crash. */
class BadInputTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> reader.read("rong.txt", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("rong.txt: tệp rỗng");
    }

    @Test
    void whitespaceOnly() {
        assertThatThrownBy(() -> reader.read("trang.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("trang.txt: tệp chỉ có khoảng trắng, không có chữ");
    }

    @Test
    void randomBytes() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> reader.read("du-lieu.bin", noise))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("du-lieu.bin: tệp nhị phân, không phải văn bản");
        assertThatThrownBy(() -> reader.read("van-ban.txt", noise))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("van-ban.txt: tệp có đuôi .txt nhưng thực chất là tệp nhị phân, không phải văn bản");
    }

    @Test
    void pngNamedDocxSaysItIsAnImage() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        assertThatThrownBy(() -> reader.read("quyet-dinh.docx", png.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("quyet-dinh.docx: tệp có đuôi .docx nhưng thực chất là ảnh PNG, không phải văn bản; "
                        + "cần OCR (nhận dạng chữ) trước khi nhập");
        assertThatThrownBy(() -> reader.read("scan.png", png.toByteArray()))
                .hasMessage("scan.png: tệp là ảnh PNG, không phải văn bản; cần OCR (nhận dạng chữ) trước khi nhập");
    }

    @Test
    void docxThatIsReallyAPdfIsReadAsPdfWithADiagnostic() throws Exception {
        assumeTrue(TestDocuments.vietnameseFontAvailable(), "no Vietnamese TTF at " + TestDocuments.VIETNAMESE_TTF);
        ReadResult result = reader.read("ke-hoach.docx", TestDocuments.pdf("Kế hoạch số 12/KH-UBND"));
        assertThat(result.format()).isEqualTo(SourceFormat.PDF);
        assertThat(result.text().strip()).isEqualTo("Kế hoạch số 12/KH-UBND");
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Diagnostics.EXTENSION_MISMATCH);
            assertThat(d.message()).isEqualTo("tệp có đuôi .docx nhưng thực chất là PDF; đã đọc theo PDF");
        });
    }

    @Test
    void pdfThatIsReallyADocxAndTxtThatIsReallyHtmlAreReadByTheirBytes() throws Exception {
        ReadResult docx = reader.read("a.pdf", TestDocuments.docx("Thông báo số 5"));
        assertThat(docx.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(docx.has(Diagnostics.EXTENSION_MISMATCH)).isTrue();
        String page = "<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Số: 7/TB</p></body></html>";
        ReadResult html = reader.read("b.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(html.format()).isEqualTo(SourceFormat.HTML);
        assertThat(html.text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/TB");
    }

    @Test
    void zipBombDocx() throws Exception {
        byte[] bomb = DocxReadingTest.zipBomb(TestDocuments.docx("x"), 40L * 1024 * 1024);
        assertThatThrownBy(() -> reader.read("bom.docx", bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void otherOfficeAndArchiveFormatsAreNamed() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Chỉ tiêu").createRow(0).createCell(0).setCellValue("Tỷ lệ hộ nghèo");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("chi-tieu.docx", xlsx))
                .hasMessage(
                        "chi-tieu.docx: tệp có đuôi .docx nhưng thực chất là bảng tính Excel (.xlsx), chưa được hỗ trợ; "
                                + "hãy chép nội dung sang .docx");
        assertThatThrownBy(() -> reader.read("cu.doc", ole2("WordDocument")))
                .hasMessage(
                        "cu.doc: tệp Word 97-2003 (.doc), chưa được hỗ trợ; hãy mở bằng Word, lưu thành .docx rồi nhập lại");
        assertThatThrownBy(() -> reader.read("mat.docx", ole2("EncryptedPackage")))
                .hasMessage("mat.docx: tệp Office (DOCX) có mật khẩu; hãy gỡ mật khẩu rồi nhập lại");
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
        assertThatThrownBy(() -> reader.read("bo.tar.gz", gzip))
                .hasMessage("bo.tar.gz: tệp nén gzip; hãy giải nén rồi nhập từng tệp");
    }

    @Test
    void aZipWithoutTheOfficePartsIsRefusedWithoutNamingAJavaClass() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> reader.read("thieu-phan.docx", out.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("thieu-phan.docx: DOCX bị hỏng")
                .satisfies(e ->
                        assertThat(e.getMessage()).doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b|org\\.apache"));
    }

    @Test
    void aLibrarysMessageLosesItsJavaClassNames() {
        assertThat(
                        Diagnostics.firstLine(
                                new IllegalStateException(
                                        "org.apache.poi.openxml4j.exceptions.InvalidFormatException: Package should contain a content type part [M1.13]")))
                .isEqualTo("Package should contain a content type part [M1.13]");
        assertThat(Diagnostics.firstLine(
                        new RuntimeException("XmlException: unexpected end\n\tat org.x.Y.z(Y.java:1)")))
                .isEqualTo("unexpected end");
    }

    @Test
    void docxWithBrokenXmlIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in =
                        new java.util.zip.ZipInputStream(new ByteArrayInputStream(TestDocuments.docx("x")));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(
                            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                                    .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> reader.read("hong.docx", out.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("hong.docx: DOCX bị hỏng");
    }

    /**
     * Choice for huge files: refuse above 100 MB before reading a byte (memory stays bounded), with
     * a message that says what to do. The file here is sparse: it takes no disk space.
     */
    @Test
    void fileAboveTheSizeLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("lon.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DocumentReader.DEFAULT_MAX_FILE_BYTES + 1024 * 1024);
        }
        long before = System.nanoTime();
        assertThatThrownBy(() -> reader.read(huge))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("lon.txt: tệp quá lớn (101.0 MB, giới hạn 100 MB); hãy tách tệp rồi nhập lại");
        assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L); // refused, not read
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> reader.read(dir.resolve("khong-co.txt")))
                .hasMessage("khong-co.txt: không tìm thấy tệp");
        Files.createDirectory(dir.resolve("thu-muc"));
        assertThatThrownBy(() -> reader.read(dir.resolve("thu-muc"))).hasMessage("thu-muc: là thư mục, không phải tệp");
    }

    @Test
    void fileOnDiskReadsLikeItsBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tb.txt");
        Files.writeString(file, "Thông báo số 5\n");
        assertThat(reader.read(file).text()).isEqualTo("Thông báo số 5\n");
    }

    /** Whatever the bytes, the reader returns NFC text or says why not: no other exception escapes. */
    @Property(tries = 300)
    void anyBytesGiveTextOrAClearRefusal(@ForAll @Size(max = 2000) byte[] bytes) {
        checkNeverCrashes("x.bin", bytes);
    }

    /** Damaged real files: a valid DOCX, PDF and HTML with bytes overwritten at random. */
    @Property(tries = 60)
    void damagedFilesGiveTextOrAClearRefusal(@ForAll long seed) {
        Random random = new Random(seed);
        byte[][] originals = {
            TestDocuments.docx("Kế hoạch\nNgày\tNội dung\n04\tHọp"),
            PdfReadingTest.pdfWithRawTextUnchecked("Helvetica", "Ke hoach so 12".getBytes(StandardCharsets.US_ASCII)),
            TestDocuments.html("Số: 5/TB\nNơi nhận:", false).getBytes(StandardCharsets.UTF_8)
        };
        byte[] file = originals[random.nextInt(originals.length)].clone();
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            file[random.nextInt(file.length)] = (byte) random.nextInt(256);
        }
        checkNeverCrashes("hong.docx", file);
    }

    private void checkNeverCrashes(String name, byte[] bytes) {
        try {
            ReadResult result = reader.read(name, bytes);
            assertThat(Normalizer.isNormalized(result.text(), Normalizer.Form.NFC))
                    .isTrue();
            assertThat(result.text()).doesNotContain("\r");
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
        }
    }

    private static byte[] ole2(String entry) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
