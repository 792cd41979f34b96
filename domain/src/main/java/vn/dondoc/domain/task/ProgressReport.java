package vn.dondoc.domain.task;

import java.time.LocalDate;

/** A unit's dated update on a task; the history of a task is the list of these. */
public record ProgressReport(Long id, long taskId, LocalDate reportedOn, Long unitId, int percent, String note) {}
