package vn.dondoc.app.trash;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;

/**
 * REST (administrators): the deleted tasks and documents, and bringing one back as it was, searchable again (a
 * document with the tasks, agenda items, targets and results deleted with it).
 */
@RestController
public class TrashApi {
    private final JdbcTrash trash;
    private final Tasks tasks;
    private final Search search;
    private final Transactor tx;

    private final DocumentService documentService;
    private final Documents documents;

    TrashApi(
            JdbcTrash trash,
            Tasks tasks,
            Search search,
            Transactor tx,
            DocumentService documentService,
            Documents documents) {
        this.trash = trash;
        this.documentService = documentService;
        this.documents = documents;
        this.tasks = tasks;
        this.search = search;
        this.tx = tx;
    }

    @GetMapping("/api/trash/tasks")
    public List<JdbcTrash.DeletedTask> deletedTasks() {
        return trash.tasks(500);
    }

    @PostMapping("/api/tasks/{id}/restore")
    public Task restore(@PathVariable long id) {
        return tx.inTransaction(() -> {
            if (!trash.restoreTask(id)) {
                throw new RecordNotFoundException("task", id);
            }
            search.changed(RecordKind.TASK, id);
            return tasks.find(id).orElseThrow();
        });
    }

    @GetMapping("/api/trash/documents")
    public List<JdbcTrash.DeletedDocument> deletedDocuments() {
        return trash.documents(500);
    }

    @PostMapping("/api/documents/{id}/restore")
    public Document restoreDocument(@PathVariable long id) {
        if (!documentService.restore(id)) {
            throw new RecordNotFoundException("document", id);
        }
        return documents.find(id).orElseThrow();
    }
}
