package vn.dondoc.textcore.json;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;

/** Writes a {@link ParsedDocument} as {@code dondoc.extraction/1} JSON (UTF-8 text, NFC, spans included). */
public final class ExtractionJson {

    public static final String SCHEMA = "dondoc.extraction/1";

    private ExtractionJson() {}

    public static String write(ParsedDocument d) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("schema").value(SCHEMA);
        w.name("source").value(d.source());
        DocumentInfo i = d.document();
        w.name("document").beginObject();
        w.name("number").value(i.number());
        w.name("type").value(type(i.type()));
        w.name("title").value(i.title());
        w.name("issuer").value(i.issuer());
        w.name("place").value(i.place());
        w.name("date").value(date(i.date()));
        w.name("signers").beginArray();
        for (Signer s : i.signers()) {
            w.beginObject()
                    .name("name")
                    .value(s.name())
                    .name("position")
                    .value(s.position())
                    .name("authority")
                    .value(s.authority());
            span(w, s.span());
            w.endObject();
        }
        w.endArray();
        strings(w.name("recipients"), i.recipients());
        w.endObject();
        w.name("references").beginArray();
        for (Reference r : d.references()) {
            w.beginObject()
                    .name("number")
                    .value(r.number())
                    .name("type")
                    .value(type(r.type()))
                    .name("date")
                    .value(date(r.date()))
                    .name("issuer")
                    .value(r.issuer());
            span(w, r.span());
            w.endObject();
        }
        w.endArray();
        w.name("schedule").beginArray();
        for (ScheduleRow r : d.schedule()) {
            w.beginObject()
                    .name("date")
                    .value(date(r.date()))
                    .name("endDate")
                    .value(date(r.endDate()))
                    .name("session")
                    .value(r.session() == null ? null : r.session().name())
                    .name("time")
                    .value(r.time())
                    .name("content")
                    .value(r.content())
                    .name("place")
                    .value(r.place());
            strings(w.name("preparingUnits"), r.preparingUnits());
            strings(w.name("chairs"), r.chairs());
            strings(w.name("participants"), r.participants());
            w.name("nonWorking").value(r.nonWorking());
            span(w, r.span());
            w.endObject();
        }
        w.endArray();
        w.name("tasks").beginArray();
        for (TaskItem t : d.tasks()) {
            w.beginObject().name("anchor").value(t.anchor());
            strings(w.name("lead"), t.lead());
            strings(w.name("cooperating"), t.cooperating());
            w.name("deadline").value(date(t.deadline())).name("section").value(t.section());
            span(w, t.span());
            w.endObject();
        }
        w.endArray();
        w.name("targets").beginArray();
        for (TargetItem t : d.targets()) {
            w.beginObject()
                    .name("anchor")
                    .value(t.anchor())
                    .name("indicator")
                    .value(t.indicator())
                    .name("comparator")
                    .value(t.comparator().name())
                    .name("value")
                    .value(t.value());
            if (t.valueTo() != null) {
                w.name("valueTo").value(t.valueTo());
            }
            w.name("unit")
                    .value(t.unit())
                    .name("scope")
                    .value(t.scope())
                    .name("by")
                    .value(date(t.by()));
            span(w, t.span());
            w.endObject();
        }
        w.endArray();
        w.name("results").beginArray();
        for (ResultItem r : d.results()) {
            w.beginObject()
                    .name("anchor")
                    .value(r.anchor())
                    .name("indicator")
                    .value(r.indicator())
                    .name("actual")
                    .value(r.actual())
                    .name("unit")
                    .value(r.unit())
                    .name("percentOfPlan")
                    .value(r.percentOfPlan());
            if (r.planned() != null) {
                w.name("planned").value(r.planned());
            }
            span(w, r.span());
            w.endObject();
        }
        w.endArray();
        w.name("diagnostics").beginArray();
        d.diagnostics().forEach(x -> {
            w.beginObject()
                    .name("stage")
                    .value(x.stage())
                    .name("code")
                    .value(x.code())
                    .name("message")
                    .value(x.message());
            span(w, x.span());
            w.endObject();
        });
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static void span(JsonWriter w, Span s) {
        if (s != null) {
            w.name("span").beginArray().value(s.start()).value(s.end()).endArray();
        }
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    private static String type(DocumentType t) {
        return t == null ? null : t.name();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
