package vn.dondoc.app.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

/**
 * REST: a six-month or annual review drafted from the records as DOCX (Decree 30/2020 layout): tasks due in
 * [from, to] per bucket per unit and per program as of {@code to}, targets of the period with plan, actual and %
 * of plan, and the overdue list. The clerk fills in number, date and signer.
 */
@RestController
public class ReportApi {
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final DashboardService dashboards;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final Messages messages;

    ReportApi(DashboardService dashboards, OrgUnits units, JdbcClient jdbc, Messages messages) {
        this.dashboards = dashboards;
        this.units = units;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @GetMapping("/api/reports/review.docx")
    public ResponseEntity<byte[]> review(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                         @RequestParam(required = false) Long unit,
                                         @RequestParam(required = false) Long program) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(messages.get("report.badRange", from, to));
        }
        OrgUnit scope = unit == null ? null : units.find(unit).orElseThrow(() -> new RecordNotFoundException("unit", unit));
        Dashboard d = dashboards.build(to, unit, program, new DashboardFigures.DueRange(from, to));
        OrgUnit issuer = scope != null ? scope : units.all().stream().filter(u -> u.parentId() != null)
                .filter(u -> units.all().stream().anyMatch(c -> u.id().equals(c.parentId()))).findFirst()
                .orElse(units.all().stream().findFirst().orElse(null));
        String issuerName = issuer == null ? messages.get("report.issuerPlaceholder") : issuer.name();
        String parentName = issuer == null || issuer.parentId() == null ? null
                : units.find(issuer.parentId()).map(OrgUnit::name).orElse(null);
        byte[] body = new ReviewReport(messages).write(issuerName, parentName, from, to,
                scope == null ? null : scope.name(), d, targets(from, to, program));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + from + "-" + to + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Results reported for the years of the period, each with the plan of its indicator for that year. */
    private List<ReviewReport.TargetLine> targets(LocalDate from, LocalDate to, Long program) {
        List<String> years = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            years.add(String.valueOf(y));
        }
        String planned = "(SELECT MAX(g.planned_value) FROM targets g WHERE g.indicator_id = r.indicator_id"
                + " AND g.comparator IN ('GTE', 'EQ') AND g.period_label = r.period_label)";
        String programFilter = program == null ? ""
                : " AND r.indicator_id IN (SELECT indicator_id FROM targets WHERE document_id = :program)";
        var q = jdbc.sql("SELECT i.name, r.actual_value, r.measure_unit, r.percent_of_plan, r.period_label, " + planned
                        + " AS planned FROM results r JOIN indicators i ON i.id = r.indicator_id"
                        + " WHERE r.period_label IN (:years)" + programFilter + " ORDER BY i.name, r.id LIMIT 500")
                .param("years", years);
        if (program != null) {
            q = q.param("program", program);
        }
        return q.query((rs, n) -> {
            Double plan = Rows.doubleOrNull(rs, "planned");
            Double pct = Rows.doubleOrNull(rs, "percent_of_plan");
            double actual = rs.getDouble("actual_value");
            if (pct == null && plan != null && plan != 0) {
                pct = 100 * actual / plan;
            }
            return new ReviewReport.TargetLine(rs.getString("name"), plan, actual, rs.getString("measure_unit"), pct,
                    rs.getString("period_label"));
        }).list();
    }
}
