-- Nothing is hard-deleted through the UI or the API (issue 9.4): org units, people, aliases and day announcements
-- are marked like tasks, documents, targets, results, work programs and calendar events (V12, V55), hidden from every
-- read, and an administrator restores them from the trash (/quan-tri/thung-rac, /api/trash). Who deleted a record
-- is read from the audit trail, which has every delete.
ALTER TABLE org_units ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE people ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE aliases ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE day_announcements ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX targets_deleted ON targets (deleted_at);
CREATE INDEX results_deleted ON results (deleted_at);
CREATE INDEX calendar_events_deleted ON calendar_events (deleted_at);
