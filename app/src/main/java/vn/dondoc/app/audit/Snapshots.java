package vn.dondoc.app.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.dashboard.PublicDashboardSetting;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.Tasks;

/**
 * A record's fields as JSON, for "before" and "after" in the audit trail. Long texts (a document's
 * full text, a file's extracted text) are left out: the trail says what changed, the record holds the text.
 */
@Component
public class Snapshots {
    private final JsonMapper json;
    private final Tasks tasks;
    private final Documents documents;
    private final Targets targets;
    private final Calendars calendars;
    private final ImportJobs imports;
    private final OrgUnits units;
    private final People people;
    private final PublicDashboardSetting publicDashboard;

    Snapshots(
            JsonMapper json,
            Tasks tasks,
            Documents documents,
            Targets targets,
            Calendars calendars,
            ImportJobs imports,
            OrgUnits units,
            People people,
            PublicDashboardSetting publicDashboard) {
        this.publicDashboard = publicDashboard;
        this.json = json;
        this.tasks = tasks;
        this.documents = documents;
        this.targets = targets;
        this.calendars = calendars;
        this.imports = imports;
        this.units = units;
        this.people = people;
    }

    /** The record as JSON, or null when there is none (not yet created, or deleted). */
    public String of(String kind, Long id) {
        if ("publicDashboard".equals(kind)) {
            // a setting, not a record: no id, its value is the snapshot
            return json(Map.of("enabled", publicDashboard.enabled()));
        }
        if (id == null) {
            return null;
        }
        Object value = switch (kind) {
            case "task" ->
                tasks.find(id)
                        .map(t -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("task", t);
                            m.put("reports", tasks.reports(id).size());
                            return m;
                        })
                        .orElse(null);
            case "document" ->
                documents
                        .find(id)
                        .map(d -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", d.id());
                            m.put("number", d.number());
                            m.put("type", d.type());
                            m.put("title", d.title());
                            m.put("issuer", d.issuer());
                            m.put("issuerUnitId", d.issuerUnitId());
                            m.put("issuedOn", d.issuedOn());
                            m.put("place", d.place());
                            m.put("sourceName", d.sourceName());
                            return m;
                        })
                        .orElse(null);
            case "target" -> targets.findTarget(id).orElse(null);
            case "result" -> targets.findResult(id).orElse(null);
            case "event" -> calendars.findEvent(id).orElse(null);
            case "workProgram" -> calendars.findProgram(id).orElse(null);
            case "importFile" ->
                imports.find(id)
                        .map(f -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", f.id());
                            m.put("batchId", f.batchId());
                            m.put("fileName", f.fileName());
                            m.put("status", f.status());
                            m.put("documentId", f.documentId());
                            return m;
                        })
                        .orElse(null);
            case "unit" -> units.find(id).orElse(null);
            case "person" -> people.find(id).orElse(null);
            default -> null;
        };
        return value == null ? null : json.writeValueAsString(value);
    }

    public String json(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
