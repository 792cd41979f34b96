package vn.dondoc.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.imports.ImportBatch;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.imports.Proposal;

/** REST: upload files, watch a batch's progress, review a file's proposal, confirm or drop it. */
@RestController
@RequestMapping("/api/imports")
public class ImportApi {
    private final ImportService imports;
    private final ImportJobs jobs;
    private final Optional<ImportWorker> worker;
    private final Messages messages;
    private final Access access;

    ImportApi(ImportService imports, ImportJobs jobs, Optional<ImportWorker> worker, Messages messages, Access access) {
        this.access = access;
        this.imports = imports;
        this.jobs = jobs;
        this.worker = worker;
        this.messages = messages;
    }

    /** A file's state without its text, with its error in Vietnamese. */
    public record FileView(
            long id, String fileName, long size, String contentHash, String status, String error, Long documentId) {}

    public record BatchView(ImportBatch batch, int total, int done, int percentDone, List<FileView> files) {}

    FileView view(ImportFile f) {
        return new FileView(
                f.id(),
                f.fileName(),
                f.size(),
                f.contentHash(),
                f.status().name(),
                messages.fileError(f),
                f.documentId());
    }

    /** Stages the files and answers at once (202); extraction runs in the background. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public BatchView upload(
            @RequestPart("files") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean autoConfirm,
            @RequestParam(required = false) String label) {
        long batchId = stage(files, autoConfirm, label);
        return batch(batchId);
    }

    long stage(List<MultipartFile> files, boolean autoConfirm, String label) {
        List<IncomingFile> incoming = new ArrayList<>();
        for (MultipartFile f : files) {
            try {
                incoming.add(new IncomingFile(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        long batchId = imports.stage(label, incoming, autoConfirm, access.grantUnits());
        worker.ifPresent(ImportWorker::kick);
        return batchId;
    }

    @GetMapping
    public Page<ImportBatch> batches(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return jobs.batches(PageRequest.of(page, size), access.visibility());
    }

    @GetMapping("/{batchId}")
    public BatchView batch(@PathVariable long batchId) {
        ImportBatch b = jobs.batch(batchId).orElseThrow(() -> new RecordNotFoundException("importBatch", batchId));
        return new BatchView(
                b,
                b.total(),
                b.done(),
                b.percentDone(),
                jobs.files(batchId).stream().map(this::view).toList());
    }

    @GetMapping("/files/{fileId}")
    public FileView file(@PathVariable long fileId) {
        return view(jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId)));
    }

    @GetMapping("/files/{fileId}/proposal")
    public Proposal proposal(@PathVariable long fileId) {
        return imports.proposal(fileId);
    }

    /** Confirms the reviewed proposal (or, without a body, the proposal as extracted). */
    @PostMapping("/files/{fileId}/confirm")
    public Document confirm(@PathVariable long fileId, @RequestBody(required = false) Proposal reviewed) {
        Proposal p = reviewed != null ? reviewed : imports.proposal(fileId);
        return RejectedException.unwrap(imports.confirm(fileId, p));
    }

    /** Reads a failed file again (attempts counted anew); 422 when the file has not failed. */
    @PostMapping("/files/{fileId}/retry")
    public FileView retry(@PathVariable long fileId) {
        if (!imports.retry(fileId)) {
            throw new RejectedException(java.util.List.of(vn.dondoc.domain.common.Rejection.of(
                    "import.notFailed",
                    "status",
                    jobs.find(fileId).map(ImportFile::fileName).orElse(""))));
        }
        worker.ifPresent(ImportWorker::kick);
        return file(fileId);
    }

    @PostMapping("/files/{fileId}/drop")
    public FileView drop(@PathVariable long fileId) {
        imports.drop(fileId);
        return file(fileId);
    }
}
