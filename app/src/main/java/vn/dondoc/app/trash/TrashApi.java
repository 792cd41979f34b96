package vn.dondoc.app.trash;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.Tasks;

/** REST (administrators): the deleted tasks, and bringing one back as it was, searchable again. */
@RestController
public class TrashApi {
    private final JdbcTrash trash;
    private final Tasks tasks;
    private final Search search;
    private final Transactor tx;

    TrashApi(JdbcTrash trash, Tasks tasks, Search search, Transactor tx) {
        this.trash = trash;
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
}
