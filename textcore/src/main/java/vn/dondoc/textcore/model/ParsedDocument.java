package vn.dondoc.textcore.model;

import java.util.List;

/**
 * Everything the pipeline read from one document, over its normalized text. {@code assessment} holds each
 * item's confidence and the task-like lines not taken (see {@link Assessment}); never null.
 */
public record ParsedDocument(
        String source,
        String text,
        DocumentInfo document,
        List<Reference> references,
        List<ScheduleRow> schedule,
        List<TaskItem> tasks,
        List<TargetItem> targets,
        List<ResultItem> results,
        List<Diagnostic> diagnostics,
        Assessment assessment) {

    public ParsedDocument {
        assessment = assessment == null ? Assessment.none() : assessment;
    }

    /** Before the confidence stage: the items alone. */
    public ParsedDocument(
            String source,
            String text,
            DocumentInfo document,
            List<Reference> references,
            List<ScheduleRow> schedule,
            List<TaskItem> tasks,
            List<TargetItem> targets,
            List<ResultItem> results,
            List<Diagnostic> diagnostics) {
        this(source, text, document, references, schedule, tasks, targets, results, diagnostics, Assessment.none());
    }

    public ParsedDocument withAssessment(Assessment a) {
        return new ParsedDocument(
                source, text, document, references, schedule, tasks, targets, results, diagnostics, a);
    }
}
