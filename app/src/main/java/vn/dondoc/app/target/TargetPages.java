package vn.dondoc.app.target;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.audit.AuditRecorder;
import vn.dondoc.app.spreadsheet.SheetImport;
import vn.dondoc.app.spreadsheet.TargetSheets;
import vn.dondoc.app.trash.Undo;
import vn.dondoc.app.web.Figures;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.Params;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Indicator;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.TargetService;
import vn.dondoc.domain.target.Targets;

/**
 * Targets and actual values in the UI: the lists with their spreadsheets (out and back in), a form to add or edit
 * a target (indicator, period, scope, planned value) and one to enter a unit's actual value for a period. A form
 * says what is wrong next to the field; the version in the form catches an edit made meanwhile by someone else
 * (VersionCheck), and each change is written to the audit trail like the API's.
 */
@HtmlPages
class TargetPages {
    private static final int PAGE_SIZE = 50;
    private static final List<String> COMPARATORS = List.of("GTE", "LTE", "EQ", "RANGE");
    /** A rule's field → the form's. */
    private static final Map<String, String> FIELDS = Map.of(
            "indicatorName",
            "indicator",
            "indicatorId",
            "indicator",
            "comparator",
            "comparator",
            "plannedValue",
            "plannedValue",
            "plannedValueTo",
            "plannedValueTo",
            "actualValue",
            "actualValue",
            "percentOfPlan",
            "percentOfPlan");

    private final Targets targets;
    private final TargetService service;
    private final OrgUnits units;
    private final Access access;
    private final Messages messages;
    private final Figures figures;
    private final TargetSheets sheets;
    private final Clock clock;
    private final Undo undo;

    TargetPages(
            Targets targets,
            TargetService service,
            OrgUnits units,
            Access access,
            Messages messages,
            Figures figures,
            TargetSheets sheets,
            Clock clock,
            Undo undo) {
        this.clock = clock;
        this.undo = undo;
        this.targets = targets;
        this.service = service;
        this.units = units;
        this.access = access;
        this.messages = messages;
        this.figures = figures;
        this.sheets = sheets;
    }

    /** The periods a form offers, around this year as the clock reads it. */
    private PeriodChoices periods(String current) {
        return PeriodChoices.of(messages, LocalDate.now(clock).getYear(), current);
    }

    /** A target as the form holds it: what was typed, so a refused form shows it again. */
    public record TargetForm(
            Long id,
            String indicator,
            String unit,
            String comparator,
            String plannedValue,
            String plannedValueTo,
            String period,
            String scope,
            Long documentId) {}

    /** An actual value as the form holds it. */
    public record ResultForm(
            Long id,
            Long indicatorId,
            String actualValue,
            String unit,
            String percentOfPlan,
            String period,
            Long reportingUnitId,
            String reportingUnit,
            Long documentId) {}

    // ---- lists ----

    @GetMapping("/targets")
    String targets(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String p = Params.blank(period);
        Page<Target> list = targets.listTargets(
                indicatorId, null, p, access.visibility(), new PageRequest(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", list);
        model.addAttribute("pages", Params.pageCount(list));
        filters("/targets", indicatorId, p, model);
        model.addAttribute(
                "unreadPeriods",
                list.items().stream()
                        .filter(t -> PeriodChoices.unread(t.period()))
                        .map(Target::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayCreate", access.policy().allowsSomewhere(Access.currentActor(), Action.CREATE));
        model.addAttribute("mayReport", access.policy().allowsSomewhere(Access.currentActor(), Action.UPDATE));
        return "target/targets";
    }

    @GetMapping("/results")
    String results(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String p = Params.blank(period);
        Page<Result> list = targets.listResults(
                indicatorId, null, p, access.visibility(), new PageRequest(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", list);
        model.addAttribute("pages", Params.pageCount(list));
        filters("/results", indicatorId, p, model);
        model.addAttribute(
                "unreadPeriods",
                list.items().stream()
                        .filter(r -> PeriodChoices.unread(r.period()))
                        .map(Result::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("mayReport", access.policy().allowsSomewhere(Access.currentActor(), Action.UPDATE));
        return "target/results";
    }

    private void filters(String path, Long indicatorId, String period, Model model) {
        model.addAttribute("indicators", indicators());
        model.addAttribute("indicatorId", indicatorId);
        model.addAttribute("period", period);
        StringBuilder q = new StringBuilder();
        if (indicatorId != null) {
            q.append("indicatorId=").append(indicatorId);
        }
        if (period != null) {
            q.append(q.isEmpty() ? "" : "&")
                    .append("period=")
                    .append(java.net.URLEncoder.encode(period, java.nio.charset.StandardCharsets.UTF_8));
        }
        String query = q.isEmpty() ? "" : "?" + q;
        model.addAttribute("query", query);
        model.addAttribute("base", path + query);
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", null);
        }
    }

    private List<Indicator> indicators() {
        return targets.listIndicators(null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items();
    }

    // ---- spreadsheets back in ----

    @PostMapping("/targets/import")
    String importTargets(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("report", upload(file, true, model));
        return targets(null, null, 0, model);
    }

    @PostMapping("/results/import")
    String importResults(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("report", upload(file, false, model));
        return results(null, null, 0, model);
    }

    private SheetImport.ImportReport upload(MultipartFile file, boolean ofTargets, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadProblem", messages.get("targets.import.noFile"));
            return null;
        }
        try {
            return ofTargets ? sheets.importTargets(file) : sheets.importResults(file);
        } catch (IllegalArgumentException e) {
            model.addAttribute("uploadProblem", e.getMessage());
            return null;
        }
    }

    // ---- a target ----

    @GetMapping("/targets/new")
    String newTarget(Model model) {
        access.require(Action.CREATE, "target", RecordScope.AGENCY);
        return targetForm(new TargetForm(null, null, null, "GTE", null, null, null, null, null), Map.of(), model);
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable long id, Model model) {
        Target t = targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
        model.addAttribute(
                "results",
                targets.listResults(
                                t.indicatorId(),
                                null,
                                t.period(),
                                access.visibility(),
                                new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("mayDelete", access.policy().allowsSomewhere(Access.currentActor(), Action.DELETE));
        return targetForm(
                new TargetForm(
                        t.id(),
                        t.indicatorName(),
                        t.unit(),
                        t.comparator(),
                        figures.number(t.plannedValue()),
                        figures.number(t.plannedValueTo()),
                        t.period(),
                        t.scope(),
                        t.documentId()),
                Map.of(),
                model);
    }

    private String targetForm(TargetForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("periods", periods(form.period()));
        model.addAttribute("errors", errors);
        model.addAttribute("comparators", COMPARATORS);
        model.addAttribute("indicators", indicators());
        model.addAttribute("units", units.all());
        model.addAttribute(
                "scopeKnown",
                form.scope() == null
                        || units.all().stream().anyMatch(u -> u.name().equals(form.scope())));
        if (!model.containsAttribute("results")) {
            model.addAttribute("results", List.of());
        }
        return "target/target-form";
    }

    @PostMapping("/targets")
    String createTarget(
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash,
            HttpServletRequest request) {
        return saveTarget(null, params, model, flash, request);
    }

    @PostMapping("/targets/{id}")
    String updateTarget(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash,
            HttpServletRequest request) {
        targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
        return saveTarget(id, params, model, flash, request);
    }

    private String saveTarget(
            Long id, Map<String, String> params, Model model, RedirectAttributes flash, HttpServletRequest request) {
        Target old = id == null ? null : targets.findTarget(id).orElseThrow();
        TargetForm form = new TargetForm(
                id,
                Params.blank(params.get("indicator")),
                Params.blank(params.get("unit")),
                Params.blank(params.get("comparator")),
                Params.blank(params.get("plannedValue")),
                Params.blank(params.get("plannedValueTo")),
                Params.blank(params.get("period")),
                Params.blank(params.get("scope")),
                old == null ? null : old.documentId());
        Map<String, String> errors = new LinkedHashMap<>();
        Double planned = number(form.plannedValue(), "plannedValue", true, errors);
        Double plannedTo = number(form.plannedValueTo(), "plannedValueTo", false, errors);
        if (form.indicator() == null) {
            errors.put("indicator", messages.get("form.required"));
        }
        if (form.period() == null) {
            errors.put("period", messages.get("form.required"));
        }
        return save(
                "targets",
                id,
                errors,
                () -> service.save(new Target(
                        id,
                        0,
                        form.indicator(),
                        form.documentId(),
                        form.comparator(),
                        planned,
                        "RANGE".equals(form.comparator()) ? plannedTo : null,
                        form.unit(),
                        form.period(),
                        form.scope(),
                        old == null ? null : old.spanStart(),
                        old == null ? null : old.spanEnd())),
                Target::id,
                e -> targetForm(form, e, model),
                flash,
                request);
    }

    // ---- an actual value ----

    @GetMapping("/results/new")
    String newResult(@RequestParam(required = false) Long targetId, Model model) {
        access.requireSomewhere(Action.UPDATE, "result");
        Optional<Target> t = targetId == null ? Optional.empty() : targets.findTarget(targetId);
        Long unitId = t.flatMap(x -> x.scope() == null ? Optional.empty() : units.findByNameOrAbbreviation(x.scope()))
                .map(OrgUnit::id)
                .filter(access::mayReportFor)
                .orElse(null);
        if (unitId == null && !access.mayReportFor(null)) {
            // a unit's staff reports for its own unit: offered first, never the agency it may not report for
            unitId = units.all().stream()
                    .map(OrgUnit::id)
                    .filter(access::mayReportFor)
                    .findFirst()
                    .orElse(null);
        }
        return resultForm(
                new ResultForm(
                        null,
                        t.map(Target::indicatorId).orElse(null),
                        null,
                        t.map(Target::unit).orElse(null),
                        null,
                        t.map(Target::period).orElse(null),
                        unitId,
                        null,
                        null),
                Map.of(),
                model);
    }

    @GetMapping("/results/{id}")
    String result(@PathVariable long id, Model model) {
        Result r = targets.findResult(id).orElseThrow(() -> new RecordNotFoundException("result", id));
        return resultForm(
                new ResultForm(
                        r.id(),
                        r.indicatorId(),
                        figures.number(r.actualValue()),
                        r.unit(),
                        figures.number(r.percentOfPlan()),
                        r.period(),
                        r.reportingUnitId(),
                        r.reportingUnit(),
                        r.documentId()),
                Map.of(),
                model);
    }

    private String resultForm(ResultForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("periods", periods(form.period()));
        model.addAttribute("errors", errors);
        model.addAttribute("indicators", indicators());
        List<OrgUnit> reportable = units.all().stream()
                .filter(u -> access.mayReportFor(u.id()) || u.id().equals(form.reportingUnitId()))
                .toList();
        model.addAttribute("units", reportable);
        model.addAttribute("mayReportForAgency", access.mayReportFor(null));
        model.addAttribute(
                "plan",
                form.indicatorId() == null
                        ? null
                        : service.planFor(
                                        form.indicatorId(),
                                        form.period(),
                                        form.reportingUnitId() == null
                                                ? form.reportingUnit()
                                                : units.find(form.reportingUnitId())
                                                        .map(OrgUnit::name)
                                                        .orElse(null))
                                .orElse(null));
        return "target/result-form";
    }

    @PostMapping("/results")
    String createResult(
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash,
            HttpServletRequest request) {
        return saveResult(null, params, model, flash, request);
    }

    @PostMapping("/results/{id}")
    String updateResult(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes flash,
            HttpServletRequest request) {
        targets.findResult(id).orElseThrow(() -> new RecordNotFoundException("result", id));
        return saveResult(id, params, model, flash, request);
    }

    private String saveResult(
            Long id, Map<String, String> params, Model model, RedirectAttributes flash, HttpServletRequest request) {
        Result old = id == null ? null : targets.findResult(id).orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        Long indicatorId = id(params.get("indicatorId"));
        Long unitId = id(params.get("reportingUnitId"));
        Optional<OrgUnit> unit = unitId == null ? Optional.empty() : units.find(unitId);
        if (unitId != null && unit.isEmpty()) {
            errors.put("reportingUnitId", messages.get("form.unknownUnit"));
        }
        String unitName = unit.map(OrgUnit::name)
                .orElse(old != null && old.reportingUnitId() == null ? old.reportingUnit() : null);
        ResultForm form = new ResultForm(
                id,
                indicatorId,
                Params.blank(params.get("actualValue")),
                Params.blank(params.get("unit")),
                Params.blank(params.get("percentOfPlan")),
                Params.blank(params.get("period")),
                unitId,
                unitName,
                old == null ? null : old.documentId());
        if (unitId == null && unitName == null && !access.mayReportFor(null)) {
            errors.put("reportingUnitId", messages.get("form.chooseUnit"));
        } else if (old == null || !Objects.equals(old.reportingUnitId(), unitId)) {
            access.requireReportFor(unitId, unitName);
        }
        Double actual = number(form.actualValue(), "actualValue", true, errors);
        Double percent = number(form.percentOfPlan(), "percentOfPlan", false, errors);
        if (indicatorId == null) {
            errors.put("indicatorId", messages.get("form.required"));
        }
        if (form.period() == null) {
            errors.put("period", messages.get("form.required"));
        }
        return save(
                "results",
                id,
                errors,
                () -> service.save(new Result(
                        id,
                        indicatorId,
                        null,
                        form.documentId(),
                        actual,
                        form.unit(),
                        percent,
                        form.period(),
                        unitName,
                        unitId,
                        old == null ? null : old.spanStart(),
                        old == null ? null : old.spanEnd())),
                Result::id,
                e -> {
                    Map<String, String> renamed = new LinkedHashMap<>(e);
                    if (renamed.containsKey("indicator")) { // the result form chooses the indicator from a list
                        renamed.put("indicatorId", renamed.remove("indicator"));
                    }
                    return resultForm(form, renamed, model);
                },
                flash,
                request);
    }

    /**
     * The end of a form's post, the same for a target and a result: the form again with what is wrong next to the
     * fields (the page's own checks, then the rules'), else saved, audited as created if new, and shown with a notice.
     * {@code kind}: "targets" or "results" (the address and the messages' prefix).
     */
    private <T> String save(
            String kind,
            Long id,
            Map<String, String> errors,
            Supplier<Outcome<T>> save,
            Function<T, Long> idOf,
            Function<Map<String, String>, String> form,
            RedirectAttributes flash,
            HttpServletRequest request) {
        if (!errors.isEmpty()) {
            return form.apply(errors);
        }
        Outcome<T> out = save.get();
        if (out instanceof Outcome.Rejected<T> r) {
            return form.apply(fieldErrors(r.reasons()));
        }
        long savedId = idOf.apply(out.orElseThrow());
        if (id == null) {
            AuditRecorder.created(request, savedId);
        }
        flash.addFlashAttribute("notice", messages.get(kind + (id == null ? ".created" : ".saved")));
        return "redirect:/" + kind + "/" + savedId;
    }

    // ---- fields ----

    private Double number(String text, String field, boolean required, Map<String, String> errors) {
        if (text == null) {
            if (required) {
                errors.put(field, messages.get("form.required"));
            }
            return null;
        }
        try {
            return Figures.parse(text, true);
        } catch (NumberFormatException e) {
            errors.put(field, messages.get("form.notNumber", text));
            return null;
        }
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, String> fieldErrors(List<Rejection> reasons) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Rejection r : reasons) {
            errors.merge(FIELDS.getOrDefault(r.field(), "form"), messages.rejection(r), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** Deletes a target (soft: kept in the trash) after the page asked; the next page offers to undo it. */
    @PostMapping("/targets/{id}/delete")
    String deleteTarget(@PathVariable long id, HttpServletRequest request, RedirectAttributes flash) {
        Target t = targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
        service.deleteTarget(id);
        undo.offer(
                request, flash, "target", id, t.indicatorName() + (t.period() == null ? "" : " (" + t.period() + ")"));
        return "redirect:/targets";
    }
}
