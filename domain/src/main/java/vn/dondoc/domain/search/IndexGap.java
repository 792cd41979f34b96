package vn.dondoc.domain.search;

import java.util.Set;

/** Items of one kind the index lacks ({@code missing}: stored, not indexed) or holds in vain ({@code extra}: no record). */
public record IndexGap(RecordKind kind, Set<Long> missing, Set<Long> extra) {
    public IndexGap {
        missing = Set.copyOf(missing);
        extra = Set.copyOf(extra);
    }

    public boolean empty() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
