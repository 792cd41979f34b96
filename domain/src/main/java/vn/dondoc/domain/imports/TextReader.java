package vn.dondoc.domain.imports;

/** Port: the text of a file (plain text today; DOCX/PDF/HTML readers plug in here). */
public interface TextReader {
    String read(String fileName, byte[] bytes) throws UnreadableFileException;
}
