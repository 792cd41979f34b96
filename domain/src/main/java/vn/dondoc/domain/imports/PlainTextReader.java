package vn.dondoc.domain.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads UTF-8 text; refuses empty files and binaries (NUL bytes or bytes that are not UTF-8). */
public final class PlainTextReader implements TextReader {
    @Override
    public String read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("empty", null);
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException("binary", null);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("binary", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableFileException("empty", null);
        }
        return text;
    }
}
