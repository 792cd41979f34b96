package vn.dondoc.app.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.dashboard.DashboardScope;
import vn.dondoc.app.web.HtmlPdf;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.dashboard.Dashboard;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

/**
 * REST: a six-month or annual review drafted from the records as DOCX or PDF (Decree 30/2020 layout): tasks due in
 * [from, to] per bucket per unit and per program as of {@code to}, targets of the period with plan, actual and %
 * of plan, and the overdue list. The clerk fills in number, date and signer.
 */
@RestController
public class ReportApi {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private final DashboardService dashboards;
    private final OrgUnits units;
    private final JdbcReviewTargets reviewTargets;
    private final Messages messages;

    private final DashboardScope dashboardScope;
    private final ReviewDocx docx;
    private final HtmlPdf pdf;

    ReportApi(
            DashboardService dashboards,
            OrgUnits units,
            JdbcReviewTargets reviewTargets,
            Messages messages,
            DashboardScope dashboardScope,
            HtmlPdf pdf) {
        this.dashboardScope = dashboardScope;
        this.docx = new ReviewDocx(messages);
        this.pdf = pdf;
        this.dashboards = dashboards;
        this.units = units;
        this.reviewTargets = reviewTargets;
        this.messages = messages;
    }

    @GetMapping("/api/reports/review.docx")
    public ResponseEntity<byte[]> review(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long program) {
        return file(DOCX, from, to, "docx", docx.write(draft(from, to, unit, program)));
    }

    /** The same review as PDF (DejaVu Serif embedded), from the same {@link ReviewDraft}. */
    @GetMapping("/api/reports/review.pdf")
    public ResponseEntity<byte[]> reviewPdf(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long program) {
        return file(
                MediaType.APPLICATION_PDF,
                from,
                to,
                "pdf",
                pdf.render("report/review", Map.of("r", draft(from, to, unit, program))));
    }

    private ReviewDraft draft(LocalDate from, LocalDate to, Long unit, Long program) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(messages.get("report.badRange", from, to));
        }
        Long unitId = dashboardScope.unitFor(unit);
        OrgUnit scope = unitId == null
                ? null
                : units.find(unitId).orElseThrow(() -> new RecordNotFoundException("unit", unitId));
        Dashboard d = dashboards.build(
                to, unitId, program, new DashboardFigures.DueRange(from, to), dashboardScope.visibility());
        OrgUnit issuer = scope != null
                ? scope
                : units.all().stream()
                        .filter(u -> u.parentId() != null)
                        .filter(u -> units.all().stream().anyMatch(c -> u.id().equals(c.parentId())))
                        .findFirst()
                        .orElse(units.all().stream().findFirst().orElse(null));
        String issuerName = issuer == null ? messages.get("report.issuerPlaceholder") : issuer.name();
        String parentName = issuer == null || issuer.parentId() == null
                ? null
                : units.find(issuer.parentId()).map(OrgUnit::name).orElse(null);
        return ReviewDraft.of(
                messages,
                issuerName,
                parentName,
                from,
                to,
                scope == null ? null : scope.name(),
                d,
                dashboards.overdueAsOf(to, unitId, program, dashboardScope.visibility()),
                reviewTargets.of(from, to, program));
    }

    private static ResponseEntity<byte[]> file(
            MediaType type, LocalDate from, LocalDate to, String extension, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bao-cao-" + from + "-" + to + "." + extension, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
