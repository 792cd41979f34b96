package vn.dondoc.app.trash;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;

/** Deleted tasks and documents: still in their tables, marked with when they were deleted. */
@Repository
class JdbcTrash {
    private final JdbcClient jdbc;

    JdbcTrash(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DeletedTask(long id, String text, Long documentId, Instant deletedAt) {}

    List<DeletedTask> tasks(int limit) {
        return jdbc.sql("SELECT id, body, document_id, deleted_at FROM tasks WHERE deleted_at IS NOT NULL"
                        + " ORDER BY deleted_at DESC, id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new DeletedTask(
                        rs.getLong("id"),
                        rs.getString("body"),
                        Rows.longOrNull(rs, "document_id"),
                        Rows.instant(rs, "deleted_at")))
                .list();
    }

    record DeletedDocument(long id, String number, String title, String sourceName, Instant deletedAt) {}

    List<DeletedDocument> documents(int limit) {
        return jdbc.sql(
                        "SELECT id, doc_number, title, source_name, deleted_at FROM documents WHERE deleted_at IS NOT NULL"
                                + " ORDER BY deleted_at DESC, id DESC LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new DeletedDocument(
                        rs.getLong("id"),
                        rs.getString("doc_number"),
                        rs.getString("title"),
                        rs.getString("source_name"),
                        Rows.instant(rs, "deleted_at")))
                .list();
    }

    boolean restoreTask(long id) {
        return jdbc.sql(
                                "UPDATE tasks SET deleted_at = NULL, version = version + 1 WHERE id = :id AND deleted_at IS NOT NULL")
                        .param("id", id)
                        .update()
                == 1;
    }
}
