package vn.dondoc.app.spreadsheet;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.TargetService;
import vn.dondoc.domain.target.Targets;

/**
 * Targets and results back in from the files {@code GET /api/targets/export.*} and {@code /api/results/export.*}
 * write, through {@link SheetImport}: so a unit reports its actual values in Excel. A result is written only for a
 * unit the person may report for (its staff, the clerk or leader above it); targets are the agency's.
 */
@RestController
@RequestMapping("/api")
public class TargetSheets {
    static final String[] TARGET_COLUMNS = {
        "id", "indicatorId", "indicator", "comparator", "planned", "plannedTo", "unit", "period", "scope", "document"
    };
    static final String[] RESULT_COLUMNS = {
        "id",
        "indicatorId",
        "indicator",
        "actual",
        "unit",
        "percent",
        "period",
        "reportingUnit",
        "reportingUnitId",
        "document"
    };
    private static final Map<String, Integer> TARGET_FIELDS =
            Map.of("indicatorId", 1, "indicatorName", 2, "comparator", 3, "plannedValue", 4, "plannedValueTo", 5);
    private static final Map<String, Integer> RESULT_FIELDS =
            Map.of("indicatorId", 1, "indicatorName", 2, "actualValue", 3, "percentOfPlan", 5);
    private static final String[] COMPARATORS = {"GTE", "LTE", "EQ", "RANGE"};

    private final SheetImport sheets;
    private final Targets targets;
    private final TargetService service;
    private final OrgUnits units;
    /** Units named in a sheet resolve as in an import's review: the lexicon's aliases, then names and abbreviations. */
    private final NameResolver resolver;

    private final Documents documents;
    private final Access access;
    private final Messages messages;

    TargetSheets(
            SheetImport sheets,
            Targets targets,
            TargetService service,
            OrgUnits units,
            Documents documents,
            Access access,
            Messages messages,
            NameResolver names) {
        this.resolver = names;
        this.sheets = sheets;
        this.targets = targets;
        this.service = service;
        this.units = units;
        this.documents = documents;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping(value = "/targets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SheetImport.ImportReport importTargets(@RequestParam("file") MultipartFile file) throws IOException {
        return sheets.run(file, "target", sheets.header("target", TARGET_COLUMNS), this::target);
    }

    @PostMapping(value = "/results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SheetImport.ImportReport importResults(@RequestParam("file") MultipartFile file) throws IOException {
        return sheets.run(file, "result", sheets.header("result", RESULT_COLUMNS), this::result);
    }

    private Long target(SheetRow row, Long id) {
        Long indicatorId = row.id(1);
        String comparator = comparator(row, 3);
        Double planned = row.requiredNumber(4);
        Double plannedTo = row.number(5);
        Long documentId = document(row, 9);
        if (!row.ok()) {
            return null;
        }
        access.require(id == null ? Action.CREATE : Action.UPDATE, "target", RecordScope.AGENCY);
        Target old =
                id == null ? null : targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
        Outcome<Target> out = service.save(new Target(
                id,
                indicatorId == null ? 0 : indicatorId,
                row.text(2),
                documentId,
                comparator,
                planned,
                plannedTo,
                row.text(6),
                row.text(7),
                scope(row.text(8)),
                old == null ? null : old.spanStart(),
                old == null ? null : old.spanEnd()));
        if (out instanceof Outcome.Rejected<Target> r) {
            row.rejected(r.reasons(), TARGET_FIELDS);
            return null;
        }
        return out.orElseThrow().id();
    }

    private Long result(SheetRow row, Long id) {
        Long indicatorId = row.id(1);
        Double actual = row.requiredNumber(3);
        Double percent = row.number(5);
        Long documentId = document(row, 9);
        Result old = id == null ? null : targets.findResult(id).orElse(null);
        Optional<OrgUnit> unit = reportingUnit(row, 7, 8, old);
        if (!row.ok()) {
            return null;
        }
        String unitName = unit.map(OrgUnit::name).orElse(row.text(7));
        Long unitId = unit.map(OrgUnit::id).orElse(null);
        if (id != null) {
            if (old == null) {
                throw new RecordNotFoundException("result", id);
            }
            access.require(Action.UPDATE, "result", access.result(id));
            if (!Objects.equals(old.reportingUnitId(), unitId)) {
                access.requireReportFor(unitId, unitName);
            }
        } else {
            access.requireReportFor(unitId, unitName);
        }
        Outcome<Result> out = service.save(new Result(
                id,
                indicatorId == null ? 0 : indicatorId,
                row.text(2),
                documentId,
                actual,
                row.text(4),
                percent,
                row.text(6),
                unitName,
                unitId,
                old == null ? null : old.spanStart(),
                old == null ? null : old.spanEnd()));
        if (out instanceof Outcome.Rejected<Result> r) {
            row.rejected(r.reasons(), RESULT_FIELDS);
            return null;
        }
        return out.orElseThrow().id();
    }

    /**
     * The unit a row reports for: its id column, else its name resolved as an import's review resolves it (aliases,
     * names, abbreviations); a name that names another unit than the id is a mistake to fix. A name nobody knows is
     * the row's error, naming it, unless it is the name the stored result already had (a value taken from a document
     * of an issuer outside the tree, exported and read back).
     */
    private Optional<OrgUnit> reportingUnit(SheetRow row, int nameColumn, int idColumn, Result old) {
        Long id = row.id(idColumn);
        String name = row.text(nameColumn);
        Optional<OrgUnit> byName = name == null
                ? Optional.empty()
                : Optional.ofNullable(resolver.resolve(name).unitId()).flatMap(units::find);
        if (id == null) {
            boolean asStored = old != null
                    && old.reportingUnitId() == null
                    && name != null
                    && Objects.equals(Texts.key(name), Texts.key(old.reportingUnit()));
            if (name != null && byName.isEmpty() && !asStored) {
                row.problem(nameColumn, messages.get("sheet.unknownUnit", name));
            }
            return byName;
        }
        Optional<OrgUnit> byId = units.find(id);
        if (byId.isEmpty()) {
            row.problem(idColumn, messages.get("sheet.unknownUnitId", String.valueOf(id)));
        } else if (byName.isPresent() && !byName.get().id().equals(id)) {
            row.problem(
                    nameColumn,
                    messages.get("sheet.unitMismatch", name, byId.get().name()));
        }
        return byId;
    }

    /** A target's scope: the unit's own name when it names one ("LĐVL", an alias), else as written ("toàn tỉnh", a commune). */
    private String scope(String text) {
        if (text == null) {
            return null;
        }
        Long unit = resolver.resolve(text).unitId();
        return unit == null ? text : units.find(unit).map(OrgUnit::name).orElse(text);
    }

    private Long document(SheetRow row, int column) {
        Long id = row.id(column);
        if (id != null && documents.find(id).isEmpty()) {
            row.problem(column, messages.get("sheet.unknownDocument", String.valueOf(id)));
            return null;
        }
        return id;
    }

    /** GTE, ≥, >=, "Không thấp hơn (≥)" …: the code, the sign or the name the pages show. */
    private String comparator(SheetRow row, int column) {
        String text = row.text(column);
        if (text == null) {
            row.problem(column, messages.get("sheet.required"));
            return null;
        }
        String t = text.strip();
        for (String c : COMPARATORS) {
            if (c.equalsIgnoreCase(t)
                    || messages.get("figures.comparatorName." + c).equalsIgnoreCase(t)
                    || messages.has("figures.comparator." + c)
                            && messages.get("figures.comparator." + c).equals(t)) {
                return c;
            }
        }
        switch (t) {
            case ">=", "=>" -> {
                return "GTE";
            }
            case "<=", "=<" -> {
                return "LTE";
            }
            case "==" -> {
                return "EQ";
            }
            default -> {
                row.problem(column, messages.get("sheet.badComparator", t));
                return null;
            }
        }
    }
}
