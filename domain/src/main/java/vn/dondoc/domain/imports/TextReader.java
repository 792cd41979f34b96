package vn.dondoc.domain.imports;

import java.util.List;
import vn.dondoc.textcore.model.Diagnostic;

/** Port: the text of a file in any format the agency has, with what the reader noticed on the way. */
public interface TextReader {
    ReadText read(String fileName, byte[] bytes) throws UnreadableFileException;

    /**
     * A file's text and the reader's notes about it (legacy encoding converted, an extension that lies,
     * pages without a text layer ...), which the reviewer sees next to the extraction's own.
     */
    record ReadText(String text, List<Diagnostic> diagnostics) {
        public ReadText {
            diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        }
    }
}
