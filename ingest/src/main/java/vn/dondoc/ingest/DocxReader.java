package vn.dondoc.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * DOCX body to lines: paragraphs in body order, one line each; a table row is one line with cells
 * separated by TAB and the paragraphs of a cell joined by a space. Headers, footers, footnotes and
 * deleted (tracked) text are left out. Runs in legacy fonts are converted (see {@link FontTaggedText}).
 */
final class DocxReader {

    /** Largest unzipped part POI may inflate; with the 1% minimum inflate ratio this stops zip bombs. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    static {
        // JVM-wide POI settings (POI has no per-document ones). Stricter than POI's defaults only in
        // the entry size; the inflate ratio is POI's default, set explicitly so nobody loosens it unseen.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private DocxReader() {}

    static String read(byte[] bytes, int maxChars, List<Diagnostic> diagnostics) throws Refusal {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            FontTaggedText out = new FontTaggedText(maxChars);
            Fonts fonts = new Fonts(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, fonts, out, false);
                    out.append("\n");
                } else if (element instanceof XWPFTable t) {
                    table(t, fonts, out);
                } else if (element instanceof XWPFSDT sdt) {
                    out.append(sdt.getContent().getText()).append("\n");
                }
            }
            return out.build(TextCleaner.detector(), diagnostics);
        } catch (Refusal r) {
            throw r;
        } catch (IOException
                | POIXMLException
                | IllegalStateException
                | IllegalArgumentException
                | UnsupportedOperationException
                | ClassCastException
                | IndexOutOfBoundsException
                | NullPointerException e) {
            throw new Refusal(
                    isBomb(e)
                            ? "DOCX bị hỏng hoặc là zip bomb (nén bất thường); không đọc"
                            : "DOCX bị hỏng hoặc là zip bomb, không đọc được (" + Diagnostics.firstLine(e) + ")",
                    e);
        }
    }

    private static void table(XWPFTable table, Fonts fonts, FontTaggedText out) throws Refusal {
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append("\t");
                }
                cell(cells.get(i), fonts, out);
            }
            out.append("\n");
        }
    }

    /** One cell on one line: its paragraphs (and nested tables) joined by single spaces. */
    private static void cell(XWPFTableCell cell, Fonts fonts, FontTaggedText out) throws Refusal {
        boolean first = true;
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                if (p.getText().isBlank()) {
                    continue;
                }
                if (!first) {
                    out.append(" ");
                }
                paragraph(p, fonts, out, true);
                first = false;
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell inner : row.getTableCells()) {
                        if (inner.getText().isBlank()) {
                            continue;
                        }
                        if (!first) {
                            out.append(" ");
                        }
                        cell(inner, fonts, out);
                        first = false;
                    }
                }
            }
        }
    }

    private static void paragraph(XWPFParagraph p, Fonts fonts, FontTaggedText out, boolean inCell) throws Refusal {
        String paragraphFont = fonts.ofParagraphStyle(p.getStyleID());
        for (IRunElement element : p.getIRuns()) {
            if (element instanceof XWPFRun run) {
                String text = runText(run);
                if (inCell) {
                    text = text.replace('\t', ' ').replace('\n', ' ');
                }
                String font = run.getFontFamily();
                if (font == null) {
                    font = fonts.ofCharacterStyle(run.getStyle());
                }
                if (font == null) {
                    font = paragraphFont;
                }
                // Caps apply after any legacy conversion: upper-casing TCVN3 bytes breaks them (µ → Μ).
                out.append(text, font, run.isCapitalized() || run.isSmallCaps());
            } else if (element instanceof XWPFSDT sdt) {
                String text = sdt.getContent().getText();
                out.append(inCell ? text.replace('\t', ' ').replace('\n', ' ') : text);
            }
        }
    }

    /** Visible text of a run: text, tabs and breaks in order; field codes and deleted text left out. */
    static String runText(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor c = run.getCTR().newCursor()) {
            c.selectPath("./*");
            while (c.toNextSelection()) {
                XmlObject o = c.getObject();
                String name = c.getName() == null ? "" : c.getName().getLocalPart();
                switch (name) {
                    case "t" -> text.append(c.getTextValue());
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    default -> {
                        // instrText, delText, drawings, footnote references, ...: not body text
                    }
                }
                if (o == null) {
                    break;
                }
            }
        }
        return text.toString();
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("MAX_ENTRY_SIZE") || m.contains("MIN_INFLATE_RATIO")) {
                return true;
            }
        }
        return false;
    }

    /** Font of a run when the run does not name one: character style, paragraph style chain, document default. */
    private static final class Fonts {
        private final XWPFStyles styles;
        private final String documentDefault;
        private final String defaultParagraphStyle;
        private final Map<String, String> cache = new HashMap<>();

        Fonts(XWPFDocument doc) {
            this.styles = doc.getStyles();
            String fallback = null;
            String defaultStyle = null;
            if (styles != null) {
                try {
                    CTStyles ct = doc.getStyle();
                    if (ct.getDocDefaults() != null && ct.getDocDefaults().getRPrDefault() != null) {
                        fallback = ascii(ct.getDocDefaults().getRPrDefault().getRPr());
                    }
                    for (CTStyle s : ct.getStyleArray()) {
                        if (s.getType() != null
                                && "paragraph".equals(s.getType().toString())
                                && s.getDefault() != null
                                && Set.of("1", "true", "on").contains(String.valueOf(s.getDefault()))) {
                            defaultStyle = s.getStyleId();
                        }
                    }
                } catch (Exception e) {
                    // styles part unreadable: runs without their own font are taken as Unicode
                }
            }
            this.documentDefault = fallback;
            this.defaultParagraphStyle = defaultStyle;
        }

        String ofParagraphStyle(String styleId) {
            return ofStyle(styleId != null ? styleId : defaultParagraphStyle, true);
        }

        String ofCharacterStyle(String styleId) {
            return styleId == null || styleId.isEmpty() ? null : ofStyle(styleId, false);
        }

        private String ofStyle(String styleId, boolean withDefault) {
            String key = styleId + "|" + withDefault;
            if (cache.containsKey(key)) {
                return cache.get(key);
            }
            String font = null;
            Set<String> seen = new HashSet<>();
            String id = styleId;
            while (styles != null && id != null && seen.add(id) && font == null) {
                XWPFStyle style = styles.getStyle(id);
                if (style == null) {
                    break;
                }
                font = ascii(style.getCTStyle().getRPr());
                id = style.getBasisStyleID();
            }
            if (font == null && withDefault) {
                font = documentDefault;
            }
            cache.put(key, font);
            return font;
        }

        private static String ascii(CTRPr rPr) {
            if (rPr == null || rPr.sizeOfRFontsArray() == 0) {
                return null;
            }
            String ascii = rPr.getRFontsArray(0).getAscii();
            return ascii != null ? ascii : rPr.getRFontsArray(0).getHAnsi();
        }
    }
}
