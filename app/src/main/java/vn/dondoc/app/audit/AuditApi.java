package vn.dondoc.app.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;
import vn.dondoc.domain.calendar.Calendars;

/** REST: a record's history ({@code ?kind=task&id=N}), and the whole trail as CSV for administrators. */
@RestController
@RequestMapping("/api")
public class AuditApi {
    private final AuditTrail trail;
    private final Access access;
    private final Calendars calendars;

    AuditApi(AuditTrail trail, Access access, Calendars calendars) {
        this.trail = trail;
        this.access = access;
        this.calendars = calendars;
    }

    /**
     * Whoever may read the record may read its history (the same rule as its page and the lists); an account's
     * history (sign-ins, addresses, grants) is the administrator's.
     */
    @GetMapping("/audit")
    public List<AuditEvent> history(@RequestParam String kind, @RequestParam long id) {
        if (kind.equals("user")) {
            access.requireSomewhere(Action.MANAGE_USERS, kind);
        } else if (kind.equals("event") && calendars.findEvent(id).isPresent()) {
            access.requireSeen(
                    kind,
                    !calendars.visibleEvents(List.of(id), access.visibility()).isEmpty());
        } else {
            try {
                access.require(Action.READ, kind, access.scopeOf(kind, id));
            } catch (vn.dondoc.domain.common.RecordNotFoundException gone) {
                // a deleted record (no longer has units to judge by): its history stays for those who see everything
                access.requireSeen(kind, access.visibility().everything());
            }
        }
        return trail.of(kind, id);
    }

    /** Every line, oldest first; opens in a spreadsheet (UTF-8 with a byte-order mark). */
    @GetMapping("/audit/export")
    public void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky.csv\"");
        PrintWriter out =
                new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        out.print("id,at,actor,address,action,kind,record_id,outcome,before,after\r\n");
        trail.forEach(e -> out.print(String.join(
                        ",",
                        String.valueOf(e.id()),
                        String.valueOf(e.at()),
                        csv(e.actor()),
                        csv(e.address()),
                        csv(e.action()),
                        csv(e.kind()),
                        e.recordId() == null ? "" : String.valueOf(e.recordId()),
                        csv(e.outcome()),
                        csv(e.before()),
                        csv(e.after()))
                + "\r\n"));
        out.flush();
    }

    /** A field in quotes when it must be; a leading = + - @ is defused so a spreadsheet never runs it. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches("[^\",\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
