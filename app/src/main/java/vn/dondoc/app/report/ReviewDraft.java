package vn.dondoc.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.textcore.format.VietnameseNumbers;

/**
 * A review's content, figures computed and written out once, in Vietnamese: what the DOCX and the PDF writers both
 * lay out. Each table is its header row and its body rows; cells are the text printed.
 */
record ReviewDraft(
        String parentIssuer,
        String issuer,
        String kind,
        String subject,
        String summary,
        Table perUnit,
        Table perProgram,
        Table targets,
        List<String> overdue) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A target line: plan, actual and percent of plan of one indicator in the period. */
    record TargetLine(
            String indicator, Double planned, double actual, String unit, Double percentOfPlan, String period) {}

    /** A table: its header and its rows, as printed. */
    record Table(List<String> head, List<List<String>> rows) {}

    /**
     * The review of [from, to] from the dashboard of that range as of {@code to}, the tasks overdue as of {@code to}
     * and the period's targets.
     */
    static ReviewDraft of(
            Messages m,
            String issuer,
            String parentIssuer,
            LocalDate from,
            LocalDate to,
            String scopeName,
            Dashboard d,
            List<TaskLine> overdueAsOfTo,
            List<TargetLine> targets) {
        String subject = m.get("report.subject", from.format(DAY), to.format(DAY))
                + (scopeName == null ? "" : " — " + scopeName);
        String summary = m.get(
                "report.tasks.summary",
                d.completion().total(),
                d.totals().get(TaskBucket.DONE_ON_TIME),
                d.totals().get(TaskBucket.DONE_LATE),
                d.totals().get(TaskBucket.OPEN_IN_TIME),
                d.totals().get(TaskBucket.OPEN_OVERDUE),
                d.completion().text());
        List<String> overdue = new ArrayList<>();
        int i = 1;
        for (TaskLine t : overdueAsOfTo) {
            overdue.add(i++ + ". " + t.text() + " ("
                    + m.get(
                            "report.overdue.line",
                            t.deadline().format(DAY),
                            t.leadUnits() == null ? m.get("dashboard.noUnit") : t.leadUnits())
                    + ")");
        }
        return new ReviewDraft(
                parentIssuer == null ? "" : parentIssuer.toUpperCase(Locale.ROOT),
                issuer.toUpperCase(Locale.ROOT),
                m.get("report.kind"),
                subject,
                summary,
                buckets(m, m.get("report.col.unit"), d.units(), m.get("dashboard.noUnit")),
                buckets(m, m.get("report.col.program"), d.programs(), m.get("dashboard.noProgram")),
                targets(m, targets),
                List.copyOf(overdue));
    }

    private static Table buckets(Messages m, String first, List<Dashboard.Row> rows, String unnamed) {
        List<String> head = List.of(
                m.get("report.col.no"),
                first,
                m.get("bucket.DONE_ON_TIME"),
                m.get("bucket.DONE_LATE"),
                m.get("bucket.OPEN_IN_TIME"),
                m.get("bucket.OPEN_OVERDUE"),
                m.get("dashboard.completion"));
        List<List<String>> body = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Dashboard.Row row = rows.get(r);
            body.add(List.of(
                    String.valueOf(r + 1),
                    row.name() == null ? unnamed : row.name(),
                    String.valueOf(row.buckets().get(TaskBucket.DONE_ON_TIME)),
                    String.valueOf(row.buckets().get(TaskBucket.DONE_LATE)),
                    String.valueOf(row.buckets().get(TaskBucket.OPEN_IN_TIME)),
                    String.valueOf(row.buckets().get(TaskBucket.OPEN_OVERDUE)),
                    row.completion().text()));
        }
        return new Table(head, List.copyOf(body));
    }

    private static Table targets(Messages m, List<TargetLine> targets) {
        List<String> head = List.of(
                m.get("report.col.no"),
                m.get("target.indicator"),
                m.get("dashboard.planned"),
                m.get("result.actual"),
                m.get("result.percent"),
                m.get("dashboard.period"));
        List<List<String>> body = new ArrayList<>();
        for (int r = 0; r < targets.size(); r++) {
            TargetLine l = targets.get(r);
            String unit = l.unit() == null ? "" : " " + l.unit();
            body.add(List.of(
                    String.valueOf(r + 1),
                    l.indicator(),
                    l.planned() == null ? "" : VietnameseNumbers.format(l.planned()) + unit,
                    VietnameseNumbers.format(l.actual()) + unit,
                    l.percentOfPlan() == null
                            ? ""
                            : VietnameseNumbers.format(Math.round(l.percentOfPlan() * 100) / 100.0) + "%",
                    l.period() == null ? "" : l.period()));
        }
        return new Table(head, List.copyOf(body));
    }
}
