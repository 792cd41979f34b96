package vn.dondoc.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.textcore.format.VietnameseNumbers;

/**
 * A review report drafted as DOCX in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, Times New Roman 13–14,
 * margins 20–25 / 30–35 / 15–20 mm; the issuing body and the national motto side by side; number, date and signer
 * left blank for the clerk. Body: tasks per bucket per unit and per program, targets, the overdue list.
 */
final class ReviewReport {
    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A target line: plan, actual and percent of plan of one indicator in the period. */
    record TargetLine(String indicator, Double planned, double actual, String unit, Double percentOfPlan, String period) {
    }

    private final Messages m;

    ReviewReport(Messages messages) {
        this.m = messages;
    }

    byte[] write(String issuer, String parentIssuer, LocalDate from, LocalDate to, String scopeName, Dashboard d,
                 List<TargetLine> targets) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, issuer, parentIssuer);
            XWPFParagraph kind = para(doc, ParagraphAlignment.CENTER, 240, 0);
            run(kind, m.get("report.kind"), 14, true, false);
            XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 0, 240);
            run(title, m.get("report.subject", from.format(DAY), to.format(DAY))
                    + (scopeName == null ? "" : " — " + scopeName), 14, true, false);

            section(doc, m.get("report.section.tasks"));
            body(doc, m.get("report.tasks.summary", d.completion().total(), d.totals().get(TaskBucket.DONE_ON_TIME),
                    d.totals().get(TaskBucket.DONE_LATE), d.totals().get(TaskBucket.OPEN_IN_TIME),
                    d.totals().get(TaskBucket.OPEN_OVERDUE), d.completion().text()));
            subsection(doc, m.get("report.tasks.perUnit"));
            bucketTable(doc, m.get("report.col.unit"), d.units(), m.get("dashboard.noUnit"));
            subsection(doc, m.get("report.tasks.perProgram"));
            bucketTable(doc, m.get("report.col.program"), d.programs(), m.get("dashboard.noProgram"));

            section(doc, m.get("report.section.targets"));
            if (targets.isEmpty()) {
                body(doc, m.get("report.none"));
            } else {
                targetTable(doc, targets);
            }

            section(doc, m.get("report.section.overdue"));
            if (d.overdue().isEmpty()) {
                body(doc, m.get("report.none"));
            }
            int i = 1;
            for (TaskLine t : d.overdue()) {
                body(doc, i++ + ". " + t.text() + " (" + m.get("report.overdue.line", t.deadline().format(DAY),
                        t.leadUnits() == null ? m.get("dashboard.noUnit") : t.leadUnits()) + ")");
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
        mar.setTop(java.math.BigInteger.valueOf(1134));    // 20 mm
        mar.setBottom(java.math.BigInteger.valueOf(1134)); // 20 mm
        mar.setLeft(java.math.BigInteger.valueOf(1701));   // 30 mm
        mar.setRight(java.math.BigInteger.valueOf(850));   // 15 mm
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
        run(l1, parentIssuer == null ? "" : parentIssuer.toUpperCase(Locale.ROOT), 13, false, false);
        XWPFParagraph l2 = left.addParagraph();
        l2.setAlignment(ParagraphAlignment.CENTER);
        run(l2, issuer.toUpperCase(Locale.ROOT), 13, true, false);
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

    private void bucketTable(XWPFDocument doc, String first, List<Dashboard.Row> rows, String unnamed) {
        XWPFTable t = doc.createTable(rows.size() + 1, 7);
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        String[] head = {m.get("report.col.no"), first, m.get("bucket.DONE_ON_TIME"), m.get("bucket.DONE_LATE"),
                m.get("bucket.OPEN_IN_TIME"), m.get("bucket.OPEN_OVERDUE"), m.get("dashboard.completion")};
        for (int c = 0; c < head.length; c++) {
            cell(t.getRow(0).getCell(c), head[c], true);
        }
        for (int r = 0; r < rows.size(); r++) {
            Dashboard.Row row = rows.get(r);
            var tr = t.getRow(r + 1);
            cell(tr.getCell(0), String.valueOf(r + 1), false);
            cell(tr.getCell(1), row.name() == null ? unnamed : row.name(), false);
            cell(tr.getCell(2), String.valueOf(row.buckets().get(TaskBucket.DONE_ON_TIME)), false);
            cell(tr.getCell(3), String.valueOf(row.buckets().get(TaskBucket.DONE_LATE)), false);
            cell(tr.getCell(4), String.valueOf(row.buckets().get(TaskBucket.OPEN_IN_TIME)), false);
            cell(tr.getCell(5), String.valueOf(row.buckets().get(TaskBucket.OPEN_OVERDUE)), false);
            cell(tr.getCell(6), row.completion().text(), false);
        }
        doc.createParagraph();
    }

    private void targetTable(XWPFDocument doc, List<TargetLine> targets) {
        XWPFTable t = doc.createTable(targets.size() + 1, 6);
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
        t.setWidth("100%");
        String[] head = {m.get("report.col.no"), m.get("target.indicator"), m.get("dashboard.planned"),
                m.get("result.actual"), m.get("result.percent"), m.get("dashboard.period")};
        for (int c = 0; c < head.length; c++) {
            cell(t.getRow(0).getCell(c), head[c], true);
        }
        for (int r = 0; r < targets.size(); r++) {
            TargetLine l = targets.get(r);
            var tr = t.getRow(r + 1);
            String unit = l.unit() == null ? "" : " " + l.unit();
            cell(tr.getCell(0), String.valueOf(r + 1), false);
            cell(tr.getCell(1), l.indicator(), false);
            cell(tr.getCell(2), l.planned() == null ? "" : VietnameseNumbers.format(l.planned()) + unit, false);
            cell(tr.getCell(3), VietnameseNumbers.format(l.actual()) + unit, false);
            cell(tr.getCell(4), l.percentOfPlan() == null ? "" : VietnameseNumbers.format(
                    Math.round(l.percentOfPlan() * 100) / 100.0) + "%", false);
            cell(tr.getCell(5), l.period() == null ? "" : l.period(), false);
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
