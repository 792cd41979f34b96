package vn.dondoc.domain.org;

/** A name as written in a document and what it resolved to (ids null when unknown). */
public record ResolvedName(String raw, Long unitId, Long personId, String resolvedAs) {
    public boolean resolved() {
        return unitId != null || personId != null;
    }

    public static ResolvedName unresolved(String raw) {
        return new ResolvedName(raw, null, null, null);
    }
}
