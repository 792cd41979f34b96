package vn.dondoc.textcore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Signer;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.repair.DiacriticRepairer;
import vn.dondoc.textcore.repair.Repair;
import vn.dondoc.textcore.repair.RepairResult;

/**
 * Last stage: restores lost diacritics in the values a person reads (leads, indicators, issuers, titles,
 * schedule content) while anchors and spans keep the text as printed, so every item can still be found in
 * the document. Each change is a diagnostic with both forms, so a reviewer can see and undo it.
 */
public final class FieldRepairer {

    private final Supplier<DiacriticRepairer> repairer;

    /** The repairer is loaded on first use (its language model takes a moment), then shared. */
    public FieldRepairer(Supplier<DiacriticRepairer> repairer) {
        this.repairer = repairer;
    }

    public ParsedDocument repair(ParsedDocument d) {
        List<Diagnostic> notes = new ArrayList<>(d.diagnostics());
        Fixer f = new Fixer(repairer.get(), notes);
        DocumentInfo i = d.document();
        Span whole = new Span(0, 0);
        List<Signer> signers = new ArrayList<>();
        for (Signer s : i.signers()) {
            signers.add(new Signer(
                    f.fix(s.name(), s.span()),
                    f.fix(s.position(), s.span()),
                    f.fix(s.authority(), s.span()),
                    s.span()));
        }
        DocumentInfo info = new DocumentInfo(
                i.number(),
                i.type(),
                f.fix(i.title(), i.titleSpan() == null ? whole : i.titleSpan()),
                f.fix(i.issuer(), whole),
                f.fix(i.place(), whole),
                i.date(),
                signers,
                f.fixAll(i.recipients(), whole),
                i.numberSpan(),
                i.titleSpan());
        List<Reference> refs = new ArrayList<>();
        for (Reference r : d.references()) {
            refs.add(new Reference(r.number(), r.type(), r.date(), f.fix(r.issuer(), r.span()), r.span()));
        }
        List<ScheduleRow> rows = new ArrayList<>();
        for (ScheduleRow r : d.schedule()) {
            rows.add(new ScheduleRow(
                    r.date(),
                    r.endDate(),
                    r.session(),
                    r.time(),
                    f.fix(r.content(), r.span()),
                    f.fix(r.place(), r.span()),
                    f.fixAll(r.preparingUnits(), r.span()),
                    f.fixAll(r.chairs(), r.span()),
                    f.fixAll(r.participants(), r.span()),
                    r.nonWorking(),
                    r.span()));
        }
        List<TaskItem> tasks = new ArrayList<>();
        for (TaskItem t : d.tasks()) {
            tasks.add(new TaskItem(
                    t.anchor(),
                    t.text(),
                    f.fixAll(t.lead(), t.span()),
                    f.fixAll(t.cooperating(), t.span()),
                    t.deadline(),
                    t.section(),
                    t.span()));
        }
        List<TargetItem> targets = new ArrayList<>();
        for (TargetItem t : d.targets()) {
            targets.add(new TargetItem(
                    t.anchor(),
                    f.fix(t.indicator(), t.span()),
                    t.comparator(),
                    t.value(),
                    t.valueTo(),
                    f.fix(t.unit(), t.span()),
                    f.fix(t.scope(), t.span()),
                    t.by(),
                    t.span()));
        }
        List<ResultItem> results = new ArrayList<>();
        for (ResultItem r : d.results()) {
            results.add(new ResultItem(
                    r.anchor(),
                    f.fix(r.indicator(), r.span()),
                    r.actual(),
                    f.fix(r.unit(), r.span()),
                    r.percentOfPlan(),
                    r.planned(),
                    r.span()));
        }
        if (f.changes == 0) {
            return d;
        }
        return new ParsedDocument(
                d.source(),
                d.text(),
                info,
                List.copyOf(refs),
                List.copyOf(rows),
                List.copyOf(tasks),
                List.copyOf(targets),
                List.copyOf(results),
                List.copyOf(notes));
    }

    private static final class Fixer {
        private final DiacriticRepairer repairer;
        private final List<Diagnostic> notes;
        int changes;

        Fixer(DiacriticRepairer repairer, List<Diagnostic> notes) {
            this.repairer = repairer;
            this.notes = notes;
        }

        String fix(String value, Span where) {
            if (value == null || value.isBlank()) {
                return value;
            }
            RepairResult r = repairer.repair(value);
            if (!r.changed()) {
                return value;
            }
            for (Repair x : r.repairs()) {
                changes++;
                notes.add(new Diagnostic(
                        "repair",
                        "diacritics-restored",
                        where,
                        "Đã khôi phục dấu: «" + x.original() + "» → «" + x.replacement() + "»"));
            }
            return r.text();
        }

        List<String> fixAll(List<String> values, Span where) {
            List<String> out = new ArrayList<>(values.size());
            for (String v : values) {
                out.add(fix(v, where));
            }
            return List.copyOf(out);
        }
    }
}
