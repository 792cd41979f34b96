package vn.dondoc.app.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import vn.dondoc.app.web.ForbiddenException;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * Tasks, targets and results as XLSX and CSV with their ids (and the list's filters), and tasks back in: a row
 * with a known id updates that task, a row without one creates a task; each bad row is reported, the rest applied.
 */
@RestController
@RequestMapping("/api")
public class SpreadsheetApi {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final int MAX_ROWS = 100_000;
    private static final String[] TASK_COLUMNS = {"id", "text", "section", "lead", "cooperating", "start", "deadline",
            "status", "progress", "document"};

    private final Tasks tasks;
    private final TaskService taskService;
    private final Targets targets;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;
    private final Access access;

    SpreadsheetApi(Tasks tasks, TaskService taskService, Targets targets, OrgUnits units, Messages messages, Clock clock,
                   Access access) {
        this.access = access;
        this.tasks = tasks;
        this.taskService = taskService;
        this.targets = targets;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** What an import did: ids updated and created, and per row (1 = the first row under the header) what was wrong. */
    public record ImportReport(List<Long> updated, List<Long> created, List<RowError> errors) {
    }

    public record RowError(int row, List<String> messages) {
    }

    // ---- tasks ----

    private Table taskTable(TaskStatus status, Long unitId, Long documentId, Boolean overdue, String q) {
        LocalDate today = LocalDate.now(clock);
        List<Task> all = tasks.list(new TaskFilter(status, unitId, documentId, null, Boolean.TRUE.equals(overdue) ? today : null,
                q).visibleTo(access.visibility()), new PageRequest(0, MAX_ROWS)).items();
        List<List<Object>> rows = new ArrayList<>();
        for (Task t : all) {
            rows.add(Arrays.asList(t.id(), t.text(), t.section(), names(t, PartyRole.LEAD), names(t, PartyRole.COOPERATING),
                    t.startDate(), t.deadline(), messages.get("task.status." + t.status()), t.progress(), t.documentId()));
        }
        return new Table(headers("task", TASK_COLUMNS), rows);
    }

    private static String names(Task t, PartyRole role) {
        return t.parties().stream().filter(p -> p.role() == role).map(p -> p.unitName() != null ? p.unitName() : p.rawName())
                .collect(Collectors.joining("; "));
    }

    @GetMapping("/tasks/export.xlsx")
    public ResponseEntity<byte[]> tasksXlsx(@RequestParam(required = false) TaskStatus status,
                                            @RequestParam(required = false) Long unitId,
                                            @RequestParam(required = false) Long documentId,
                                            @RequestParam(required = false) Boolean overdue,
                                            @RequestParam(required = false) String q) {
        return file(taskTable(status, unitId, documentId, overdue, q).xlsx(messages.get("sheet.task.name")), XLSX,
                "nhiem-vu.xlsx");
    }

    @GetMapping("/tasks/export.csv")
    public ResponseEntity<byte[]> tasksCsv(@RequestParam(required = false) TaskStatus status,
                                           @RequestParam(required = false) Long unitId,
                                           @RequestParam(required = false) Long documentId,
                                           @RequestParam(required = false) Boolean overdue,
                                           @RequestParam(required = false) String q) {
        return file(taskTable(status, unitId, documentId, overdue, q).csv(), CSV, "nhiem-vu.csv");
    }

    @PostMapping(value = "/tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport importTasks(@RequestParam("file") MultipartFile file) throws IOException {
        Table table;
        try {
            table = Table.read(file.getBytes());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(messages.get("sheet.unreadable"), e);
        }
        List<String> expected = headers("task", TASK_COLUMNS);
        if (table.header().size() < expected.size()
                || !table.header().subList(0, expected.size()).stream().map(String::strip).toList().equals(expected)) {
            throw new IllegalArgumentException(messages.get("sheet.badHeader", String.join(", ", expected)));
        }
        List<Long> updated = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> problems = new ArrayList<>();
            List<Object> row = table.rows().get(i);
            try {
                importTask(row, problems, updated, created);
            } catch (RecordNotFoundException e) {
                problems.add(messages.get("sheet.unknownId", cell(row, 0)));
            } catch (ForbiddenException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                errors.add(new RowError(i + 1, problems));
            }
        }
        return new ImportReport(updated, created, errors);
    }

    private void importTask(List<Object> row, List<String> problems, List<Long> updated, List<Long> created) {
        Long id = number(row, 0, "id", problems).map(Double::longValue).orElse(null);
        List<Long> lead = unitIds(cell(row, 3), problems);
        List<Long> cooperating = unitIds(cell(row, 4), problems);
        LocalDate start = date(row, 5, "start", problems);
        LocalDate deadline = date(row, 6, "deadline", problems);
        TaskStatus status = status(cell(row, 7), problems);
        Integer progress = number(row, 8, "progress", problems).map(Double::intValue).orElse(null);
        Long documentId = number(row, 9, "document", problems).map(Double::longValue).orElse(null);
        if (!problems.isEmpty()) {
            return;
        }
        if (!lead.isEmpty() || !cooperating.isEmpty()) {
            access.require(id == null ? Action.CREATE : Action.UPDATE, "task",
                    Access.taskScope(new java.util.HashSet<>(lead), new java.util.HashSet<>(cooperating)));
        }
        TaskDraft draft = new TaskDraft(cell(row, 1), cell(row, 2), start, deadline, lead, cooperating, documentId);
        Task task;
        TaskStatus before = null;
        if (id != null) {
            Task old = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
            access.require(Action.UPDATE, "task", access.task(id));
            before = old.status();
            Outcome<Task> out = taskService.update(id, draft);
            if (!collect(out, problems)) {
                return;
            }
            task = ((Outcome.Ok<Task>) out).value();
            if (progress != null && progress != old.progress() && task.status().open()) {
                Long reporter = lead.isEmpty() ? null : lead.get(0);
                if (!collect(taskService.report(id, null, reporter, progress, messages.get("sheet.reportNote")), problems)) {
                    return;
                }
            }
            updated.add(id);
        } else {
            Outcome<Task> out = taskService.create(draft);
            if (!collect(out, problems)) {
                return;
            }
            task = ((Outcome.Ok<Task>) out).value();
            created.add(task.id());
        }
        // the status column is applied only when edited: a progress update may already have moved it
        Task now = tasks.find(task.id()).orElseThrow();
        if (status != null && status != before && status != now.status()) {
            collect(taskService.changeStatus(now.id(), status), problems);
        }
    }

    private boolean collect(Outcome<?> out, List<String> problems) {
        if (out instanceof Outcome.Rejected<?> r) {
            problems.addAll(messages.rejections(r.reasons()));
            return false;
        }
        return true;
    }

    private List<Long> unitIds(String names, List<String> problems) {
        List<Long> ids = new ArrayList<>();
        if (names == null) {
            return ids;
        }
        for (String n : names.split(";")) {
            if (n.isBlank()) {
                continue;
            }
            Optional<OrgUnit> u = units.findByNameOrAbbreviation(n.strip());
            if (u.isPresent()) {
                ids.add(u.get().id());
            } else {
                problems.add(messages.get("sheet.unknownUnit", n.strip()));
            }
        }
        return ids;
    }

    private TaskStatus status(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        for (TaskStatus s : TaskStatus.values()) {
            if (s.name().equalsIgnoreCase(text) || messages.get("task.status." + s).equalsIgnoreCase(text)) {
                return s;
            }
        }
        problems.add(messages.get("sheet.badStatus", text));
        return null;
    }

    // ---- targets and results (out only) ----

    private Table targetTable(Long indicatorId, Long documentId, String period) {
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : targets.listTargets(indicatorId, documentId, period, access.visibility(),
                new PageRequest(0, MAX_ROWS)).items()) {
            rows.add(Arrays.asList(t.id(), t.indicatorId(), t.indicatorName(), t.comparator(), t.plannedValue(),
                    t.plannedValueTo(), t.unit(), t.period(), t.scope(), t.documentId()));
        }
        return new Table(headers("target", "id", "indicatorId", "indicator", "comparator", "planned", "plannedTo", "unit",
                "period", "scope", "document"), rows);
    }

    private Table resultTable(Long indicatorId, Long documentId, String period) {
        List<List<Object>> rows = new ArrayList<>();
        for (Result r : targets.listResults(indicatorId, documentId, period, access.visibility(),
                new PageRequest(0, MAX_ROWS)).items()) {
            rows.add(Arrays.asList(r.id(), r.indicatorId(), r.indicatorName(), r.actualValue(), r.unit(), r.percentOfPlan(),
                    r.period(), r.reportingUnit(), r.reportingUnitId(), r.documentId()));
        }
        return new Table(headers("result", "id", "indicatorId", "indicator", "actual", "unit", "percent", "period",
                "reportingUnit", "reportingUnitId", "document"), rows);
    }

    @GetMapping("/targets/export.xlsx")
    public ResponseEntity<byte[]> targetsXlsx(@RequestParam(required = false) Long indicatorId,
                                              @RequestParam(required = false) Long documentId,
                                              @RequestParam(required = false) String period) {
        return file(targetTable(indicatorId, documentId, period).xlsx(messages.get("sheet.target.name")), XLSX, "chi-tieu.xlsx");
    }

    @GetMapping("/targets/export.csv")
    public ResponseEntity<byte[]> targetsCsv(@RequestParam(required = false) Long indicatorId,
                                             @RequestParam(required = false) Long documentId,
                                             @RequestParam(required = false) String period) {
        return file(targetTable(indicatorId, documentId, period).csv(), CSV, "chi-tieu.csv");
    }

    @GetMapping("/results/export.xlsx")
    public ResponseEntity<byte[]> resultsXlsx(@RequestParam(required = false) Long indicatorId,
                                              @RequestParam(required = false) Long documentId,
                                              @RequestParam(required = false) String period) {
        return file(resultTable(indicatorId, documentId, period).xlsx(messages.get("sheet.result.name")), XLSX, "ket-qua.xlsx");
    }

    @GetMapping("/results/export.csv")
    public ResponseEntity<byte[]> resultsCsv(@RequestParam(required = false) Long indicatorId,
                                             @RequestParam(required = false) Long documentId,
                                             @RequestParam(required = false) String period) {
        return file(resultTable(indicatorId, documentId, period).csv(), CSV, "ket-qua.csv");
    }

    // ---- cells ----

    private List<String> headers(String kind, String... columns) {
        return Arrays.stream(columns).map(c -> messages.get("sheet." + kind + "." + c)).toList();
    }

    private static String cell(List<Object> row, int i) {
        if (i >= row.size() || row.get(i) == null) {
            return null;
        }
        String s = row.get(i).toString().strip();
        return s.isEmpty() ? null : s;
    }

    private Optional<Double> number(List<Object> row, int i, String column, List<String> problems) {
        String s = cell(row, i);
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(s.replace(',', '.')));
        } catch (NumberFormatException e) {
            problems.add(messages.get("sheet.badNumber", messages.get("sheet.task." + column), s));
            return Optional.empty();
        }
    }

    private LocalDate date(List<Object> row, int i, String column, List<String> problems) {
        String s = cell(row, i);
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{5}(\\.\\d+)?")) {
            // a day typed into a cell Excel did not format as a date: its serial number
            return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(Double.parseDouble(s)).toLocalDate();
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, Table.DAY.withLocale(Locale.ROOT)) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
            } catch (DateTimeParseException e2) {
                problems.add(messages.get("sheet.badDate", messages.get("sheet.task." + column), s));
                return null;
            }
        }
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
