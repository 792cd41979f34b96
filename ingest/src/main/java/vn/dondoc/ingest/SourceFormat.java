package vn.dondoc.ingest;

/** What a file really was, judged from its bytes (never from its extension). */
public enum SourceFormat {
    TEXT,
    DOCX,
    PDF,
    HTML
}
