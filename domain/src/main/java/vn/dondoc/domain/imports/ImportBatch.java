package vn.dondoc.domain.imports;

import java.time.Instant;
import java.util.Map;

/** A set of files imported together, with how many are in each state (the progress shown to users). */
public record ImportBatch(
        Long id, Instant createdAt, String label, boolean autoConfirm, Map<ImportStatus, Integer> counts) {
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(ImportStatus s) {
        return counts.getOrDefault(s, 0);
    }

    public int done() {
        return total() - count(ImportStatus.QUEUED) - count(ImportStatus.PROCESSING);
    }

    public int percentDone() {
        return total() == 0 ? 100 : (int) Math.round(100.0 * done() / total());
    }
}
