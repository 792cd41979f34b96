package vn.dondoc.app.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.followup.FollowUps;
import vn.dondoc.domain.imports.ImportJobs;

/**
 * Which action each address is, on which record: one table for the API and the pages, checked before
 * any controller runs. An address missing from the table is a read when it is a GET and an
 * administrator's action otherwise, so a new endpoint is closed until its rule is written here.
 * Controllers check further what only the request body says (the lead units of a new task).
 */
@Component
public class AccessRules implements HandlerInterceptor {
    /** How to find a record's units from the address's variables; null: the agency as a whole. */
    private record Rule(Action action, String kind, Function<Map<String, String>, RecordScope> scope) {}

    /** A rule's kind read from the address's {kind} variable (the trash's routes). */
    private static final String KIND = "{kind}";

    private final Access access;
    private final ImportJobs importJobs;
    private final Map<String, Rule> rules;

    AccessRules(Access access, FollowUps followUps, ImportJobs importJobs) {
        this.access = access;
        this.importJobs = importJobs;
        // follow-up: the assigner answers an extension or a completion proposal on the task it belongs to
        Function<Map<String, String>, RecordScope> extension = v -> access.assigner(followUps
                .findExtension(id(v, "id"))
                .orElseThrow(() -> new RecordNotFoundException("extension", id(v, "id")))
                .taskId());
        Function<Map<String, String>, RecordScope> proposal = v -> access.assigner(followUps
                .findProposal(id(v, "id"))
                .orElseThrow(() -> new RecordNotFoundException("completionProposal", id(v, "id")))
                .taskId());
        Function<Map<String, String>, RecordScope> task = v -> access.task(id(v, "id"));
        Function<Map<String, String>, RecordScope> assigner = v -> access.assigner(id(v, "id"));
        Function<Map<String, String>, RecordScope> document = v -> access.document(id(v, "id"));
        Function<Map<String, String>, RecordScope> result = v -> access.result(id(v, "id"));
        // reading: the same rule as the lists (Access.visibility), per record
        Function<Map<String, String>, RecordScope> targetRead = v -> access.target(id(v, "id"));
        Function<Map<String, String>, RecordScope> resultRead = v -> access.resultRead(id(v, "id"));
        Function<Map<String, String>, RecordScope> workProgram = v -> access.workProgram(id(v, "id"));
        this.rules = Map.ofEntries(
                // tasks
                Map.entry("GET /api/tasks/{id}", new Rule(Action.READ, "task", task)),
                Map.entry("GET /api/tasks/{id}/reports", new Rule(Action.READ, "task", task)),
                Map.entry("POST /api/tasks", new Rule(Action.CREATE, "task", null)),
                Map.entry("PUT /api/tasks/{id}", new Rule(Action.UPDATE, "task", task)),
                Map.entry("POST /api/tasks/{id}/status", new Rule(Action.CHANGE_STATUS, "task", task)),
                Map.entry("DELETE /api/tasks/{id}", new Rule(Action.DELETE, "task", task)),
                Map.entry("POST /api/tasks/{id}/reports", new Rule(Action.POST_PROGRESS, "task", task)),
                Map.entry("GET /tasks/{id}", new Rule(Action.READ, "task", task)),
                Map.entry("POST /tasks/{id}/status", new Rule(Action.CHANGE_STATUS, "task", task)),
                Map.entry("POST /tasks/{id}/reports", new Rule(Action.POST_PROGRESS, "task", task)),
                Map.entry("POST /tasks/save", new Rule(Action.CREATE, "task", null)),
                // documents
                Map.entry("GET /api/documents/{id}", new Rule(Action.READ, "document", document)),
                Map.entry("GET /api/documents/{id}/original", new Rule(Action.READ, "document", document)),
                Map.entry("GET /api/documents/{id}/references", new Rule(Action.READ, "document", document)),
                Map.entry("GET /api/documents/{id}/checks", new Rule(Action.READ, "document", document)),
                Map.entry("PUT /api/documents/{id}", new Rule(Action.UPDATE, "document", document)),
                Map.entry("DELETE /api/documents/{id}", new Rule(Action.DELETE, "document", document)),
                Map.entry("GET /documents/{id}", new Rule(Action.READ, "document", document)),
                Map.entry("POST /documents/{id}/delete", new Rule(Action.DELETE, "document", document)),
                // imports: the clerk's work
                Map.entry("POST /api/imports", new Rule(Action.CONFIRM_IMPORT, "importBatch", null)),
                Map.entry("POST /imports", new Rule(Action.CONFIRM_IMPORT, "importBatch", null)),
                Map.entry(
                        "POST /api/imports/files/{fileId}/confirm",
                        new Rule(Action.CONFIRM_IMPORT, "importFile", null)),
                Map.entry("POST /api/imports/files/{fileId}/drop", new Rule(Action.CONFIRM_IMPORT, "importFile", null)),
                // a file that kept failing: read it again, or give it up (issue 9 item 7)
                Map.entry(
                        "POST /api/imports/files/{fileId}/retry", new Rule(Action.CONFIRM_IMPORT, "importFile", null)),
                Map.entry("POST /imports/files/{fileId}/retry", new Rule(Action.CONFIRM_IMPORT, "importFile", null)),
                Map.entry("POST /imports/files/{fileId}/drop", new Rule(Action.CONFIRM_IMPORT, "importFile", null)),
                // the reviewer teaches the lexicon a name while confirming an import
                Map.entry("POST /api/aliases", new Rule(Action.CONFIRM_IMPORT, "alias", null)),
                // targets, results, the calendar
                Map.entry("GET /api/targets/{id}", new Rule(Action.READ, "target", targetRead)),
                Map.entry("GET /api/results/{id}", new Rule(Action.READ, "result", resultRead)),
                Map.entry("POST /api/targets", new Rule(Action.CREATE, "target", null)),
                Map.entry("PUT /api/targets/{id}", new Rule(Action.UPDATE, "target", null)),
                Map.entry("DELETE /api/targets/{id}", new Rule(Action.DELETE, "target", null)),
                // an actual value: whoever may report somewhere (staff for their own unit); the unit is checked by
                // TargetApi
                Map.entry("POST /api/results", new Rule(Action.UPDATE, "result", null)),
                Map.entry("PUT /api/results/{id}", new Rule(Action.UPDATE, "result", result)),
                Map.entry("DELETE /api/results/{id}", new Rule(Action.DELETE, "result", result)),
                Map.entry("POST /api/calendar-events", new Rule(Action.CREATE, "event", null)),
                Map.entry("PUT /api/calendar-events/{id}", new Rule(Action.UPDATE, "event", null)),
                Map.entry("DELETE /api/calendar-events/{id}", new Rule(Action.DELETE, "event", null)),
                Map.entry("DELETE /api/work-programs/{id}", new Rule(Action.DELETE, "workProgram", null)),
                // a work program is read like a result: its owner unit's, else its document's (Access.workProgram)
                Map.entry("GET /api/work-programs/{id}", new Rule(Action.READ, "workProgram", workProgram)),
                Map.entry("GET /api/work-programs/{id}/changes", new Rule(Action.READ, "workProgram", workProgram)),
                Map.entry("GET /calendar/programs/{id}", new Rule(Action.READ, "workProgram", workProgram)),
                Map.entry("POST /api/calendar-events/{id}/copy", new Rule(Action.CREATE, "event", null)),
                Map.entry("POST /api/calendar/series", new Rule(Action.CREATE, "event", null)),
                Map.entry("PUT /api/calendar/series/{id}", new Rule(Action.UPDATE, "event", null)),
                Map.entry("POST /api/calendar/conflicts/accepted", new Rule(Action.UPDATE, "event", null)),
                Map.entry("POST /api/calendar/publications", new Rule(Action.PUBLISH, "event", null)),
                Map.entry("POST /api/calendar/feeds", new Rule(Action.PUBLISH, "feed", null)),
                Map.entry("DELETE /api/calendar/feeds/{token}", new Rule(Action.PUBLISH, "feed", null)),
                Map.entry("POST /calendar/events", new Rule(Action.CREATE, "event", null)),
                Map.entry("POST /calendar/events/{id}/copy", new Rule(Action.CREATE, "event", null)),
                Map.entry("POST /calendar/events/{id}/cancel", new Rule(Action.DELETE, "event", null)),
                Map.entry("POST /calendar/copy-week", new Rule(Action.CREATE, "event", null)),
                Map.entry("POST /calendar/copy-month", new Rule(Action.CREATE, "event", null)),
                Map.entry("POST /calendar/conflicts/accept", new Rule(Action.UPDATE, "event", null)),
                Map.entry("POST /calendar/publish", new Rule(Action.PUBLISH, "event", null)),
                Map.entry("POST /calendar/feeds", new Rule(Action.PUBLISH, "feed", null)),
                Map.entry("POST /calendar/feeds/{token}/revoke", new Rule(Action.PUBLISH, "feed", null)),
                // anyone signed in follows what they read (OwnFeeds checks the scope; OwnFeedPages writes the audit)
                Map.entry("POST /tai-khoan/lich", new Rule(Action.READ, "feed", null)),
                Map.entry("POST /tai-khoan/lich/{id}/thu-hoi", new Rule(Action.READ, "feed", null)),
                // follow-up: the lead unit reports and asks, the assigner answers (issue 11)
                Map.entry("GET /api/tasks/{id}/followup", new Rule(Action.READ, "task", task)),
                Map.entry("POST /api/tasks/{id}/progress", new Rule(Action.POST_PROGRESS, "task", task)),
                // a report's file goes to whoever may read its task (FollowUpApi checks it is that task's)
                Map.entry("GET /api/tasks/{id}/attachments/{attachmentId}", new Rule(Action.READ, "task", task)),
                Map.entry("POST /api/tasks/{id}/extensions", new Rule(Action.POST_PROGRESS, "task", task)),
                Map.entry("PUT /api/tasks/{id}/deadline", new Rule(Action.UPDATE, "task", task)),
                Map.entry("POST /api/extensions/{id}/decision", new Rule(Action.CHANGE_STATUS, "task", extension)),
                Map.entry("POST /api/completions/{id}/decision", new Rule(Action.CHANGE_STATUS, "task", proposal)),
                Map.entry("GET /tasks/{id}/followup", new Rule(Action.READ, "task", task)),
                Map.entry("POST /tasks/{id}/followup/progress", new Rule(Action.POST_PROGRESS, "task", task)),
                Map.entry("POST /tasks/{id}/followup/extensions", new Rule(Action.POST_PROGRESS, "task", task)),
                Map.entry("POST /tasks/{id}/followup/deadline", new Rule(Action.UPDATE, "task", task)),
                Map.entry(
                        "POST /tasks/{id}/followup/extensions/{extensionId}",
                        new Rule(Action.CHANGE_STATUS, "task", assigner)),
                Map.entry(
                        "POST /tasks/{id}/followup/completions/{proposalId}",
                        new Rule(Action.CHANGE_STATUS, "task", assigner)),
                // spreadsheets: each imported row is checked again against its task (SpreadsheetApi)
                Map.entry("POST /api/tasks/import", new Rule(Action.CREATE, "task", null)),
                Map.entry("POST /api/targets/import", new Rule(Action.CREATE, "target", null)),
                // results: whoever may change a result somewhere; each row is checked against its unit (TargetSheets)
                Map.entry("POST /api/results/import", new Rule(Action.UPDATE, "result", null)),
                // the pages of targets and results (TargetPages): the same, the unit checked by the page
                Map.entry("GET /targets/{id}", new Rule(Action.READ, "target", targetRead)),
                Map.entry("POST /targets", new Rule(Action.CREATE, "target", null)),
                Map.entry("POST /targets/{id}", new Rule(Action.UPDATE, "target", null)),
                Map.entry("POST /targets/import", new Rule(Action.CREATE, "target", null)),
                Map.entry("GET /results/{id}", new Rule(Action.READ, "result", resultRead)),
                Map.entry("POST /results", new Rule(Action.UPDATE, "result", null)),
                Map.entry("POST /results/{id}", new Rule(Action.UPDATE, "result", result)),
                Map.entry("POST /results/import", new Rule(Action.UPDATE, "result", null)),
                // indicators' rules and criteria: whoever changes targets somewhere gets past here; which indicator
                // they may change is AccessPolicy.mayChangeIndicatorRule (administrators, leaders of every unit using
                // it), asked by RollUpApi and RollUpService
                Map.entry("PUT /api/indicators/{id}/rule", new Rule(Action.UPDATE, "target", null)),
                Map.entry("POST /api/criteria", new Rule(Action.CREATE, "target", null)),
                // accounts
                Map.entry("GET /api/users", new Rule(Action.MANAGE_USERS, "user", null)),
                Map.entry("POST /api/users", new Rule(Action.MANAGE_USERS, "user", null)),
                Map.entry("GET /quan-tri/tai-khoan", new Rule(Action.MANAGE_USERS, "user", null)),
                Map.entry("POST /quan-tri/tai-khoan/{id}/nguoi", new Rule(Action.MANAGE_USERS, "user", null)),
                // the whole audit trail is the administrator's; a record's history goes with reading the record
                Map.entry("GET /api/audit/export", new Rule(Action.ADMINISTER, "audit", null)),
                // deleted records are kept; only an administrator sees and restores them
                Map.entry("GET /api/trash/tasks", new Rule(Action.RESTORE, "task", null)),
                Map.entry("POST /api/tasks/{id}/restore", new Rule(Action.RESTORE, "task", null)),
                Map.entry("GET /api/trash/documents", new Rule(Action.RESTORE, "document", null)),
                Map.entry("POST /api/documents/{id}/restore", new Rule(Action.RESTORE, "document", null)),
                // the one trash (issue 9 item 4): a restore is audited under the record's own kind ({kind})
                Map.entry("GET /api/trash", new Rule(Action.RESTORE, "trash", null)),
                Map.entry("POST /api/trash/{kind}/{id}/restore", new Rule(Action.RESTORE, KIND, null)),
                Map.entry("GET /quan-tri/thung-rac", new Rule(Action.RESTORE, "trash", null)),
                Map.entry("POST /quan-tri/thung-rac/{kind}/{id}/khoi-phuc", new Rule(Action.RESTORE, KIND, null)),
                // undo right after a delete: the deleter in the same session (TrashPages checks, and audits it)
                Map.entry("POST /thung-rac/{kind}/{id}/hoan-tac", new Rule(Action.READ, KIND, null)),
                Map.entry("POST /targets/{id}/delete", new Rule(Action.DELETE, "target", null)),
                // the org and the day announcements are the administrator's, as before; named so deletes are audited
                Map.entry("DELETE /api/org-units/{id}", new Rule(Action.ADMINISTER, "unit", null)),
                Map.entry("DELETE /api/people/{id}", new Rule(Action.ADMINISTER, "person", null)),
                Map.entry("DELETE /api/aliases/{id}", new Rule(Action.ADMINISTER, "alias", null)),
                Map.entry("POST /org/aliases/{aliasId}/delete", new Rule(Action.ADMINISTER, "alias", null)),
                Map.entry("DELETE /api/holidays/{id}", new Rule(Action.ADMINISTER, "dayAnnouncement", null)),
                // the public dashboard's switch is the administrator's (its page, /cong-khai/tong-quan, is public)
                Map.entry("GET /quan-tri/cong-khai", new Rule(Action.ADMINISTER, "publicDashboard", null)),
                Map.entry("POST /quan-tri/cong-khai", new Rule(Action.ADMINISTER, "publicDashboard", null)));
    }

    private static long id(Map<String, String> vars, String name) {
        try {
            return Long.parseLong(vars.get(name));
        } catch (NumberFormatException e) {
            // the controller answers a malformed id itself (400 / 404)
            return -1;
        }
    }

    /** What a request does, as far as permissions and the audit trail go; {@code recordId} null for new records and lists. */
    public record Matched(Action action, String kind, Long recordId) {
        public boolean changes() {
            return action != Action.READ;
        }
    }

    /** The rule of this request (after handler mapping), or null when it is not a controller call. */
    @SuppressWarnings("unchecked")
    public Matched match(HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String verb = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
        Rule rule = rules.get(verb + " " + pattern);
        if (rule == null) {
            return null;
        }
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long id = null;
        String kind = rule.kind();
        if (KIND.equals(kind)) {
            kind = vars == null ? "trash" : vars.getOrDefault("kind", "trash");
        }
        if (vars != null && !vars.isEmpty()) {
            String raw = vars.getOrDefault(
                    "id", vars.getOrDefault("fileId", vars.getOrDefault("batchId", vars.get("aliasId"))));
            try {
                id = raw == null ? null : Long.parseLong(raw);
            } catch (NumberFormatException e) {
                id = null;
            }
        }
        return new Matched(rule.action(), kind, id);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || exempt(method) || published(request)) {
            return true;
        }
        checkRule(request);
        checkImportBatch(request);
        return true;
    }

    /**
     * An import batch, one of its files or a file's proposal, read or acted on (API and pages): only by whoever may
     * read the batch ({@code Visible.importBatches}: its uploader's units). A missing one is the controller's 404.
     */
    @SuppressWarnings("unchecked")
    private void checkImportBatch(HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        if (!pattern.startsWith("/imports/") && !pattern.startsWith("/api/imports/")) {
            return;
        }
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars == null) {
            return;
        }
        Long batch = null;
        String kind = "importBatch";
        if (vars.containsKey("batchId")) {
            batch = id(vars, "batchId");
        } else if (vars.containsKey("fileId")) {
            kind = "importFile";
            batch = importJobs
                    .find(id(vars, "fileId"))
                    .map(vn.dondoc.domain.imports.ImportFile::batchId)
                    .orElse(null);
        }
        if (batch != null && importJobs.batch(batch).isPresent()) {
            access.requireSeen(kind, importJobs.batchVisible(batch, access.visibility()));
        }
    }

    @SuppressWarnings("unchecked")
    private void checkRule(HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String verb = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
        Rule rule = rules.get(verb + " " + pattern);
        if (rule == null) {
            rule = verb.equals("GET") ? new Rule(Action.READ, "page", null) : new Rule(Action.ADMINISTER, "page", null);
        }
        if (rule.scope() == null) {
            access.requireSomewhere(rule.action(), rule.kind());
            return;
        }
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        RecordScope scope;
        try {
            scope = rule.scope().apply(vars == null ? Map.of() : vars);
        } catch (vn.dondoc.domain.common.RecordNotFoundException e) {
            // a missing record: 404 from the controller, which looks it up again
            access.requireSomewhere(rule.action(), rule.kind());
            return;
        }
        access.require(rule.action(), rule.kind(), scope);
    }

    /**
     * What is published to the public (the calendar's page and feeds, issue 10; the public dashboard, which answers
     * 404 itself while an administrator has not turned it on, issue 11): no account needed.
     */
    private static boolean published(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && (path.equals("/lich")
                        || path.startsWith("/lich/")
                        || path.startsWith("/ical/")
                        || path.startsWith("/cong-khai/"));
    }

    /** The account's own pages and the sign-in page are for every signed-in person, whatever their grants. */
    private static boolean exempt(HandlerMethod method) {
        return method.getBeanType().getSimpleName().equals("AccountPages")
                || method.getBeanType().getPackageName().startsWith("org.springdoc");
    }
}
