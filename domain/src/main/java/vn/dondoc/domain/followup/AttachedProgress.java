package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.task.ProgressReport;

/**
 * A progress report with its files: the files are checked first ({@link AttachmentCheck}); then the report and the
 * files are stored in one transaction, so a report never lacks a file it was sent with.
 */
public final class AttachedProgress {
    private final FollowUpService followUp;
    private final ProgressAttachments attachments;
    private final AttachmentCheck check;
    private final Transactor tx;

    public AttachedProgress(
            FollowUpService followUp, ProgressAttachments attachments, AttachmentCheck check, Transactor tx) {
        this.followUp = followUp;
        this.attachments = attachments;
        this.check = check;
        this.tx = tx;
    }

    public Outcome<ProgressReport> report(
            long taskId,
            LocalDate day,
            Long unitId,
            int percent,
            String note,
            boolean proposeCompletion,
            List<Upload> files) {
        Outcome<List<AttachmentCheck.Accepted>> checked = check.check(files);
        if (checked instanceof Outcome.Rejected<List<AttachmentCheck.Accepted>> r) {
            return Outcome.rejected(r.reasons());
        }
        return tx.inTransaction(() -> {
            Outcome<ProgressReport> out = followUp.report(taskId, day, unitId, percent, note, proposeCompletion);
            if (out instanceof Outcome.Ok<ProgressReport> ok) {
                for (AttachmentCheck.Accepted f : checked.orElseThrow()) {
                    attachments.add(taskId, ok.value().id(), f);
                }
            }
            return out;
        });
    }
}
