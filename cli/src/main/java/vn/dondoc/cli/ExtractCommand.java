package vn.dondoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.ingest.DocumentReader;
import vn.dondoc.ingest.ReadResult;
import vn.dondoc.ingest.UnreadableDocumentException;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.json.ExtractionJson;
import vn.dondoc.textcore.model.ParsedDocument;

/** {@code dondoc extract FILE... [--json] [--out DIR]}: reads documents, prints or writes what they say. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Đọc văn bản và trích xuất số, ký hiệu, lịch công tác, nhiệm vụ, chỉ tiêu, kết quả.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp văn bản (hoặc thư mục).")
    List<Path> files;

    @Option(names = "--json", description = "In JSON (dondoc.extraction/1) thay cho bản tóm tắt.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Ghi mỗi tệp thành DIR/<tên>.json.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                stderr.println("dondoc extract: không tạo được thư mục " + out + ": " + e.getMessage());
                return 1;
            }
        }
        DocumentPipeline pipeline = DocumentPipeline.standard();
        DocumentReader reader = new DocumentReader();
        int failed = 0;
        for (Path file : InputFiles.expand(files)) {
            ReadResult read;
            try {
                read = reader.read(file);
            } catch (UnreadableDocumentException e) {
                stderr.println(file + ": " + e.reason());
                failed++;
                continue;
            }
            ParsedDocument doc = pipeline.parse(file.getFileName().toString(), read.text(), read.diagnostics());
            if (out != null) {
                Path target = out.resolve(baseName(file) + ".json");
                try {
                    Files.writeString(target, ExtractionJson.write(doc) + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    stderr.println(file + ": không ghi được " + target + ": " + e.getMessage());
                    failed++;
                    continue;
                }
                if (!json) {
                    stdout.println(Summary.oneLine(doc) + " → " + target);
                }
            } else if (json) {
                stdout.println(ExtractionJson.write(doc));
            } else {
                stdout.print(Summary.of(doc));
            }
        }
        stdout.flush();
        stderr.flush();
        return failed == 0 ? 0 : 1;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
