package vn.dondoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.textcore.repair.DiacriticRepairer;
import vn.dondoc.textcore.repair.Repair;
import vn.dondoc.textcore.repair.RepairResult;

/**
 * {@code dondoc repair FILE... --out DIR}: restores diacritics lost in PDF extraction. Writes the repaired
 * text to {@code DIR/<name>} (UTF-8, NFC) and the list of changes to {@code DIR/<name>.changes.tsv}.
 */
@Command(
        name = "repair",
        mixinStandardHelpOptions = true,
        description = {
            "Sửa chữ mất dấu do trích xuất PDF (\"tnh\" → \"tỉnh\", \"tchức\" → \"tổ chức\").",
            "Repairs Vietnamese letters lost in PDF text extraction."
        })
final class RepairCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp văn bản UTF-8 / UTF-8 text files.")
    List<Path> files;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Thư mục ghi kết quả / output directory (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            stderr.println("dondoc repair: không tạo được thư mục / cannot create output directory " + out + ": "
                    + e.getMessage());
            stderr.flush();
            return 1;
        }
        DiacriticRepairer repairer = DiacriticRepairer.load();
        int failed = 0;
        for (Path file : files) {
            try {
                String text = read(file);
                RepairResult result = repairer.repair(text);
                String name = file.getFileName().toString();
                Files.writeString(
                        out.resolve(name),
                        Normalizer.normalize(result.text(), Normalizer.Form.NFC),
                        StandardCharsets.UTF_8);
                Files.writeString(
                        out.resolve(name + ".changes.tsv"), changes(text, result.repairs()), StandardCharsets.UTF_8);
                stdout.printf(
                        "%s: %d chỗ sửa / changes -> %s%n",
                        file, result.repairs().size(), out.resolve(name));
            } catch (BadInput e) {
                failed++;
                stderr.println("dondoc repair: " + file + ": " + e.getMessage());
            } catch (IOException e) {
                failed++;
                stderr.println("dondoc repair: " + file + ": lỗi đọc/ghi / I/O error: " + e.getMessage());
            }
        }
        stdout.flush();
        stderr.flush();
        return failed == 0 ? 0 : 1;
    }

    /** A file that is not a readable, non-empty UTF-8 text. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private static String read(Path file) throws IOException, BadInput {
        if (Files.isDirectory(file)) {
            throw new BadInput("là thư mục, không phải tệp / is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInput("không tìm thấy tệp / file not found");
        }
        if (bytes.length == 0) {
            throw new BadInput("tệp rỗng / file is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInput("không phải văn bản UTF-8 (tệp nhị phân?) / not UTF-8 text (binary file?)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInput("tệp nhị phân / binary file (contains NUL bytes)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadInput("tệp rỗng / file is empty");
        }
        return text;
    }

    /** line, column (1-based, in characters of the input), original, replacement, confidence. */
    static String changes(String text, List<Repair> repairs) {
        StringBuilder sb = new StringBuilder("line\tcolumn\toriginal\treplacement\tconfidence\n");
        int line = 1;
        int lineStart = 0;
        int at = 0;
        for (Repair r : repairs) {
            int start = r.span().start();
            for (; at < start; at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                    lineStart = at + 1;
                }
            }
            int column = text.codePointCount(lineStart, start) + 1;
            sb.append(line)
                    .append('\t')
                    .append(column)
                    .append('\t')
                    .append(escape(r.original()))
                    .append('\t')
                    .append(escape(Normalizer.normalize(r.replacement(), Normalizer.Form.NFC)))
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", r.confidence()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
