package vn.dondoc.domain.followup;

import java.time.LocalDate;

/**
 * "Đề nghị hoàn thành": the lead unit says the work is done on {@code proposedOn}; the task counts as done, from that
 * day, only once the assigner approves.
 */
public record CompletionProposal(
        Long id,
        long taskId,
        long reportId,
        LocalDate proposedOn,
        Long unitId,
        Decision decision,
        LocalDate decidedOn,
        String answer) {}
