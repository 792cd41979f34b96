package vn.dondoc.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;

/**
 * The history panel of a record's page (task, document): who changed what and when, each change as
 * the fields that differ, before → after. Added to the model of those pages without their controllers knowing.
 */
@ControllerAdvice(annotations = HtmlPages.class)
class History {
    private static final Map<String, String> PAGES = Map.of(
            "/tasks/{id}", "task", "/documents/{id}", "document", "/targets/{id}", "target", "/results/{id}", "result");
    private static final java.util.regex.Pattern INTERNAL =
            java.util.regex.Pattern.compile("(^|\\.)(id|[a-zA-Z]*Id|span(Start|End)|contentHash|version|createdAt)$");
    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditTrail trail;
    private final JsonMapper json;
    private final Messages messages;
    private final vn.dondoc.app.web.Figures figures;

    History(AuditTrail trail, JsonMapper json, Messages messages, vn.dondoc.app.web.Figures figures) {
        this.figures = figures;
        this.trail = trail;
        this.json = json;
        this.messages = messages;
    }

    /** One line of the panel. */
    public record Line(String when, String who, String what, boolean refused, List<Change> changes) {}

    public record Change(String field, String before, String after) {}

    @ModelAttribute("history")
    List<Line> history(HttpServletRequest request) {
        String kind = PAGES.get(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
        if (kind == null || !"GET".equals(request.getMethod())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id;
        try {
            id = Long.parseLong(vars.get("id"));
        } catch (RuntimeException e) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        for (AuditEvent e : trail.of(kind, id)) {
            String what = messages.has("audit.action." + e.action())
                    ? messages.get("audit.action." + e.action())
                    : e.action();
            boolean refused = AuditEvent.REFUSED.equals(e.outcome()) || "FAILED".equals(e.outcome());
            lines.add(new Line(
                    WHEN.format(e.at().atZone(ZoneId.systemDefault())),
                    e.actor() == null ? messages.get("audit.nobody") : e.actor(),
                    what,
                    refused,
                    // a refusal changed nothing: the line says what was tried, not the whole record struck out
                    refused ? List.of() : changes(e.before(), e.after())));
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** The fields that differ, nested objects flattened one level ("task.status"). */
    List<Change> changes(String before, String after) {
        Map<String, String> b = flat(before);
        Map<String, String> a = flat(after);
        List<Change> out = new ArrayList<>();
        for (String f : union(b, a)) {
            String x = b.get(f);
            String y = a.get(f);
            if (INTERNAL.matcher(f).find()) {
                continue; // ids, positions in the source text, versions: nothing a person reads
            }
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(label(f), value(f, x), value(f, y)));
            }
        }
        return out;
    }

    /** "task.status" → "Trạng thái" where the field has a Vietnamese name. */
    private String label(String field) {
        String key = "audit.field." + field;
        return messages.has(key) ? messages.get(key) : field;
    }

    /** A status as the pages name it ("Đang thực hiện"), anything else as stored. */
    private String value(String field, String v) {
        if (v == null) {
            return "";
        }
        if (field.endsWith("status") && messages.has("task.status." + v)) {
            return messages.get("task.status." + v);
        }
        if (field.endsWith("comparator") && messages.has("figures.comparatorName." + v)) {
            return figures.comparator(v);
        }
        if (field.equals("type")) {
            try {
                return vn.dondoc.textcore.model.DocumentType.valueOf(v).label();
            } catch (IllegalArgumentException e) {
                return v;
            }
        }
        if (ISO_DAY.matcher(v).matches()) {
            return java.time.LocalDate.parse(v).format(DAY);
        }
        if (field.endsWith("Value") || field.endsWith("ValueTo") || field.endsWith("percentOfPlan")) {
            try {
                return figures.number(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (field.endsWith("parties") && v.startsWith("[")) {
            // the units by name, as the task page shows them
            List<String> names = new ArrayList<>();
            for (JsonNode p : json.readTree(v)) {
                JsonNode name = p.hasNonNull("unitName") ? p.get("unitName") : p.get("rawName");
                if (name != null && !name.isNull()) {
                    names.add(name.asString());
                }
            }
            return String.join("; ", names);
        }
        return v;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private Map<String, String> flat(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null) {
            return m;
        }
        JsonNode root = json.readTree(text);
        Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue().isObject()) {
                for (var inner : e.getValue().properties()) {
                    m.put(e.getKey() + "." + inner.getKey(), shown(inner.getValue()));
                }
            } else {
                m.put(e.getKey(), shown(e.getValue()));
            }
        }
        return m;
    }

    private static String shown(JsonNode v) {
        String s = v.isValueNode() ? v.asString() : v.toString();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
