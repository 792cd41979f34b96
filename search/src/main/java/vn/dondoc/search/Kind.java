package vn.dondoc.search;

/** What a search hit stands for; the app maps each kind to its own page. */
public enum Kind {
    DOCUMENT,
    TASK,
    TARGET,
    EVENT,
    RESULT,
    OTHER
}
