package vn.dondoc.domain.document;

import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: stored documents and their citations. */
public interface Documents {
    Optional<Document> find(long id);

    Optional<Document> findByHash(String sha256);

    List<Document> findByNumber(String number);

    Page<Document> list(DocumentFilter filter, PageRequest page);

    /** Ids of every document, for rebuilding the search index. */
    List<Long> allIds();

    /** The units the document's (not deleted) tasks name, as lead or cooperating: they may read it. */
    java.util.Set<Long> unitsNamedByTasks(long documentId);

    Document insert(Document document, byte[] original);

    Optional<byte[]> original(long id);

    void updateMetadata(Document document);

    /** Soft delete of the document with the records taken from it; false when there is none (or already deleted). */
    boolean delete(long id);

    /** Undoes {@link #delete}: the document and the records deleted with it come back unchanged; false if not deleted. */
    boolean restore(long id);

    DocumentReference addReference(DocumentReference reference);

    List<DocumentReference> referencesFrom(long documentId);

    List<DocumentReference> referencesTo(long documentId);

    /** Links every unresolved citation of {@code number} to {@code documentId}; returns how many. */
    int resolveReferencesTo(String number, long documentId);
}
