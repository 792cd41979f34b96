package vn.dondoc.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;

/** Builds DOCX, PDF and HTML versions of a text, the way agencies' files look, for tests. */
final class TestDocuments {
    /** A TrueType font with Vietnamese glyphs that Debian ships (fonts-dejavu-core). */
    static final Path VIETNAMESE_TTF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TestDocuments() {}

    static String sample(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sampleNames() {
        return List.of(
                "000_5ea996cf96f5afad.txt",
                "001_b0635ad2fd7fc13e.txt",
                "002_8deb47e15be85dfe.txt",
                "003_766ce2cd7030902b.txt",
                "004_6ca690690e5ae460.txt");
    }

    /** Lines holding a TAB become rows of one table (cells split at TABs); others become paragraphs. */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("ĐẦU TRANG KHÔNG ĐƯỢC ĐỌC");
            doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("Chân trang không được đọc");
            XWPFTable table = null;
            for (String line : text.split("\n", -1)) {
                if (line.contains("\t")) {
                    String[] cells = line.split("\t", -1);
                    XWPFTableRow row;
                    if (table == null) {
                        table = doc.createTable(1, cells.length);
                        row = table.getRow(0);
                    } else {
                        row = table.createRow();
                    }
                    for (int i = 0; i < cells.length; i++) {
                        XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
                        cell.getParagraphs().get(0).createRun().setText(cells[i]);
                    }
                } else {
                    table = null;
                    XWPFParagraph p = doc.createParagraph();
                    if (!line.isEmpty()) {
                        p.createRun().setText(line);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text set in DejaVu Sans, wrapped to the page width, over as many A4 pages as needed. */
    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(doc, VIETNAMESE_TTF.toFile());
            float size = 10;
            float leading = 13;
            float margin = 50;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            for (String line : text.replace('\t', ' ').replace('\u00A0', ' ').split("\n")) {
                StringBuilder current = new StringBuilder();
                for (String word : line.trim().split(" +")) {
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size > width && current.length() > 0) {
                        lines.add(current.toString());
                        current = new StringBuilder(word);
                    } else {
                        current = new StringBuilder(candidate);
                    }
                }
                lines.add(current.toString());
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / leading);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        if (!line.isEmpty()) {
                            cs.showText(line);
                        }
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As a word processor prints it to PDF: lines holding a TAB become rows of one bordered table whose
     * cells wrap their text inside the column (cells split at TABs); other lines are paragraphs.
     */
    static byte[] pdfWithTables(String text) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(doc, VIETNAMESE_TTF.toFile());
            float size = 9;
            float leading = 11;
            float pad = 3;
            float margin = 40;
            float pageWidth = PDRectangle.A4.getWidth() - 2 * margin;
            float bottom = margin;
            PdfPager pager = new PdfPager(doc, margin);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].contains("\t")) {
                    for (String l : wrap(font, size, lines[i], pageWidth)) {
                        pager.ensure(leading, bottom);
                        pager.text(font, size, margin, l, leading);
                    }
                    continue;
                }
                List<String[]> rows = new ArrayList<>();
                int columns = 0;
                while (i < lines.length && lines[i].contains("\t")) {
                    String[] cells = lines[i].split("\t", -1);
                    rows.add(cells);
                    columns = Math.max(columns, cells.length);
                    i++;
                }
                i--;
                float[] widths = columnWidths(rows, columns, pageWidth);
                for (String[] cells : rows) {
                    List<List<String>> wrapped = new ArrayList<>();
                    int height = 1;
                    for (int c = 0; c < columns; c++) {
                        List<String> w = wrap(font, size, c < cells.length ? cells[c] : "", widths[c] - 2 * pad);
                        wrapped.add(w);
                        height = Math.max(height, w.size());
                    }
                    float rowHeight = height * leading + 2 * pad;
                    pager.ensure(rowHeight, bottom);
                    float x = margin;
                    float top = pager.y;
                    for (int c = 0; c < columns; c++) {
                        pager.stream.addRect(x, top - rowHeight, widths[c], rowHeight);
                        pager.stream.stroke();
                        float y = top - pad - size;
                        for (String l : wrapped.get(c)) {
                            if (!l.isEmpty()) {
                                pager.stream.beginText();
                                pager.stream.setFont(font, size);
                                pager.stream.newLineAtOffset(x + pad, y);
                                pager.stream.showText(l);
                                pager.stream.endText();
                            }
                            y -= leading;
                        }
                        x += widths[c];
                    }
                    pager.y -= rowHeight;
                }
            }
            pager.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns as wide as their longest text asks, within the page, none narrower than 50 pt. */
    private static float[] columnWidths(List<String[]> rows, int columns, float total) {
        float[] want = new float[columns];
        float sum = 0;
        for (int c = 0; c < columns; c++) {
            int longest = 4;
            for (String[] r : rows) {
                if (c < r.length) {
                    longest = Math.max(longest, Math.min(r[c].length(), 120));
                }
            }
            want[c] = longest;
            sum += longest;
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(50, total * want[c] / sum);
        }
        float scale = total
                / java.util.stream.IntStream.range(0, columns)
                        .mapToObj(c -> widths[c])
                        .reduce(0f, Float::sum);
        for (int c = 0; c < columns; c++) {
            widths[c] *= scale;
        }
        return widths;
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.replace('\u00A0', ' ').trim().split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Pages of A4 filled top to bottom. */
    private static final class PdfPager {
        private final PDDocument doc;
        private final float margin;
        PDPageContentStream stream;
        float y;

        PdfPager(PDDocument doc, float margin) throws IOException {
            this.doc = doc;
            this.margin = margin;
            newPage();
        }

        void ensure(float height, float bottom) throws IOException {
            if (y - height < bottom) {
                newPage();
            }
        }

        void text(PDFont font, float size, float x, String line, float leading) throws IOException {
            if (!line.isEmpty()) {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, y - size);
                stream.showText(line);
                stream.endText();
            }
            y -= leading;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - margin;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    /** A PDF whose only page is a picture of text: what a scanner makes. */
    static byte[] scannedPdf(int pages) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                addImagePage(doc);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void addImagePage(PDDocument doc) throws IOException {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.drawString("QUYET DINH", 20, 40);
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 50, 400, 400, 200);
        }
    }

    /**
     * A web page around the text: scripts, styles, a menu, a login box, a sidebar of links and a
     * footer, the way provincial portals look. Lines with TABs become table rows.
     */
    static String html(String text, boolean withSiteChrome) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Văn bản</title>")
                .append(
                        "<style>body{font-family:Arial}</style><script>var x = '<p>Không phải chữ</p>';</script></head><body>\n");
        if (withSiteChrome) {
            h.append("<div id=\"header\"><img src=\"logo.png\"><h1>CỔNG THÔNG TIN ĐIỆN TỬ SỞ LAO ĐỘNG</h1></div>\n")
                    .append(
                            "<nav class=\"mainmenu\"><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gt\">Giới thiệu</a></li>")
                    .append("<li><a href=\"/vb\">Văn bản chỉ đạo điều hành</a></li></ul></nav>\n")
                    .append(
                            "<div class=\"box-login\"><b>Bạn Chưa Đăng Nhập Thành Viên!</b><br>Tên đăng nhập <input name=u>")
                    .append(" Mật khẩu <input type=password><button>Đăng nhập</button></div>\n")
                    .append("<table class=\"layout\"><tr><td class=\"left-col\">")
                    .append("<div class=\"sidebar\"><h3>Tin mới</h3><ul>")
                    .append("<li><a href=\"/a\">Hội nghị triển khai nhiệm vụ năm 2021</a></li>")
                    .append("<li><a href=\"/b\">Kế hoạch số 12/KH-SLĐTBXH ngày 3/2/2021</a></li></ul></div></td>\n")
                    .append("<td class=\"content\"><div id=\"ctl00_ContentPlaceHolder1_divContent\">\n");
        }
        boolean inTable = false;
        for (String line : text.split("\n", -1)) {
            if (line.contains("\t")) {
                if (!inTable) {
                    h.append("<table border=\"1\">\n");
                    inTable = true;
                }
                h.append("<tr>");
                for (String cell : line.split("\t", -1)) {
                    h.append("<td><p>").append(Entities.escape(cell)).append("</p></td>");
                }
                h.append("</tr>\n");
            } else {
                if (inTable) {
                    h.append("</table>\n");
                    inTable = false;
                }
                if (!line.isBlank()) {
                    h.append("<p style=\"text-align:justify\">  ")
                            .append(Entities.escape(line))
                            .append("\n</p>\n");
                }
            }
        }
        if (inTable) {
            h.append("</table>\n");
        }
        if (withSiteChrome) {
            h.append("</div></td></tr></table>\n")
                    .append(
                            "<div class=\"footer\">Bản quyền thuộc Sở Lao động - Thương binh và Xã hội. Địa chỉ: 14 Nguyễn Chí Thanh</div>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    static boolean vietnameseFontAvailable() {
        return Files.isReadable(VIETNAMESE_TTF);
    }
}
