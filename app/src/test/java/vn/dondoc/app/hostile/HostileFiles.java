package vn.dondoc.app.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The hostile files of the corpus, made here from a seed (nothing large is checked in): each is a
 * file name and its bytes, uploaded as one import.
 */
final class HostileFiles {
    record HostileFile(String name, byte[] bytes, String why) {}

    /** Plain Vietnamese text a real document could hold; hostile parts are put around it. */
    static final String TEXT = """
            ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
            Số: 12/KH-UBND
            Hà Tĩnh, ngày 05 tháng 3 năm 2024
            KẾ HOẠCH
            Triển khai công tác chuyển đổi số năm 2024
            1. Văn phòng Sở chủ trì rà soát hồ sơ, hoàn thành trước ngày 30/6/2024.
            """;

    private HostileFiles() {}

    static List<HostileFile> all() {
        List<HostileFile> out = new ArrayList<>();
        Random random = new Random(20240305L);
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        out.add(new HostileFile("rong.txt", new byte[0], "empty file"));
        out.add(new HostileFile("mot-byte.txt", new byte[] {'a'}, "one byte"));
        out.add(new HostileFile("mot-byte-ff.txt", new byte[] {(byte) 0xFF}, "one invalid byte"));
        out.add(new HostileFile(
                "xuong-dong.txt", "\n\n\r\n   \t\n".getBytes(StandardCharsets.US_ASCII), "only white space"));
        for (int size : new int[] {16, 4096, 1 << 20}) {
            for (String ext : new String[] {"txt", "docx", "pdf", "html", "doc", "xlsx"}) {
                byte[] b = new byte[size];
                random.nextBytes(b);
                out.add(new HostileFile(
                        "ngau-nhien-" + size + "." + ext, b, "random binary " + size + " B as ." + ext));
            }
        }
        out.add(new HostileFile("mot-dong-20mb.txt", oneLine(20 << 20), "a 20 MB single line"));
        // invalid UTF-8 in the middle of Vietnamese text
        byte[][] invalid = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0x80, (byte) 0x80},
            {(byte) 0xE1, (byte) 0xBA},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFE, (byte) 0xFF, (byte) 0xFE}
        };
        for (int i = 0; i < invalid.length; i++) {
            out.add(new HostileFile("utf8-hong-" + i + ".txt", concat(text, invalid[i], text), "invalid UTF-8 #" + i));
        }
        out.add(new HostileFile("nul-xen-ke.txt", interleave(text, (byte) 0), "NUL after every byte"));
        out.add(new HostileFile("toan-nul.txt", new byte[4096], "4 KB of NUL"));
        out.add(new HostileFile("nul-giua.txt", concat(text, new byte[] {0, 0, 0}, text), "NUL bytes in the text"));
        out.add(new HostileFile(
                "utf16-khong-bom.txt", TEXT.getBytes(StandardCharsets.UTF_16LE), "UTF-16 without a BOM"));
        // markup
        out.add(new HostileFile("sau-10000.html", deepHtml(10_000, true), "10,000-deep HTML"));
        out.add(new HostileFile("sau-10000-khong-dong.html", deepHtml(10_000, false), "10,000-deep unclosed HTML"));
        out.add(new HostileFile("sau-100000.html", deepHtml(100_000, false), "100,000-deep unclosed HTML"));
        out.add(new HostileFile(
                "script.html",
                ("<html><body><script>alert('dondoc')</script><p>" + TEXT
                                + "</p><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">bấm</a></body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                "HTML with script, onerror and javascript: links"));
        out.add(new HostileFile(
                "xml-bom.html",
                ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><html><body>&lol3;"
                                + TEXT + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                "entity expansion in HTML"));
        // DOCX: bombs, entity expansion, truncation, lies
        out.add(new HostileFile("bom-300mb.docx", docx(300 << 20, false), "DOCX whose document.xml expands to 300 MB"));
        out.add(new HostileFile("bom-mot-nut.docx", docx(100 << 20, true), "DOCX with one 100 MB text node"));
        out.add(new HostileFile(
                "bom-thuc-the.docx",
                zip(
                        "word/document.xml",
                        ("<?xml version=\"1.0\"?><!DOCTYPE d ["
                                        + "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&d;&d;&d;"
                                        + "</w:t></w:r></w:p></w:body></w:document>")
                                .getBytes(StandardCharsets.UTF_8)),
                "DOCX with entity expansion"));
        out.add(new HostileFile(
                "long-nhau.docx", zip("word/document.xml", docx(1 << 20, false)), "a zip inside a zip"));
        out.add(new HostileFile("chi-zip.docx", zip("readme.txt", text), "a zip that is no DOCX"));
        byte[] goodDocx = realDocx();
        for (int pct : new int[] {1, 10, 50, 90, 99}) {
            out.add(new HostileFile(
                    "cat-" + pct + ".docx",
                    Arrays.copyOf(goodDocx, goodDocx.length * pct / 100),
                    "DOCX truncated at " + pct + "%"));
        }
        byte[] goodPdf = realPdf();
        for (int pct : new int[] {1, 10, 50, 90, 99}) {
            out.add(new HostileFile(
                    "cat-" + pct + ".pdf",
                    Arrays.copyOf(goodPdf, goodPdf.length * pct / 100),
                    "PDF truncated at " + pct + "%"));
        }
        out.add(new HostileFile(
                "chi-dau.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a PDF header and nothing"));
        out.add(new HostileFile(
                "pdf-la-html.pdf",
                "<html><body>Không phải PDF</body></html>".getBytes(StandardCharsets.UTF_8),
                "HTML named .pdf"));
        out.add(new HostileFile("docx-la-van-ban.docx", text, "text named .docx"));
        out.add(new HostileFile("txt-la-pdf.txt", goodPdf, "a PDF named .txt"));
        out.add(new HostileFile("khong-duoi", text, "no extension"));
        out.add(new HostileFile(
                "script-trong-van-ban.txt",
                (TEXT + "<script>alert('dondoc')</script>\n" + "\"><img src=x onerror=alert(1)>\njavascript:alert(3)\n")
                        .getBytes(StandardCharsets.UTF_8),
                "script, onerror and javascript: in document text"));
        // file names
        String[] names = {
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "/etc/shadow",
            "C:\\boot.ini",
            "a\u0000b.txt",
            "xuong\r\ndong.txt",
            "tab\tten.txt",
            "\u001b[31mdo.txt",
            "\u202Etxt.exe",
            "<script>alert(1)</script>.txt",
            "\"><img src=x onerror=alert(1)>.txt",
            "javascript:alert(1).txt",
            "'; DROP TABLE documents; --.txt",
            "x".repeat(2000) + ".txt",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            ".",
            "..",
            " ",
            "CON.txt",
            "tên có dấu cách .txt"
        };
        for (int i = 0; i < names.length; i++) {
            out.add(new HostileFile(
                    names[i],
                    (TEXT + "Tên tệp lạ số " + i + "\n").getBytes(StandardCharsets.UTF_8),
                    "file name #" + i));
        }
        return out;
    }

    private static byte[] oneLine(int size) {
        byte[] unit = "Văn phòng Sở chủ trì rà soát; ".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = unit[i % unit.length];
        }
        // never end in the middle of a multi-byte letter
        int end = size;
        while (end > 0 && (b[end - 1] & 0x80) != 0) {
            end--;
        }
        return Arrays.copyOf(b, end);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] interleave(byte[] b, byte with) {
        byte[] out = new byte[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = b[i];
            out[2 * i + 1] = with;
        }
        return out;
    }

    private static byte[] deepHtml(int depth, boolean closed) {
        StringBuilder s = new StringBuilder("<html><body>");
        s.append("<div>".repeat(depth)).append(TEXT);
        if (closed) {
            s.append("</div>".repeat(depth));
        }
        return s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid zip whose word/document.xml expands to about {@code expanded} bytes. */
    private static byte[] docx(int expanded, boolean oneNode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\""
                                    + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                                    + " Target=\"word/document.xml\"/></Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                    + "<w:body>")
                            .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = (oneNode
                            ? "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                            : "<w:p><w:r><w:t>Rà soát hồ sơ chuyển đổi số của các đơn vị trực thuộc Sở.</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8);
            if (oneNode) {
                zip.write("<w:p><w:r><w:t>".getBytes(StandardCharsets.UTF_8));
            }
            byte[] block = new byte[chunk.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(chunk, 0, block, i * chunk.length, chunk.length);
            }
            for (long n = 0; n < expanded; n += block.length) {
                zip.write(block);
            }
            if (oneNode) {
                zip.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] realDocx() {
        return docx(TEXT);
    }

    /** A real DOCX, one paragraph a line: its text is literal, markup and all. */
    static byte[] docx(String text) {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] realPdf() {
        try (PDDocument d = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage();
                d.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(d, page)) {
                    c.beginText();
                    c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    c.newLineAtOffset(50, 700);
                    c.showText("Ke hoach trien khai chuyen doi so nam 2024, trang " + (p + 1));
                    c.endText();
                }
            }
            d.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart body of {@code size} bytes of file content, made while it is sent: never held in memory. */
    static InputStream streamingUpload(String boundary, String fileName, long size) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] line = "Văn phòng Sở chủ trì rà soát hồ sơ.\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;
            private final long total = head.length + size + tail.length;

            @Override
            public int read() {
                if (pos >= total) {
                    return -1;
                }
                long p = pos++;
                if (p < head.length) {
                    return head[(int) p] & 0xFF;
                }
                p -= head.length;
                if (p < size) {
                    return line[(int) (p % line.length)] & 0xFF;
                }
                return tail[(int) (p - size)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < total) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
    }
}
