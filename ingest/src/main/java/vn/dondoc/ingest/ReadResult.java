package vn.dondoc.ingest;

import java.util.List;
import vn.dondoc.textcore.model.Diagnostic;

/**
 * Clean text of one file: Unicode NFC, lines separated by {@code \n}, table rows as lines with
 * cells separated by {@code \t}. Diagnostics (stage {@code "ingest"}) are about the whole file,
 * so their span is empty at 0.
 */
public record ReadResult(String text, SourceFormat format, List<Diagnostic> diagnostics) {
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when a diagnostic with this code was reported. */
    public boolean has(String diagnosticCode) {
        return diagnostics.stream().anyMatch(d -> d.code().equals(diagnosticCode));
    }
}
