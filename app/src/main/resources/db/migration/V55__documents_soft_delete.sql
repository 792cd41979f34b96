-- Nothing is hard-deleted (issue 9.4): a deleted document is marked, hidden with the records taken from it, and an
-- administrator can restore it. Its records are marked with the same moment, so that restoring the document brings
-- back exactly those (a task deleted on its own before stays deleted). Progress reports hang on their task: kept.
ALTER TABLE documents ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE work_programs ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE calendar_events ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE targets ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE results ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX documents_deleted ON documents (deleted_at);
