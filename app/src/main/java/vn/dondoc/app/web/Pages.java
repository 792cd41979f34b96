package vn.dondoc.app.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportBatch;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.app.search.SearchView;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.textcore.model.DocumentType;

/** Server-rendered pages. Thin: read through the ports, render; writes go through the REST API or use cases. */
@Controller
public class Pages {
    private final Documents documents;
    private final DocumentService documentService;
    private final Tasks tasks;
    private final vn.dondoc.domain.task.TaskService taskService;
    private final Calendars calendars;
    private final Targets targets;
    private final ImportJobs jobs;
    private final ImportService imports;
    private final java.util.Optional<vn.dondoc.app.imports.ImportWorker> worker;
    private final Search search;
    private final OrgUnits units;
    private final vn.dondoc.domain.org.People people;
    private final vn.dondoc.domain.org.Lexicon lexicon;
    private final Messages messages;
    private final Clock clock;

    Pages(Documents documents, DocumentService documentService, Tasks tasks, vn.dondoc.domain.task.TaskService taskService,
          Calendars calendars, Targets targets,
          ImportJobs jobs, ImportService imports, java.util.Optional<vn.dondoc.app.imports.ImportWorker> worker,
          Search search, OrgUnits units, vn.dondoc.domain.org.People people, vn.dondoc.domain.org.Lexicon lexicon,
          Messages messages, Clock clock) {
        this.documents = documents;
        this.documentService = documentService;
        this.tasks = tasks;
        this.taskService = taskService;
        this.calendars = calendars;
        this.targets = targets;
        this.jobs = jobs;
        this.imports = imports;
        this.worker = worker;
        this.search = search;
        this.units = units;
        this.people = people;
        this.lexicon = lexicon;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/documents";
    }

    @GetMapping("/documents")
    String documents(@RequestParam(required = false) String type, @RequestParam(required = false) String number,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Document> p = documents.list(new DocumentFilter(blank(type), blank(number), null, null, null),
                new PageRequest(page, 20));
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (p.total() + p.size() - 1) / p.size()));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("type", type);
        model.addAttribute("number", number);
        return "documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        Document d = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("doc", d);
        model.addAttribute("typeLabel", typeLabel(d.type()));
        model.addAttribute("tasks", tasks.list(new TaskFilter(null, null, id, null, null, null), all).items());
        model.addAttribute("today", today);
        model.addAttribute("events", calendars.listEvents(null, null, id, null, all).items());
        model.addAttribute("targets", targets.listTargets(null, id, null, all).items());
        model.addAttribute("results", targets.listResults(null, id, null, all).items());
        model.addAttribute("cites", documents.referencesFrom(id));
        model.addAttribute("citedBy", documents.referencesTo(id));
        return "document";
    }

    @PostMapping("/documents/{id}/delete")
    String deleteDocument(@PathVariable long id) {
        documentService.delete(id);
        return "redirect:/documents";
    }

    @GetMapping("/tasks")
    String tasks(@RequestParam(required = false) TaskStatus status, @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        Page<Task> p = tasks.list(new TaskFilter(status, unitId, null, null, overdue ? today : null, null),
                new PageRequest(page, 50));
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (p.total() + p.size() - 1) / p.size()));
        model.addAttribute("today", today);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("units", units.all());
        model.addAttribute("unitId", unitId);
        return "tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        model.addAttribute("t", t);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("reports", tasks.reports(id));
        model.addAttribute("next", t.status().next());
        model.addAttribute("units", units.all());
        model.addAttribute("unitNames", units.all().stream().collect(java.util.stream.Collectors.toMap(
                vn.dondoc.domain.org.OrgUnit::id, vn.dondoc.domain.org.OrgUnit::name)));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "task";
    }

    @PostMapping("/tasks/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam TaskStatus status, Model model) {
        var out = taskService.changeStatus(id, status);
        if (out instanceof vn.dondoc.domain.common.Outcome.Rejected<Task> r) {
            model.addAttribute("problems", messages.rejections(r.reasons()));
            return task(id, model);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/reports")
    String report(@PathVariable long id, @RequestParam int percent, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) String note, Model model) {
        var out = taskService.report(id, null, unitId, percent, note);
        if (out instanceof vn.dondoc.domain.common.Outcome.Rejected<?> r) {
            model.addAttribute("problems", messages.rejections(r.reasons()));
            return task(id, model);
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                    @RequestParam(required = false) Long unitId, Model model) {
        var events = calendars.listEvents(from, to, null, unitId, new PageRequest(0, PageRequest.MAX_SIZE));
        model.addAttribute("events", events.items());
        model.addAttribute("total", events.total());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units.all());
        model.addAttribute("unitId", unitId);
        model.addAttribute("today", LocalDate.now(clock));
        return "calendar";
    }

    @GetMapping("/org")
    String org(Model model) {
        var all = units.all();
        model.addAttribute("units", all);
        model.addAttribute("unitNames", all.stream().collect(java.util.stream.Collectors.toMap(
                vn.dondoc.domain.org.OrgUnit::id, vn.dondoc.domain.org.OrgUnit::name)));
        model.addAttribute("people", people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("aliases", lexicon.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("personNames", people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .collect(java.util.stream.Collectors.toMap(vn.dondoc.domain.org.Person::id, vn.dondoc.domain.org.Person::name)));
        return "org";
    }

    @GetMapping("/imports")
    String imports(Model model) {
        model.addAttribute("batches", jobs.batches(new PageRequest(0, 20)).items());
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("files") List<MultipartFile> files,
                  @RequestParam(defaultValue = "false") boolean autoConfirm) throws java.io.IOException {
        List<IncomingFile> incoming = new java.util.ArrayList<>();
        for (MultipartFile f : files) {
            if (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()) {
                incoming.add(new IncomingFile(f.getOriginalFilename(), f.getBytes()));
            }
        }
        long batch = imports.stage(null, incoming, autoConfirm);
        worker.ifPresent(vn.dondoc.app.imports.ImportWorker::kick);
        return "redirect:/imports/" + batch;
    }

    @GetMapping("/imports/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        ImportBatch b = jobs.batch(batchId).orElseThrow(() -> new RecordNotFoundException("importBatch", batchId));
        model.addAttribute("batch", b);
        model.addAttribute("files", jobs.files(batchId));
        model.addAttribute("running", b.count(ImportStatus.QUEUED) + b.count(ImportStatus.PROCESSING) > 0);
        model.addAttribute("msg", messages);
        return "batch";
    }

    @GetMapping("/imports/files/{fileId}/review")
    String review(@PathVariable long fileId, Model model) {
        var file = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
        if (file.status() != ImportStatus.READY) {
            return file.documentId() != null ? "redirect:/documents/" + file.documentId() : "redirect:/imports/" + file.batchId();
        }
        model.addAttribute("file", file);
        model.addAttribute("p", imports.proposal(fileId));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("units", units.all());
        model.addAttribute("people", people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        return "review";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) RecordKind kind,
                  @RequestParam(required = false) String type, @RequestParam(required = false) TaskStatus status,
                  @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("units", units.all());
        if (!q.isBlank() || kind != null || blank(type) != null || status != null || blank(unit) != null || year != null) {
            model.addAttribute("results", SearchView.of(search.search(new SearchRequest(q,
                    kind == null ? null : java.util.Set.of(kind), blank(type), null, status == null ? null : status.name(),
                    blank(unit), year, null, null, page, 20))));
        }
        return "search";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String typeLabel(String type) {
        if (type == null) {
            return null;
        }
        try {
            return DocumentType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }
}
