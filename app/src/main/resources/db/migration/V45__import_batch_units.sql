-- Issue 9: an import batch belongs to the units its uploader held a grant in (the read rule of Visible.importBatches)
CREATE TABLE import_batch_units (
    batch_id BIGINT NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (batch_id, unit_id)
);
CREATE INDEX import_batch_units_unit ON import_batch_units (unit_id, batch_id);
