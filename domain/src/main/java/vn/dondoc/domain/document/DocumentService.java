package vn.dondoc.domain.document;

import java.util.Map;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/** Changes to stored documents, keeping the search index in step with the store. */
public final class DocumentService {
    private final Documents documents;
    private final Search search;
    private final Transactor tx;

    public DocumentService(Documents documents, Search search, Transactor tx) {
        this.documents = documents;
        this.search = search;
        this.tx = tx;
    }

    /** Updates number, type, title, issuer, date and place; text, file and hash never change. */
    public Outcome<Document> updateMetadata(long id, Document changes) {
        return tx.inTransaction(() -> {
            Document old = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
            if (changes.type() != null && !isKnownType(changes.type())) {
                return Outcome.rejected(Rejection.of("document.type", "type", changes.type()));
            }
            java.util.List<Rejection> problems = new java.util.ArrayList<>();
            TextLimits.field(Texts.clean(changes.number()), TextLimits.DOCUMENT_NUMBER, "number", problems);
            TextLimits.field(Texts.clean(changes.title()), TextLimits.DOCUMENT_TITLE, "title", problems);
            TextLimits.field(Texts.clean(changes.issuer()), TextLimits.DOCUMENT_ISSUER, "issuer", problems);
            TextLimits.field(Texts.clean(changes.place()), TextLimits.DOCUMENT_PLACE, "place", problems);
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            Document updated = new Document(
                    id,
                    Texts.clean(changes.number()),
                    changes.type(),
                    Texts.clean(changes.title()),
                    Texts.clean(changes.issuer()),
                    changes.issuerUnitId(),
                    changes.issuedOn(),
                    Texts.clean(changes.place()),
                    old.sourceName(),
                    old.contentHash(),
                    old.text(),
                    old.importFileId(),
                    old.createdAt());
            documents.updateMetadata(updated);
            if (updated.number() != null) {
                documents.resolveReferencesTo(updated.number(), id);
            }
            search.changed(RecordKind.DOCUMENT, id); // its records show the new number, type and issuer too
            return Outcome.ok(updated);
        });
    }

    /** Deletes a document with its records (soft: an administrator may restore them); search forgets them all. */
    public boolean delete(long id) {
        return tx.inTransaction(() -> {
            search.changed(RecordKind.DOCUMENT, id); // the index learns which records go with it
            return documents.delete(id);
        });
    }

    /** Brings back a deleted document with the records deleted with it; search finds them again. */
    public boolean restore(long id) {
        return tx.inTransaction(() -> {
            boolean restored = documents.restore(id);
            if (restored) {
                search.changed(RecordKind.DOCUMENT, id);
            }
            return restored;
        });
    }

    /** Rebuilds the whole index (documents and records) from the store; returns how many items of each kind were indexed. */
    public Map<RecordKind, Long> reindexAll() {
        return search.rebuild();
    }

    /** Indexes what the index lacks and removes what has no record, item by item (after a crash); returns what it fixed. */
    public java.util.List<vn.dondoc.domain.search.IndexGap> reconcileIndex() {
        return search.reconcile();
    }

    /** True when the index does not hold as many items of each kind as the store (e.g. after a copy or a crash). */
    public boolean indexOutOfStep() {
        return search.outOfStep();
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
