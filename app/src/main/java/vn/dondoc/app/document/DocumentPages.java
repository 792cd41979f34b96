package vn.dondoc.app.document;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.check.FigureChecks;
import vn.dondoc.app.trash.Undo;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Params;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.textcore.model.DocumentType;

/** The document list and a document's page with what was read from it and its citations. */
@HtmlPages
class DocumentPages {
    private final Undo undo;
    private final Documents documents;
    private final DocumentService documentService;
    private final Tasks tasks;
    private final Calendars calendars;
    private final Targets targets;
    private final FigureChecks checks;
    private final Clock clock;
    private final Access access;

    DocumentPages(
            Documents documents,
            DocumentService documentService,
            Tasks tasks,
            Calendars calendars,
            Targets targets,
            FigureChecks checks,
            Clock clock,
            Access access,
            Undo undo) {
        this.undo = undo;
        this.access = access;
        this.checks = checks;
        this.documents = documents;
        this.documentService = documentService;
        this.tasks = tasks;
        this.calendars = calendars;
        this.targets = targets;
        this.clock = clock;
    }

    @GetMapping("/documents")
    String documents(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String number,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after,
            Model model) {
        Page<Document> p = documents.list(
                new DocumentFilter(Params.blank(type), Params.blank(number), null, null, null)
                        .visibleTo(access.visibility()),
                new PageRequest(Math.max(0, page), 20, after));
        model.addAttribute("page", p);
        model.addAttribute("pages", Params.pageCount(p));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute(
                "typeLabels",
                java.util.Arrays.stream(DocumentType.values())
                        .collect(java.util.stream.Collectors.toMap(DocumentType::name, DocumentType::label)));
        model.addAttribute("type", type);
        model.addAttribute("number", number);
        return "document/documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        Document d = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
        model.addAttribute("doc", d);
        model.addAttribute("typeLabel", typeLabel(d.type()));
        // a unit that reads the document because one of its tasks names it sees the records it may read, no more
        var visible = access.visibility();
        model.addAttribute(
                "tasks",
                tasks.list(new TaskFilter(null, null, id, null, null, null).visibleTo(visible), all)
                        .items());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "events",
                calendars.listEvents(null, null, id, null, visible, all).items());
        model.addAttribute(
                "targets", targets.listTargets(null, id, null, visible, all).items());
        model.addAttribute(
                "results", targets.listResults(null, id, null, visible, all).items());
        model.addAttribute("checks", checks.of(id));
        model.addAttribute("cites", documents.referencesFrom(id));
        model.addAttribute("citedBy", documents.referencesTo(id));
        return "document/document";
    }

    @PostMapping("/documents/{id}/delete")
    String deleteDocument(
            @PathVariable long id,
            jakarta.servlet.http.HttpServletRequest request,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        var doc = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        documentService.delete(id);
        undo.offer(request, flash, "document", id, doc.number() != null ? doc.number() : doc.sourceName());
        return "redirect:/documents";
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
