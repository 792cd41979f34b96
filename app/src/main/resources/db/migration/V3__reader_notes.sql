-- What the file reader noticed (legacy encoding converted, extension that lies, pages without text), shown at review.
ALTER TABLE import_files ADD COLUMN reader_notes TEXT;
