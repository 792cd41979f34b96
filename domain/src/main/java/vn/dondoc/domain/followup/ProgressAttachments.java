package vn.dondoc.domain.followup;

import java.util.List;
import java.util.Optional;

/** Port: the files of progress reports, stored with the records (like an imported document's original file). */
public interface ProgressAttachments {
    /** Stores a checked file of report {@code reportId} of task {@code taskId}. */
    Attachment add(long taskId, long reportId, AttachmentCheck.Accepted file);

    /** A task's files, oldest first. */
    List<Attachment> ofTask(long taskId);

    Optional<Attachment> find(long id);

    Optional<byte[]> content(long id);
}
