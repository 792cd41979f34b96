package vn.dondoc.domain.task;

import java.time.LocalDate;
import java.util.List;

/** What a user or an import asks to create or change: units by id (checked) and/or by name (resolved). */
public record TaskDraft(
        String text,
        String section,
        LocalDate startDate,
        LocalDate deadline,
        List<Long> leadUnitIds,
        List<Long> cooperatingUnitIds,
        Long documentId) {
    public TaskDraft {
        // a unit takes part once, however often a request names it
        leadUnitIds = leadUnitIds == null
                ? List.of()
                : leadUnitIds.stream().distinct().toList();
        cooperatingUnitIds = cooperatingUnitIds == null
                ? List.of()
                : cooperatingUnitIds.stream().distinct().toList();
    }
}
