package vn.dondoc.domain.document;

import java.util.List;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.DocumentSearch;

/** Changes to stored documents, keeping the search index in step with the store. */
public final class DocumentService {
    private final Documents documents;
    private final DocumentSearch search;
    private final Transactor tx;

    public DocumentService(Documents documents, DocumentSearch search, Transactor tx) {
        this.documents = documents;
        this.search = search;
        this.tx = tx;
    }

    /** Updates number, type, title, issuer, date and place; text, file and hash never change. */
    public Outcome<Document> updateMetadata(long id, Document changes) {
        Outcome<Document> out = tx.inTransaction(() -> {
            Document old = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
            if (changes.type() != null && !isKnownType(changes.type())) {
                return Outcome.rejected(Rejection.of("document.type", "type", changes.type()));
            }
            Document updated = new Document(id, Texts.clean(changes.number()), changes.type(), Texts.clean(changes.title()),
                    Texts.clean(changes.issuer()), changes.issuerUnitId(), changes.issuedOn(), Texts.clean(changes.place()),
                    old.sourceName(), old.contentHash(), old.text(), old.importFileId(), old.createdAt());
            documents.updateMetadata(updated);
            if (updated.number() != null) {
                documents.resolveReferencesTo(updated.number(), id);
            }
            return Outcome.ok(updated);
        });
        if (out instanceof Outcome.Ok<Document> ok) {
            search.index(ok.value());
        }
        return out;
    }

    public boolean delete(long id) {
        boolean deleted = tx.inTransaction(() -> documents.delete(id));
        if (deleted) {
            search.remove(id);
        }
        return deleted;
    }

    /** Rebuilds the whole index from the store; returns the number of documents indexed. */
    public long reindexAll() {
        List<Long> ids = documents.allIds();
        // loads one document at a time: the whole archive never sits in memory
        Iterable<Document> all = () -> ids.stream().map(documents::find).flatMap(java.util.Optional::stream).iterator();
        return search.rebuild(all);
    }

    /** True when the index does not hold as many documents as the store (e.g. after a copy or a crash). */
    public boolean indexOutOfStep() {
        return search.count() != documents.allIds().size();
    }

    private static boolean isKnownType(String type) {
        try {
            vn.dondoc.textcore.model.DocumentType.valueOf(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
