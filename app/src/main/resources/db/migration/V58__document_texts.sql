-- A document's text and original file live beside its row, not in it (issue 13.2): H2 stores a row with all its
-- columns, so counting or listing a unit's documents read every body. Lists, counts and filters read the short
-- `documents` row; the text is read by the document page, the API detail, search indexing, checks and backups.
CREATE TABLE document_texts (
    document_id   BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    folded_body   TEXT,
    original_file BYTEA
);
INSERT INTO document_texts (document_id, body, folded_body, original_file)
    SELECT id, body, folded_body, original_file FROM documents;
ALTER TABLE documents DROP COLUMN body;
ALTER TABLE documents DROP COLUMN folded_body;
ALTER TABLE documents DROP COLUMN original_file;
