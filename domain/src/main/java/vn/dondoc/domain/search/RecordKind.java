package vn.dondoc.domain.search;

/** What a search finds: a document or a record taken from one. */
public enum RecordKind {
    DOCUMENT,
    TASK,
    EVENT,
    TARGET,
    RESULT
}
