package vn.dondoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the files a command is given as UTF-8 text, refusing with one clear reason what is not:
 * a missing path, an empty file, a binary file, a file too large, bytes that are not UTF-8.
 */
final class TextFiles {

    static final long MAX_BYTES = 100L * 1024 * 1024;

    /** Why a file cannot be read; the message is one line naming the reason. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private TextFiles() {
    }

    /** Files named on the command line; a directory stands for the regular files in it, sorted. */
    static List<Path> expand(List<Path> args) {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static String read(Path file) throws Unreadable {
        if (!Files.exists(file)) {
            throw new Unreadable("không tìm thấy tệp (file not found)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Unreadable("không đọc được: không phải tệp thường hoặc không có quyền đọc");
        }
        long size;
        byte[] bytes;
        try {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Unreadable(String.format("tệp quá lớn (%d MB; tối đa %d MB)", size >> 20, MAX_BYTES >> 20));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new Unreadable("lỗi đọc tệp: " + e.getMessage());
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) throws Unreadable {
        if (bytes.length == 0) {
            throw new Unreadable("tệp rỗng (empty file)");
        }
        int probe = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new Unreadable("tệp nhị phân, không phải văn bản (binary file)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > probe / 20) {
            throw new Unreadable("tệp nhị phân, không phải văn bản (binary file)");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (s.isBlank()) {
                throw new Unreadable("tệp rỗng (chỉ có khoảng trắng)");
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new Unreadable("không phải văn bản UTF-8 (not UTF-8); hãy lưu lại dưới dạng UTF-8");
        }
    }
}
