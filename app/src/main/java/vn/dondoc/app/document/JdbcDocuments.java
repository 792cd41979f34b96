package vn.dondoc.app.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.DocumentRecords;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.app.jdbc.Seek;
import vn.dondoc.app.jdbc.Visible;
import vn.dondoc.app.jdbc.Where;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentReference;
import vn.dondoc.domain.document.Documents;

@Repository
class JdbcDocuments implements Documents {
    /** The list's order, served by the index documents_issued_order (V40). */
    private static final Seek ORDER = new Seek("documents", "issued_on", true);

    private static final String COLS = "id, doc_number, doc_type, title, issuer, issuer_unit_id, issued_on, place,"
            + " source_name, content_hash, import_file_id, created_at";
    private final JdbcClient jdbc;

    JdbcDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Without the text: lists stay light. */
    static Document mapHead(ResultSet rs, int n) throws SQLException {
        return map(rs, null);
    }

    static Document mapFull(ResultSet rs, int n) throws SQLException {
        return map(rs, rs.getString("body"));
    }

    private static Document map(ResultSet rs, String text) throws SQLException {
        return new Document(
                rs.getLong("id"),
                rs.getString("doc_number"),
                rs.getString("doc_type"),
                rs.getString("title"),
                rs.getString("issuer"),
                Rows.longOrNull(rs, "issuer_unit_id"),
                Rows.date(rs, "issued_on"),
                rs.getString("place"),
                rs.getString("source_name"),
                rs.getString("content_hash"),
                text,
                Rows.longOrNull(rs, "import_file_id"),
                Rows.instant(rs, "created_at"));
    }

    @Override
    public Optional<Document> find(long id) {
        return jdbc.sql("SELECT " + COLS
                        + ", t.body FROM documents JOIN document_texts t ON t.document_id = documents.id"
                        + " WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(JdbcDocuments::mapFull)
                .optional();
    }

    @Override
    public Optional<Document> findByHash(String sha256) {
        return jdbc.sql("SELECT " + COLS + " FROM documents WHERE content_hash = :h")
                .param("h", sha256)
                .query(JdbcDocuments::mapHead)
                .optional();
    }

    @Override
    public List<Document> findByNumber(String number) {
        String key = Texts.numberKey(number);
        if (key == null) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLS + " FROM documents WHERE number_key = :k AND deleted_at IS NULL ORDER BY id")
                .param("k", key)
                .query(JdbcDocuments::mapHead)
                .list();
    }

    @Override
    public Page<Document> list(DocumentFilter f, PageRequest page) {
        Where w = new Where()
                .and("deleted_at IS NULL")
                .and("doc_type = :type", "type", f.type())
                .and("number_key LIKE :num", "num", f.number() == null ? null : "%" + Texts.numberKey(f.number()) + "%")
                .and("LOWER(issuer) LIKE :issuer", "issuer", Where.contains(f.issuer()))
                .and("issued_on >= :from", "from", f.from())
                .and("issued_on <= :to", "to", f.to());
        Visible.and(w, Visible.documents(f.visible(), "documents.id", "documents.issuer_unit_id", w.params()));
        return ORDER.page(
                jdbc,
                w,
                page,
                (condition, more, orderAndLimit) -> jdbc.sql(
                                "SELECT " + COLS + " FROM documents" + w.sql() + " AND " + condition + orderAndLimit)
                        .params(w.params())
                        .params(more)
                        .query(JdbcDocuments::mapHead)
                        .list(),
                d -> new Seek.Cursor(d.issuedOn(), d.id()));
    }

    @Override
    public java.util.Set<Long> unitsNamedByTasks(long documentId) {
        return new java.util.HashSet<>(
                jdbc.sql("SELECT DISTINCT p.unit_id FROM tasks t JOIN task_parties p ON p.task_id = t.id"
                                + " WHERE t.document_id = :d AND t.deleted_at IS NULL AND p.unit_id IS NOT NULL")
                        .param("d", documentId)
                        .query(Long.class)
                        .list());
    }

    @Override
    public List<Long> allIds() {
        return jdbc.sql("SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY id")
                .query(Long.class)
                .list();
    }

    @Override
    public Document insert(Document d, byte[] original) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        var now = Rows.now();
        jdbc.sql(
                        "INSERT INTO documents (doc_number, number_key, doc_type, title, issuer, issuer_unit_id, issued_on, place,"
                                + " source_name, content_hash, import_file_id, created_at)"
                                + " VALUES (:num, :nk, :type, :title, :issuer, :iu, :on, :place, :src, :hash, :imp, :now)")
                .param("num", d.number())
                .param("nk", Texts.numberKey(d.number()))
                .param("type", d.type())
                .param("title", d.title())
                .param("issuer", d.issuer())
                .param("iu", d.issuerUnitId())
                .param("on", d.issuedOn())
                .param("place", d.place())
                .param("src", d.sourceName())
                .param("hash", d.contentHash())
                .param("imp", d.importFileId())
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO document_texts (document_id, body, folded_body, original_file)"
                        + " VALUES (:id, :body, :folded, :orig)")
                .param("id", id)
                .param("body", d.text())
                .param("folded", folded(d))
                .param("orig", original)
                .update();
        return new Document(
                id,
                d.number(),
                d.type(),
                d.title(),
                d.issuer(),
                d.issuerUnitId(),
                d.issuedOn(),
                d.place(),
                d.sourceName(),
                d.contentHash(),
                d.text(),
                d.importFileId(),
                now.toInstant());
    }

    static String folded(Document d) {
        return Texts.fold(String.join(" ", nz(d.number()), nz(d.title()), nz(d.issuer()), nz(d.text())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Optional<byte[]> original(long id) {
        return jdbc.sql("SELECT t.original_file FROM documents d JOIN document_texts t ON t.document_id = d.id"
                        + " WHERE d.id = :id AND d.deleted_at IS NULL")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    @Override
    public void updateMetadata(Document d) {
        jdbc.sql("UPDATE documents SET doc_number = :num, number_key = :nk, doc_type = :type, title = :title,"
                        + " issuer = :issuer, issuer_unit_id = :iu, issued_on = :on, place = :place WHERE id = :id")
                .param("num", d.number())
                .param("nk", Texts.numberKey(d.number()))
                .param("type", d.type())
                .param("title", d.title())
                .param("issuer", d.issuer())
                .param("iu", d.issuerUnitId())
                .param("on", d.issuedOn())
                .param("place", d.place())
                .param("id", d.id())
                .update();
        jdbc.sql("UPDATE document_texts SET folded_body = :folded WHERE document_id = :id")
                .param("folded", folded(d))
                .param("id", d.id())
                .update();
    }

    /**
     * Soft delete: the document and the records taken from it that are not deleted yet are marked with the same
     * moment; the rows stay (progress reports with their tasks, the import file still pointing at its document).
     */
    @Override
    public boolean delete(long id) {
        var now = Rows.now();
        if (jdbc.sql("UPDATE documents SET deleted_at = :now WHERE id = :id AND deleted_at IS NULL")
                        .param("now", now)
                        .param("id", id)
                        .update()
                == 0) {
            return false;
        }
        for (String table : DocumentRecords.TABLES) {
            jdbc.sql("UPDATE " + table + " SET deleted_at = :now WHERE document_id = :id AND deleted_at IS NULL")
                    .param("now", now)
                    .param("id", id)
                    .update();
        }
        return true;
    }

    /** Brings back a deleted document and exactly the records deleted with it (same moment); false if not deleted. */
    @Override
    public boolean restore(long id) {
        if (jdbc.sql("SELECT COUNT(*) FROM documents WHERE id = :id AND deleted_at IS NOT NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 0) {
            return false;
        }
        for (String table : DocumentRecords.TABLES) {
            jdbc.sql("UPDATE " + table + " SET deleted_at = NULL WHERE document_id = :id"
                            + " AND deleted_at = (SELECT d.deleted_at FROM documents d WHERE d.id = :id)")
                    .param("id", id)
                    .update();
        }
        return jdbc.sql("UPDATE documents SET deleted_at = NULL WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    static DocumentReference mapRef(ResultSet rs, int n) throws SQLException {
        return new DocumentReference(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getString("cited_number"),
                rs.getString("cited_type"),
                Rows.date(rs, "cited_date"),
                rs.getString("cited_issuer"),
                Rows.longOrNull(rs, "cited_document_id"),
                rs.getInt("span_start"),
                rs.getInt("span_end"));
    }

    @Override
    public DocumentReference addReference(DocumentReference r) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO document_references (document_id, cited_number, cited_number_key, cited_type, cited_date,"
                                + " cited_issuer, cited_document_id, span_start, span_end) VALUES (:doc, :num, :k, :type, :date, :issuer, :cited, :s, :e)")
                .param("doc", r.documentId())
                .param("num", r.citedNumber())
                .param("k", Texts.numberKey(r.citedNumber()))
                .param("type", r.citedType())
                .param("date", r.citedDate())
                .param("issuer", r.citedIssuer())
                .param("cited", r.citedDocumentId())
                .param("s", r.spanStart())
                .param("e", r.spanEnd())
                .update(keys, "id");
        return new DocumentReference(
                keys.getKey().longValue(),
                r.documentId(),
                r.citedNumber(),
                r.citedType(),
                r.citedDate(),
                r.citedIssuer(),
                r.citedDocumentId(),
                r.spanStart(),
                r.spanEnd());
    }

    @Override
    public List<DocumentReference> referencesFrom(long documentId) {
        return jdbc.sql("SELECT * FROM document_references WHERE document_id = :d ORDER BY span_start, id")
                .param("d", documentId)
                .query(JdbcDocuments::mapRef)
                .list();
    }

    @Override
    public List<DocumentReference> referencesTo(long documentId) {
        return jdbc.sql(
                        "SELECT * FROM document_references WHERE cited_document_id = :d"
                                + " AND document_id IN (SELECT id FROM documents WHERE deleted_at IS NULL) ORDER BY document_id, id")
                .param("d", documentId)
                .query(JdbcDocuments::mapRef)
                .list();
    }

    @Override
    public int resolveReferencesTo(String number, long documentId) {
        return jdbc.sql("UPDATE document_references SET cited_document_id = :d"
                        + " WHERE cited_number_key = :k AND cited_document_id IS NULL AND document_id <> :d")
                .param("d", documentId)
                .param("k", Texts.numberKey(number))
                .update();
    }
}
