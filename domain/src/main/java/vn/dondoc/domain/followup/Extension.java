package vn.dondoc.domain.followup;

import java.time.LocalDate;

/**
 * A request to move a task's deadline, and the assigner's answer. {@code oldDeadline} keeps the deadline in force
 * when asked, so the history shows every move.
 */
public record Extension(
        Long id,
        long taskId,
        LocalDate requestedOn,
        Long unitId,
        LocalDate oldDeadline,
        LocalDate newDeadline,
        String reason,
        Decision decision,
        LocalDate decidedOn,
        String answer) {}
