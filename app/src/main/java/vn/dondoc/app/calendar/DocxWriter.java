package vn.dondoc.app.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;

/**
 * The program as a Word file in the layout of Decree 30/2020/NĐ-CP: A4, margins top and bottom
 * 20 mm, left 30 mm, right 15 mm; Times New Roman 13 (14 for the title); agency and national motto
 * side by side; the program table; "Nơi nhận" and the signature block.
 */
@Component
class DocxWriter {
    static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;
    private final Messages messages;

    DocxWriter(Messages messages) {
        this.messages = messages;
    }

    byte[] write(ProgramLayout p) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, p);
            paragraph(doc, ParagraphAlignment.CENTER, true, 14, p.title());
            if (p.subtitle() != null) {
                paragraph(doc, ParagraphAlignment.CENTER, false, 14, p.subtitle());
            }
            programTable(doc, p);
            footer(doc, p);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private void header(XWPFDocument doc, ProgramLayout p) {
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        width(left, 40);
        width(right, 60);
        if (p.superior() != null) {
            cellText(left, ParagraphAlignment.CENTER, false, 13, p.superior().toUpperCase(java.util.Locale.ROOT));
            cellText(left, ParagraphAlignment.CENTER, true, 13, p.agency().toUpperCase(java.util.Locale.ROOT));
        } else {
            cellText(left, ParagraphAlignment.CENTER, true, 13, p.agency().toUpperCase(java.util.Locale.ROOT));
        }
        cellText(right, ParagraphAlignment.CENTER, true, 13, messages.get("export.motto"));
        cellText(right, ParagraphAlignment.CENTER, true, 14, messages.get("export.motto2"));
        XWPFParagraph date = cellText(right, ParagraphAlignment.CENTER, false, 14, p.dateLine());
        date.getRuns().get(0).setItalic(true);
    }

    private void programTable(XWPFDocument doc, ProgramLayout p) {
        XWPFTable t = doc.createTable(1 + p.rows().size(), 4);
        t.setWidth("100%");
        int[] widths = {10, 50, 20, 20};
        String[] heads = {
            messages.get("export.col.day"),
            messages.get("export.col.content"),
            messages.get("export.col.preparing"),
            messages.get("export.col.chairs")
        };
        for (int c = 0; c < 4; c++) {
            XWPFTableCell cell = t.getRow(0).getCell(c);
            width(cell, widths[c]);
            cellText(cell, ParagraphAlignment.CENTER, true, 13, heads[c]);
        }
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < p.rows().size(); r++) {
            ProgramLayout.Row row = p.rows().get(r);
            XWPFTableRow tr = t.getRow(r + 1);
            String[] cells = {row.day(), row.content(), row.preparing(), row.chairs()};
            for (int c = 0; c < 4; c++) {
                width(tr.getCell(c), widths[c]);
                cellText(
                        tr.getCell(c),
                        c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT,
                        false,
                        13,
                        cells[c]);
            }
            if (!row.participants().isEmpty()) {
                cellText(tr.getCell(1), ParagraphAlignment.LEFT, false, 13, row.participants());
            }
        }
    }

    private void footer(XWPFDocument doc, ProgramLayout p) {
        paragraph(doc, ParagraphAlignment.LEFT, false, 13, "");
        XWPFTable t = doc.createTable(1, 2);
        noBorders(t);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        width(left, 50);
        width(right, 50);
        XWPFParagraph head = cellText(left, ParagraphAlignment.LEFT, true, 12, messages.get("export.recipients"));
        head.getRuns().get(0).setItalic(true);
        for (String r : p.recipients()) {
            cellText(left, ParagraphAlignment.LEFT, false, 11, r);
        }
        cellText(right, ParagraphAlignment.CENTER, true, 14, p.signerTitle());
    }

    private static void paragraph(XWPFDocument doc, ParagraphAlignment align, boolean bold, int size, String text) {
        XWPFParagraph para = doc.createParagraph();
        para.setAlignment(align);
        run(para, bold, size, text);
    }

    /** Adds a paragraph to a cell (the first, empty one is reused). */
    private static XWPFParagraph cellText(
            XWPFTableCell cell, ParagraphAlignment align, boolean bold, int size, String text) {
        List<XWPFParagraph> paras = cell.getParagraphs();
        XWPFParagraph para = paras.size() == 1 && paras.get(0).getRuns().isEmpty() ? paras.get(0) : cell.addParagraph();
        para.setAlignment(align);
        para.setSpacingAfter(0);
        run(para, bold, size, text);
        return para;
    }

    private static void run(XWPFParagraph para, boolean bold, int size, String text) {
        XWPFRun run = para.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void width(XWPFTableCell cell, int percent) {
        cell.setWidthType(TableWidthType.PCT);
        cell.setWidth(percent + "%");
    }

    private static void noBorders(XWPFTable t) {
        t.setWidth("100%");
        t.removeBorders();
    }
}
