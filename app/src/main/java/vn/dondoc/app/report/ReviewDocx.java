package vn.dondoc.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.dondoc.app.web.Messages;

/**
 * A review drafted as DOCX in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, Times New Roman 13–14,
 * margins 20–25 / 30–35 / 15–20 mm; the issuing body and the national motto side by side; number, date and signer
 * left blank for the clerk. The content is the {@link ReviewDraft}; this class only lays it out.
 */
final class ReviewDocx {
    private static final String FONT = "Times New Roman";

    private final Messages m;

    ReviewDocx(Messages messages) {
        this.m = messages;
    }

    byte[] write(ReviewDraft r) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, r.issuer(), r.parentIssuer());
            XWPFParagraph kind = para(doc, ParagraphAlignment.CENTER, 240, 0);
            run(kind, r.kind(), 14, true, false);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 0, 240);
            run(title, r.subject(), 14, true, false);

            section(doc, m.get("report.section.tasks"));
            body(doc, r.summary());
            subsection(doc, m.get("report.tasks.perUnit"));
            table(doc, r.perUnit());
            subsection(doc, m.get("report.tasks.perProgram"));
            table(doc, r.perProgram());

            section(doc, m.get("report.section.targets"));
            if (r.targets().rows().isEmpty()) {
                body(doc, m.get("report.none"));
            } else {
                table(doc, r.targets());
            }

            section(doc, m.get("report.section.overdue"));
            if (r.overdue().isEmpty()) {
                body(doc, m.get("report.none"));
            }
            for (String line : r.overdue()) {
                body(doc, line);
            }

            section(doc, m.get("report.section.next"));
            body(doc, m.get("report.placeholder"));
            signature(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(11906)); // A4, twentieths of a point
        size.setH(java.math.BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(java.math.BigInteger.valueOf(1134)); // 20 mm
        mar.setBottom(java.math.BigInteger.valueOf(1134)); // 20 mm
        mar.setLeft(java.math.BigInteger.valueOf(1701)); // 30 mm
        mar.setRight(java.math.BigInteger.valueOf(850)); // 15 mm
    }

    /** Issuing body (left) and national motto (right), number and place-date lines left for the clerk. */
    private void heading(XWPFDocument doc, String issuer, String parentIssuer) {
        XWPFTable t = doc.createTable(1, 2);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.removeBorders();
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFParagraph l1 = left.getParagraphs().get(0);
        l1.setAlignment(ParagraphAlignment.CENTER);
        run(l1, parentIssuer, 13, false, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        run(l2, issuer, 13, true, false);
        XWPFParagraph l3 = left.addParagraph();
        l3.setAlignment(ParagraphAlignment.CENTER);
        run(l3, m.get("report.number"), 13, false, false);
        XWPFParagraph r1 = right.getParagraphs().get(0);
        r1.setAlignment(ParagraphAlignment.CENTER);
        run(r1, m.get("report.nation"), 13, true, false);
        XWPFParagraph r2 = right.addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        run(r2, m.get("report.motto"), 14, true, false);
        XWPFParagraph r3 = right.addParagraph();
        r3.setAlignment(ParagraphAlignment.CENTER);
        run(r3, m.get("report.placeDate"), 14, false, true);
    }

    private static void table(XWPFDocument doc, ReviewDraft.Table table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.head().size());
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        for (int c = 0; c < table.head().size(); c++) {
            cell(t.getRow(0).getCell(c), table.head().get(c), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(t.getRow(r + 1).getCell(c), row.get(c), false);
            }
        }
        doc.createParagraph();
    }

    private void signature(XWPFDocument doc) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        XWPFParagraph l = t.getRow(0).getCell(0).getParagraphs().get(0);
        run(l, m.get("report.recipients"), 12, true, true);
        XWPFParagraph l2 = t.getRow(0).getCell(0).addParagraph();
        run(l2, m.get("report.recipientsPlaceholder"), 11, false, false);
        XWPFParagraph r = t.getRow(0).getCell(1).getParagraphs().get(0);
        r.setAlignment(ParagraphAlignment.CENTER);
        run(r, m.get("report.signerTitle"), 14, true, false);
        XWPFParagraph r2 = t.getRow(0).getCell(1).addParagraph();
        r2.setAlignment(ParagraphAlignment.CENTER);
        r2.setSpacingBefore(1200);
        run(r2, m.get("report.signerName"), 14, true, false);
    }

    private static void cell(XWPFTableCell c, String text, boolean bold) {
        XWPFParagraph p = c.getParagraphs().get(0);
        run(p, text, 12, bold, false);
        c.getCTTc().addNewTcPr().addNewTcW().setType(STTblWidth.AUTO);
    }

    private void section(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 180, 60);
        run(p, text, 14, true, false);
    }

    private void subsection(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 120, 60);
        run(p, text, 14, true, true);
    }

    private void body(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 60, 60);
        p.setFirstLineIndent(567); // 1 cm
        run(p, text, 14, false, false);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
