package vn.dondoc.app.document;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.ListPage;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentReference;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;

/** REST: documents (created by imports; metadata editable), their original file and citations. */
@RestController
@RequestMapping("/api/documents")
public class DocumentApi {
    private final Documents documents;
    private final DocumentService service;

    private final Access access;

    DocumentApi(Documents documents, DocumentService service, Access access) {
        this.access = access;
        this.documents = documents;
        this.service = service;
    }

    public record MetadataRequest(
            String number,
            String type,
            String title,
            String issuer,
            Long issuerUnitId,
            LocalDate issuedOn,
            String place) {}

    public record Citations(List<DocumentReference> cites, List<DocumentReference> citedBy) {}

    @GetMapping
    public ListPage<Document> list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String after) {
        return ListPage.of(documents.list(
                new DocumentFilter(type, number, issuer, from, to).visibleTo(access.visibility()),
                PageRequest.of(page, size, after)));
    }

    @GetMapping("/{id}")
    public Document get(@PathVariable long id) {
        return documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
    }

    @GetMapping("/{id}/original")
    public ResponseEntity<byte[]> original(@PathVariable long id) {
        Document d = get(id);
        byte[] bytes = documents.original(id).orElse(new byte[0]);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(d.sourceName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }

    @GetMapping("/{id}/references")
    public Citations references(@PathVariable long id) {
        get(id);
        return new Citations(documents.referencesFrom(id), documents.referencesTo(id));
    }

    @PutMapping("/{id}")
    public Document update(@PathVariable long id, @RequestBody MetadataRequest r) {
        return RejectedException.unwrap(service.updateMetadata(
                id,
                new Document(
                        id,
                        r.number(),
                        r.type(),
                        r.title(),
                        r.issuer(),
                        r.issuerUnitId(),
                        r.issuedOn(),
                        r.place(),
                        null,
                        null,
                        null,
                        null,
                        null)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        if (!service.delete(id)) {
            throw new RecordNotFoundException("document", id);
        }
    }
}
