package vn.dondoc.app.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * Tasks, targets and results as XLSX and CSV with their ids and versions (and the list's filters), and tasks back
 * in through {@link SheetImport}: a row with a known id updates that task, a row without one creates a task; each
 * bad row is reported, the rest applied. Targets and results come back in through {@link TargetSheets}.
 */
@RestController
@RequestMapping("/api")
public class SpreadsheetApi {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final int MAX_ROWS = 100_000;
    private static final String[] TASK_COLUMNS = {
        "id", "text", "section", "lead", "cooperating", "start", "deadline", "status", "progress", "document"
    };

    private final Tasks tasks;
    private final TaskService taskService;
    private final Targets targets;
    private final OrgUnits units;
    /** Units named in a sheet resolve as in an import's review: the lexicon's aliases, then names and abbreviations. */
    private final NameResolver resolver;

    private final Messages messages;
    private final Clock clock;
    private final Access access;
    private final SheetImport sheets;

    SpreadsheetApi(
            Tasks tasks,
            TaskService taskService,
            Targets targets,
            OrgUnits units,
            Messages messages,
            Clock clock,
            Access access,
            SheetImport sheets,
            NameResolver names) {
        this.resolver = names;
        this.access = access;
        this.sheets = sheets;
        this.tasks = tasks;
        this.taskService = taskService;
        this.targets = targets;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- tasks ----

    private Table taskTable(TaskStatus status, Long unitId, Long documentId, Boolean overdue, String q) {
        LocalDate today = LocalDate.now(clock);
        List<Task> all = tasks.list(
                        new TaskFilter(status, unitId, documentId, null, Boolean.TRUE.equals(overdue) ? today : null, q)
                                .visibleTo(access.visibility()),
                        new PageRequest(0, MAX_ROWS))
                .items();
        List<List<Object>> rows = new ArrayList<>();
        for (Task t : all) {
            rows.add(Arrays.asList(
                    t.id(),
                    t.text(),
                    t.section(),
                    names(t, PartyRole.LEAD),
                    names(t, PartyRole.COOPERATING),
                    t.startDate(),
                    t.deadline(),
                    messages.get("task.status." + t.status()),
                    t.progress(),
                    t.documentId()));
        }
        return sheets.withVersions("task", sheets.header("task", TASK_COLUMNS), rows);
    }

    private static String names(Task t, PartyRole role) {
        return t.parties().stream()
                .filter(p -> p.role() == role)
                .map(p -> p.unitName() != null ? p.unitName() : p.rawName())
                .collect(Collectors.joining("; "));
    }

    @GetMapping("/tasks/export.xlsx")
    public ResponseEntity<byte[]> tasksXlsx(
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q) {
        return file(
                taskTable(status, unitId, documentId, overdue, q).xlsx(messages.get("sheet.task.name")),
                XLSX,
                "nhiem-vu.xlsx");
    }

    @GetMapping("/tasks/export.csv")
    public ResponseEntity<byte[]> tasksCsv(
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q) {
        return file(taskTable(status, unitId, documentId, overdue, q).csv(), CSV, "nhiem-vu.csv");
    }

    @PostMapping(value = "/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public SheetImport.ImportReport importTasks(@RequestParam("file") MultipartFile file) throws IOException {
        return sheets.run(file, "task", sheets.header("task", TASK_COLUMNS), this::importTask);
    }

    private Long importTask(SheetRow row, Long id) {
        List<Long> lead = unitIds(row, 3);
        List<Long> cooperating = unitIds(row, 4);
        LocalDate start = row.date(5);
        LocalDate deadline = row.date(6);
        TaskStatus status = status(row, 7);
        Integer progress =
                Optional.ofNullable(row.number(8)).map(Double::intValue).orElse(null);
        Long documentId = row.id(9);
        if (!row.ok()) {
            return null;
        }
        if (!lead.isEmpty() || !cooperating.isEmpty()) {
            access.require(
                    id == null ? Action.CREATE : Action.UPDATE,
                    "task",
                    Access.taskScope(new java.util.HashSet<>(lead), new java.util.HashSet<>(cooperating)));
        }
        TaskDraft draft = new TaskDraft(row.text(1), row.text(2), start, deadline, lead, cooperating, documentId);
        Task task;
        TaskStatus before = null;
        if (id != null) {
            Task old = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
            access.require(Action.UPDATE, "task", access.task(id));
            before = old.status();
            Outcome<Task> out = taskService.update(id, draft);
            if (!collect(out, row)) {
                return null;
            }
            task = ((Outcome.Ok<Task>) out).value();
            if (progress != null && progress != old.progress() && task.status().open()) {
                Long reporter = lead.isEmpty() ? null : lead.get(0);
                if (!collect(taskService.report(id, null, reporter, progress, messages.get("sheet.reportNote")), row)) {
                    return null;
                }
            }
        } else {
            Outcome<Task> out = taskService.create(draft);
            if (!collect(out, row)) {
                return null;
            }
            task = ((Outcome.Ok<Task>) out).value();
        }
        // the status column is applied only when edited: a progress update may already have moved it
        Task now = tasks.find(task.id()).orElseThrow();
        if (status != null && status != before && status != now.status()) {
            if (!collect(taskService.changeStatus(now.id(), status), row)) {
                return null;
            }
        }
        return task.id();
    }

    private static final Map<String, Integer> TASK_FIELDS =
            Map.of("text", 1, "startDate", 5, "deadline", 6, "status", 7, "percent", 8);

    private static boolean collect(Outcome<?> out, SheetRow row) {
        if (out instanceof Outcome.Rejected<?> r) {
            row.rejected(r.reasons(), TASK_FIELDS);
            return false;
        }
        return true;
    }

    private List<Long> unitIds(SheetRow row, int column) {
        List<Long> ids = new ArrayList<>();
        String names = row.text(column);
        if (names == null) {
            return ids;
        }
        for (String n : names.split(";")) {
            if (n.isBlank()) {
                continue;
            }
            Long unit = resolver.resolve(n.strip()).unitId();
            if (unit != null) {
                ids.add(unit);
            } else {
                row.problem(column, messages.get("sheet.unknownUnit", n.strip()));
            }
        }
        return ids;
    }

    private TaskStatus status(SheetRow row, int column) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        for (TaskStatus s : TaskStatus.values()) {
            if (s.name().equalsIgnoreCase(text)
                    || messages.get("task.status." + s).equalsIgnoreCase(text)) {
                return s;
            }
        }
        row.problem(column, messages.get("sheet.badStatus", text));
        return null;
    }

    // ---- targets and results (out only) ----

    private Table targetTable(Long indicatorId, Long documentId, String period) {
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : targets.listTargets(
                        indicatorId, documentId, period, access.visibility(), new PageRequest(0, MAX_ROWS))
                .items()) {
            rows.add(Arrays.asList(
                    t.id(),
                    t.indicatorId(),
                    t.indicatorName(),
                    t.comparator(),
                    t.plannedValue(),
                    t.plannedValueTo(),
                    t.unit(),
                    t.period(),
                    t.scope(),
                    t.documentId()));
        }
        return sheets.withVersions("target", sheets.header("target", TargetSheets.TARGET_COLUMNS), rows);
    }

    private Table resultTable(Long indicatorId, Long documentId, String period) {
        List<List<Object>> rows = new ArrayList<>();
        for (Result r : targets.listResults(
                        indicatorId, documentId, period, access.visibility(), new PageRequest(0, MAX_ROWS))
                .items()) {
            rows.add(Arrays.asList(
                    r.id(),
                    r.indicatorId(),
                    r.indicatorName(),
                    r.actualValue(),
                    r.unit(),
                    r.percentOfPlan(),
                    r.period(),
                    r.reportingUnit(),
                    r.reportingUnitId(),
                    r.documentId()));
        }
        return sheets.withVersions("result", sheets.header("result", TargetSheets.RESULT_COLUMNS), rows);
    }

    @GetMapping("/targets/export.xlsx")
    public ResponseEntity<byte[]> targetsXlsx(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period) {
        return file(
                targetTable(indicatorId, documentId, period).xlsx(messages.get("sheet.target.name")),
                XLSX,
                "chi-tieu.xlsx");
    }

    @GetMapping("/targets/export.csv")
    public ResponseEntity<byte[]> targetsCsv(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period) {
        return file(targetTable(indicatorId, documentId, period).csv(), CSV, "chi-tieu.csv");
    }

    @GetMapping("/results/export.xlsx")
    public ResponseEntity<byte[]> resultsXlsx(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period) {
        return file(
                resultTable(indicatorId, documentId, period).xlsx(messages.get("sheet.result.name")),
                XLSX,
                "ket-qua.xlsx");
    }

    @GetMapping("/results/export.csv")
    public ResponseEntity<byte[]> resultsCsv(
            @RequestParam(required = false) Long indicatorId,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) String period) {
        return file(resultTable(indicatorId, documentId, period).csv(), CSV, "ket-qua.csv");
    }

    // ---- files ----

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
