package vn.dondoc.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.dondoc.ingest.encoding.LegacyEncoding;
import vn.dondoc.ingest.encoding.LegacyEncodingDetector;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * PDF text layer, page by page, sorted by position. Glyphs in legacy fonts (".VnTime", "VNI-Times")
 * come out as Latin-1 mojibake and are converted per font. A page with images and (almost) no text
 * is a scan: the whole file is refused when no page has text, otherwise a diagnostic lists the pages.
 */
final class PdfReader {
    /** Fewer non-blank characters than this on a page with images: a scanned page. */
    static final int SCANNED_PAGE_MAX_CHARS = 20;

    private PdfReader() {}

    static String read(byte[] bytes, int maxChars, List<Diagnostic> diagnostics) throws Refusal {
        // The empty user password first: many PDFs are only permission-locked and open without one.
        try (PDDocument doc = Loader.loadPDF(bytes, "")) {
            if (doc.isEncrypted()) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.PDF_PERMISSIONS_IGNORED,
                        "PDF có khóa quyền (không cần mật khẩu để mở); đã đọc phần chữ để xử lý nội bộ");
            }
            LegacyAwareStripper stripper = new LegacyAwareStripper();
            stripper.setSortByPosition(true);
            StringBuilder text = new StringBuilder();
            List<Integer> scanned = new ArrayList<>();
            int pagesWithText = 0;
            int pageCount = doc.getNumberOfPages();
            for (int page = 1; page <= pageCount; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String t = pageText(doc, page, stripper);
                int visible = countVisible(t);
                if (visible < SCANNED_PAGE_MAX_CHARS
                        && hasImages(doc.getPage(page - 1).getResources(), 0)) {
                    scanned.add(page);
                }
                if (visible > 0) {
                    pagesWithText++;
                }
                text.append(t);
                if (!t.endsWith("\n")) {
                    text.append('\n');
                }
                if (text.length() > maxChars) {
                    throw new Refusal("văn bản quá lớn (hơn " + maxChars + " ký tự); hãy tách tệp rồi nhập lại");
                }
            }
            int visible = countVisible(text);
            if (!scanned.isEmpty() && visible < SCANNED_PAGE_MAX_CHARS) {
                throw new Refusal("PDF không có lớp văn bản (bản quét); cần OCR trước khi nhập");
            }
            if (visible == 0) {
                throw new Refusal("PDF không chứa chữ nào");
            }
            if (!scanned.isEmpty()) {
                Diagnostics.add(
                        diagnostics,
                        Diagnostics.PDF_SCANNED_PAGES,
                        "trang " + scanned
                                + " là ảnh quét không có lớp văn bản; nội dung các trang này chưa được đọc (cần OCR)");
            }
            stripper.report(diagnostics);
            return text.toString();
        } catch (InvalidPasswordException e) {
            throw new Refusal("PDF có mật khẩu; hãy gỡ mật khẩu rồi nhập lại", e);
        } catch (IOException | RuntimeException e) {
            throw new Refusal("PDF bị hỏng, không đọc được (" + Diagnostics.firstLine(e) + ")", e);
        }
    }

    /** A page's text: its bordered tables row by row (as DOCX tables read), the rest sorted by position. */
    private static String pageText(PDDocument doc, int page, LegacyAwareStripper stripper) throws IOException {
        PdfRulings rulings = PdfRulings.of(doc.getPage(page - 1));
        if (!rulings.isEmpty()) {
            List<PdfTables.Word> words = new ArrayList<>();
            stripper.captureInto(words);
            try {
                stripper.writeText(doc, new StringWriter());
            } finally {
                stripper.captureInto(null);
            }
            String laidOut = PdfTables.layout(words, rulings);
            if (laidOut != null) {
                return laidOut;
            }
        }
        StringWriter pageText = new StringWriter();
        stripper.writeText(doc, pageText);
        return pageText.toString();
    }

    private static int countVisible(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Converts each word's glyph runs that are in a legacy font, as PDFBox hands them over. */
    private static final class LegacyAwareStripper extends PDFTextStripper {
        private final Map<LegacyEncoding, TreeSet<String>> converted = new TreeMap<>();
        /** Where words go instead of the output while a page is read for its table layout. */
        private List<PdfTables.Word> captured;

        LegacyAwareStripper() {
            super();
        }

        void captureInto(List<PdfTables.Word> words) {
            this.captured = words;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (captured != null && !positions.isEmpty()) {
                captured.add(PdfTables.Word.of(converted(text, positions), positions));
                return;
            }
            super.writeString(converted(text, positions), positions);
        }

        /** The word's text, with glyph runs in a legacy font converted to Unicode. */
        private String converted(String text, List<TextPosition> positions) {
            StringBuilder joined = new StringBuilder();
            boolean anyLegacy = false;
            for (TextPosition p : positions) {
                joined.append(p.getUnicode());
                anyLegacy |= LegacyEncoding.forFontName(fontName(p.getFont())) != null;
            }
            if (!anyLegacy || !joined.toString().equals(text)) {
                // No legacy font, or PDFBox rewrote the word (ligatures, right-to-left): keep its text.
                return text;
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < positions.size()) {
                String font = fontName(positions.get(i).getFont());
                LegacyEncoding encoding = LegacyEncoding.forFontName(font);
                StringBuilder run = new StringBuilder();
                int j = i;
                while (j < positions.size()
                        && LegacyEncoding.forFontName(fontName(positions.get(j).getFont())) == encoding
                        && (encoding == null
                                || font.equals(fontName(positions.get(j).getFont())))) {
                    run.append(encoding == null ? positions.get(j).getUnicode() : legacyChar(positions.get(j)));
                    j++;
                }
                if (encoding != null && run.chars().allMatch(c -> c <= 0xFF)) { // else: Unicode despite the font name
                    String u = LegacyEncodingDetector.convert(run, encoding);
                    out.append(
                            LegacyEncoding.isUpperCaseFont(font)
                                    ? u.toUpperCase(java.util.Locale.forLanguageTag("vi"))
                                    : u);
                    converted.computeIfAbsent(encoding, e -> new TreeSet<>()).add(font);
                } else {
                    out.append(run);
                }
                i = j;
            }
            return out.toString();
        }

        void report(List<Diagnostic> diagnostics) {
            converted.forEach((encoding, fonts) -> Diagnostics.add(
                    diagnostics,
                    Diagnostics.LEGACY_FONT_CONVERTED,
                    "chữ dùng phông " + fonts + " (bảng mã " + encoding + ") đã được chuyển sang Unicode"));
        }

        /**
         * In a simple (8-bit) font the character code is the legacy byte itself; reading it beats the
         * font's Unicode guess, which turns TCVN3's 0xAD (ư) into a hyphen.
         */
        private static String legacyChar(TextPosition p) {
            int[] codes = p.getCharacterCodes();
            if (p.getFont() instanceof PDSimpleFont
                    && codes != null
                    && codes.length == 1
                    && codes[0] >= 0x20
                    && codes[0] <= 0xFF) {
                return String.valueOf((char) codes[0]);
            }
            return p.getUnicode();
        }

        private static String fontName(PDFont font) {
            return font == null ? null : font.getName();
        }
    }
}
