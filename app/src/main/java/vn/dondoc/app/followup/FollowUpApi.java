package vn.dondoc.app.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.followup.AttachedProgress;
import vn.dondoc.domain.followup.Attachment;
import vn.dondoc.domain.followup.CompletionProposal;
import vn.dondoc.domain.followup.Deadline;
import vn.dondoc.domain.followup.Extension;
import vn.dondoc.domain.followup.FollowUpService;
import vn.dondoc.domain.followup.FollowUps;
import vn.dondoc.domain.followup.ProgressAttachments;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.domain.followup.TimelineEntry;
import vn.dondoc.domain.followup.Timeliness;
import vn.dondoc.domain.followup.Upload;
import vn.dondoc.domain.task.ProgressReport;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.domain.workday.WorkdayService;

/**
 * REST: a task's follow-up — its bucket on a day, the deadline in force (moved past days off), its timeline;
 * progress with "đề nghị hoàn thành", extensions, and the assigner's answers.
 */
@RestController
@RequestMapping("/api")
public class FollowUpApi {
    private final Tasks tasks;
    private final FollowUps followUps;
    private final FollowUpService service;
    private final WorkdayService workdays;
    private final Clock clock;
    private final Access access;
    private final AttachedProgress attached;
    private final ProgressAttachments attachments;

    FollowUpApi(
            Tasks tasks,
            FollowUps followUps,
            FollowUpService service,
            WorkdayService workdays,
            Clock clock,
            AttachedProgress attached,
            ProgressAttachments attachments,
            Access access) {
        this.access = access;
        this.attached = attached;
        this.attachments = attachments;
        this.tasks = tasks;
        this.followUps = followUps;
        this.service = service;
        this.workdays = workdays;
        this.clock = clock;
    }

    /**
     * {@code bucket} null for a cancelled task; {@code dueOn}: the deadline moved to a working day;
     * {@code attachments}: the reports' files (each names its report), downloaded from {@code link}.
     */
    public record FollowUpView(
            long taskId,
            LocalDate asOf,
            TaskBucket bucket,
            LocalDate deadline,
            LocalDate dueOn,
            String statedDeadline,
            Deadline.Every recurrence,
            LocalDate completedOn,
            List<TimelineEntry> timeline,
            List<Extension> extensions,
            List<CompletionProposal> proposals,
            List<AttachmentView> attachments) {
        /** The files of one report of the timeline. */
        public List<AttachmentView> of(Long reportId) {
            return attachments.stream()
                    .filter(a -> reportId != null && a.reportId() == reportId)
                    .toList();
        }
    }

    /** A report's file as the timeline lists it; {@code sizeText} as people read it ("36 B", "91 KB", "1,5 MB"). */
    public record AttachmentView(
            long id, long reportId, String fileName, String contentType, long size, String sizeText, String link) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(
                    a.id(),
                    a.reportId(),
                    a.fileName(),
                    a.contentType(),
                    a.size(),
                    sizeText(a.size()),
                    "/api/tasks/" + a.taskId() + "/attachments/" + a.id());
        }

        static String sizeText(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1024 * 1024) {
                return Math.round(bytes / 1024.0) + " KB";
            }
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                    .replace('.', ',');
        }
    }

    /** A report posted with its files. */
    public record PostedReport(long id, ProgressReport report, List<AttachmentView> attachments) {}

    public record ProgressRequest(
            LocalDate reportedOn, Long unitId, int percent, String note, Boolean proposeCompletion) {}

    public record ExtensionRequest(Long unitId, LocalDate newDeadline, String reason) {}

    public record DecisionRequest(Boolean approve, String answer) {}

    public record DeadlineRequest(String text) {}

    @GetMapping("/tasks/{id}/followup")
    public FollowUpView followUp(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        Timeliness timeliness = new Timeliness(workdays.calendar());
        LocalDate completed = followUps.completedOn(id).orElse(null);
        var stated = followUps.statedDeadline(id);
        return new FollowUpView(
                id,
                day,
                timeliness.bucket(t.status(), t.deadline(), completed, day).orElse(null),
                t.deadline(),
                timeliness.dueOn(t.deadline()),
                stated.map(Deadline::text).orElse(null),
                stated.map(Deadline::every).orElse(null),
                completed,
                service.timeline(id),
                followUps.extensions(id),
                followUps.proposals(id),
                attachments.ofTask(id).stream().map(AttachmentView::of).toList());
    }

    @PostMapping("/tasks/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    public ProgressReport progress(@PathVariable long id, @RequestBody ProgressRequest r) {
        access.requireReportingFor(id, r.unitId());
        return RejectedException.unwrap(service.report(
                id, r.reportedOn(), r.unitId(), r.percent(), r.note(), Boolean.TRUE.equals(r.proposeCompletion())));
    }

    /**
     * The same report as multipart form data with files ({@code files}, repeated): each checked (size, kind sniffed
     * from the bytes, name cleaned) before anything is stored; a refused file refuses the report (422).
     */
    @PostMapping(path = "/tasks/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public PostedReport progressWithFiles(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate reportedOn,
            @RequestParam(required = false) Long unitId,
            @RequestParam int percent,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean proposeCompletion,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        access.requireReportingFor(id, unitId);
        ProgressReport r = RejectedException.unwrap(
                attached.report(id, reportedOn, unitId, percent, note, proposeCompletion, uploads(files)));
        return new PostedReport(
                r.id(),
                r,
                attachments.ofTask(id).stream()
                        .filter(a -> a.reportId() == r.id())
                        .map(AttachmentView::of)
                        .toList());
    }

    /** The files as they arrived; an empty file input (no name, no bytes) is no file. */
    static List<Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !(f.isEmpty()
                        && (f.getOriginalFilename() == null
                                || f.getOriginalFilename().isBlank())))
                .map(f -> {
                    try {
                        return new Upload(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /**
     * A report's file, to whoever may read the task: always as a download ({@code Content-Disposition: attachment}),
     * with the type sniffed on arrival, {@code nosniff} and a sandbox, so no browser runs it as a page.
     */
    @GetMapping("/tasks/{id}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = attachments
                .find(attachmentId)
                .filter(x -> x.taskId() == id)
                .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
        byte[] bytes = attachments
                .content(attachmentId)
                .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(bytes);
    }

    @PutMapping("/tasks/{id}/deadline")
    public Task stateDeadline(@PathVariable long id, @RequestBody DeadlineRequest r) {
        return RejectedException.unwrap(service.stateDeadline(id, r.text()));
    }

    @PostMapping("/tasks/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    public Extension requestExtension(@PathVariable long id, @RequestBody ExtensionRequest r) {
        access.requireReportingFor(id, r.unitId());
        return RejectedException.unwrap(service.requestExtension(id, r.unitId(), r.newDeadline(), r.reason()));
    }

    @PostMapping("/extensions/{id}/decision")
    public Extension decideExtension(@PathVariable long id, @RequestBody DecisionRequest r) {
        return RejectedException.unwrap(service.decideExtension(id, Boolean.TRUE.equals(r.approve()), r.answer()));
    }

    @PostMapping("/completions/{id}/decision")
    public CompletionProposal decideCompletion(@PathVariable long id, @RequestBody DecisionRequest r) {
        return RejectedException.unwrap(service.decideCompletion(id, Boolean.TRUE.equals(r.approve()), r.answer()));
    }
}
