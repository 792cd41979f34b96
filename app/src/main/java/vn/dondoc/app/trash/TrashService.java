package vn.dondoc.app.trash;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/**
 * Bringing a deleted record back as it was, searchable again: a document with the records deleted with it, a work
 * program with its items, a unit or a person with their names. A unit or a person whose own unit is still deleted is
 * refused (restore that unit first), so nothing comes back under a unit nobody sees.
 */
@Service
class TrashService {
    private final JdbcTrash trash;
    private final DocumentService documents;
    private final Search search;
    private final Transactor tx;

    TrashService(JdbcTrash trash, DocumentService documents, Search search, Transactor tx) {
        this.trash = trash;
        this.documents = documents;
        this.search = search;
        this.tx = tx;
    }

    /** The record as it was in the trash (its label), now restored; 404 when it is not there, 422 when refused. */
    JdbcTrash.Deleted restore(String kind, long id) {
        return tx.inTransaction(() -> {
            JdbcTrash.Deleted d = trash.find(kind, id)
                    .orElseThrow(
                            () -> new RecordNotFoundException(JdbcTrash.KINDS.containsKey(kind) ? kind : "page", id));
            trash.deletedOwnerUnit(kind, id).ifPresent(unit -> {
                throw new RejectedException(List.of(Rejection.of("trash.unitDeleted", "id", unit)));
            });
            if (kind.equals("document")) {
                documents.restore(id);
                return d;
            }
            trash.restore(kind, id);
            switch (kind) {
                case "task" -> search.changed(RecordKind.TASK, id);
                case "target" -> search.changed(RecordKind.TARGET, id);
                case "result" -> search.changed(RecordKind.RESULT, id);
                case "event" -> search.changed(RecordKind.EVENT, id);
                case "workProgram" -> search.changed(RecordKind.EVENT, trash.eventsOfProgram(id));
                default -> {}
            }
            return d;
        });
    }
}
