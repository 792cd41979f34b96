package vn.dondoc.app.imports;

import vn.dondoc.domain.imports.TextReader;
import vn.dondoc.domain.imports.UnreadableFileException;
import vn.dondoc.ingest.DocumentReader;
import vn.dondoc.ingest.ReadResult;
import vn.dondoc.ingest.UnreadableDocumentException;

/**
 * The import's text reader on the ingest module: plain text in any Vietnamese encoding, DOCX, PDF
 * with a text layer, web pages; the format comes from the bytes. Its Vietnamese reason for a file it
 * cannot read becomes the file's error; what it noticed on the way goes to the review.
 */
public final class IngestTextReader implements TextReader {
    private final DocumentReader reader = new DocumentReader();

    @Override
    public ReadText read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("empty", null);
        }
        ReadResult read;
        try {
            read = reader.read(fileName, bytes);
        } catch (UnreadableDocumentException e) {
            throw new UnreadableFileException("unreadable", e.reason());
        }
        if (read.text() == null || read.text().isBlank()) {
            throw new UnreadableFileException("empty", null);
        }
        return new ReadText(read.text(), read.diagnostics());
    }
}
