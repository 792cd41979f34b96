package vn.dondoc.domain.followup;

import java.time.LocalDate;

/**
 * One line of a task's history: a progress report, a completion proposal or an extension, and their answers.
 * {@code percent} and {@code reportId} (to find the report's files) only for reports; {@code newDeadline} only for
 * extensions.
 */
public record TimelineEntry(
        LocalDate day,
        Kind kind,
        Long unitId,
        Integer percent,
        LocalDate newDeadline,
        String note,
        Decision decision,
        Long reportId) {
    public enum Kind {
        REPORT,
        COMPLETION_PROPOSED,
        COMPLETION_DECIDED,
        EXTENSION_REQUESTED,
        EXTENSION_DECIDED
    }
}
