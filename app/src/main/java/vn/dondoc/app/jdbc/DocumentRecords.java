package vn.dondoc.app.jdbc;

import java.util.List;

/**
 * The tables of the records read from a document (each with {@code document_id} and {@code deleted_at}): deleted
 * and restored with their document, checked for it by {@code ./dondoc check}.
 */
public final class DocumentRecords {
    public static final List<String> TABLES =
            List.of("tasks", "work_programs", "calendar_events", "targets", "results");

    private DocumentRecords() {}
}
