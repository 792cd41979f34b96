package vn.dondoc.app.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.check.FigureChecks;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.imports.ImportBatch;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.textcore.model.DocumentType;

/** Uploading files, following a batch, and reviewing what was read from a file before it is stored. */
@HtmlPages
class ImportPages {
    private final ImportJobs jobs;
    private final ImportService imports;
    private final Optional<ImportWorker> worker;
    private final OrgUnits units;
    private final People people;
    private final Messages messages;
    private final FigureChecks checks;
    private final Access access;

    ImportPages(
            ImportJobs jobs,
            ImportService imports,
            Optional<ImportWorker> worker,
            OrgUnits units,
            People people,
            Messages messages,
            FigureChecks checks,
            Access access) {
        this.checks = checks;
        this.access = access;
        this.jobs = jobs;
        this.imports = imports;
        this.worker = worker;
        this.units = units;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String imports(Model model) {
        model.addAttribute(
                "batches",
                jobs.batches(new PageRequest(0, 20), access.visibility()).items());
        model.addAttribute("failed", jobs.failed(100, access.visibility()));
        model.addAttribute("msg", messages);
        // only who may import sees the upload form and the retry / drop buttons (else they would answer 403)
        model.addAttribute("mayImport", access.policy().allowsSomewhere(Access.currentActor(), Action.CONFIRM_IMPORT));
        return "imports/imports";
    }

    /** A failed file read again from the start (its attempts counted anew); the batch page shows how it goes. */
    @PostMapping("/imports/files/{fileId}/retry")
    String retry(@PathVariable long fileId) {
        var file = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
        imports.retry(fileId);
        worker.ifPresent(ImportWorker::kick);
        return "redirect:/imports/" + file.batchId();
    }

    /** A failed file (or one awaiting review) given up: kept in the batch as dropped, in the audit trail. */
    @PostMapping("/imports/files/{fileId}/drop")
    String drop(@PathVariable long fileId) {
        var file = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
        imports.drop(fileId);
        return "redirect:/imports/" + file.batchId();
    }

    @PostMapping("/imports")
    String upload(
            @RequestParam("files") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean autoConfirm)
            throws IOException {
        List<IncomingFile> incoming = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()) {
                incoming.add(new IncomingFile(f.getOriginalFilename(), f.getBytes()));
            }
        }
        long batch = imports.stage(null, incoming, autoConfirm, access.grantUnits());
        worker.ifPresent(ImportWorker::kick);
        return "redirect:/imports/" + batch;
    }

    @GetMapping("/imports/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        ImportBatch b = jobs.batch(batchId).orElseThrow(() -> new RecordNotFoundException("importBatch", batchId));
        model.addAttribute("batch", b);
        model.addAttribute("files", jobs.files(batchId));
        model.addAttribute("running", b.count(ImportStatus.QUEUED) + b.count(ImportStatus.PROCESSING) > 0);
        model.addAttribute("msg", messages);
        return "imports/batch";
    }

    @GetMapping("/imports/files/{fileId}/review")
    String review(@PathVariable long fileId, Model model) {
        var file = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
        if (file.status() != ImportStatus.READY) {
            return file.documentId() != null
                    ? "redirect:/documents/" + file.documentId()
                    : "redirect:/imports/" + file.batchId();
        }
        model.addAttribute("file", file);
        // a reviewer's time goes first where the engine is unsure
        var proposal = imports.proposal(fileId).uncertainFirst();
        model.addAttribute("p", proposal);
        model.addAttribute(
                "checks",
                checks.ofText(
                        file.fileName(),
                        file.text(),
                        proposal.document().issuedOn() == null
                                ? null
                                : proposal.document().issuedOn().getYear()));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute(
                "comparators",
                java.util.Arrays.stream(vn.dondoc.textcore.model.Comparator.values())
                        .map(Enum::name)
                        .toList());
        model.addAttribute("units", units.all());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        return "imports/review";
    }
}
