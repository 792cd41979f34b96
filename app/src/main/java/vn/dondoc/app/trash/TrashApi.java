package vn.dondoc.app.trash;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;

/**
 * REST (administrators): the trash, deleted records of every kind ({@code GET /api/trash?kind=}), and bringing one
 * back as it was ({@code POST /api/trash/{kind}/{id}/restore}), searchable again. Both written to the audit trail
 * (AccessRules: RESTORE on the record's kind). The routes for tasks and documents alone are kept.
 */
@RestController
public class TrashApi {
    static final int LIMIT = 500;
    private final JdbcTrash trash;
    private final TrashService service;
    private final Tasks tasks;
    private final Documents documents;

    TrashApi(JdbcTrash trash, TrashService service, Tasks tasks, Documents documents) {
        this.trash = trash;
        this.service = service;
        this.tasks = tasks;
        this.documents = documents;
    }

    /** The deleted records, latest first, of one kind (task, document, target, result, workProgram, event, ...). */
    @GetMapping("/api/trash")
    public List<JdbcTrash.Deleted> deleted(@RequestParam(required = false) String kind) {
        if (kind != null && !kind.isBlank() && !JdbcTrash.KINDS.containsKey(kind)) {
            throw new IllegalArgumentException("kind: " + String.join(", ", JdbcTrash.KINDS.keySet()));
        }
        return trash.deleted(kind == null || kind.isBlank() ? null : kind, LIMIT);
    }

    @PostMapping("/api/trash/{kind}/{id}/restore")
    public Restored restore(@PathVariable String kind, @PathVariable long id) {
        return new Restored(kind, id, service.restore(kind, id).label());
    }

    /** What was brought back. */
    public record Restored(String kind, long id, String label) {}

    @GetMapping("/api/trash/tasks")
    public List<JdbcTrash.DeletedTask> deletedTasks() {
        return trash.tasks(LIMIT);
    }

    @PostMapping("/api/tasks/{id}/restore")
    public Task restore(@PathVariable long id) {
        service.restore("task", id);
        return tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
    }

    @GetMapping("/api/trash/documents")
    public List<JdbcTrash.DeletedDocument> deletedDocuments() {
        return trash.documents(LIMIT);
    }

    @PostMapping("/api/documents/{id}/restore")
    public Document restoreDocument(@PathVariable long id) {
        service.restore("document", id);
        return documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
    }
}
