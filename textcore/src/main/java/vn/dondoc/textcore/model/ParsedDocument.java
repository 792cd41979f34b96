package vn.dondoc.textcore.model;

import java.util.List;

/** Everything the pipeline read from one document, over its normalized text. */
public record ParsedDocument(
        String source,
        String text,
        DocumentInfo document,
        List<Reference> references,
        List<ScheduleRow> schedule,
        List<TaskItem> tasks,
        List<TargetItem> targets,
        List<ResultItem> results,
        List<Diagnostic> diagnostics) {
}
