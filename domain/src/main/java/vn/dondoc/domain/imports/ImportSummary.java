package vn.dondoc.domain.imports;

import java.util.List;

/** What happened to the files of one batch: for the CLI summary and the API. */
public record ImportSummary(long batchId, List<ImportFile> files) {
    public long count(ImportStatus s) {
        return files.stream().filter(f -> f.status() == s).count();
    }
}
