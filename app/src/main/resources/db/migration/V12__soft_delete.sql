-- Nothing is hard-deleted through the UI or the API: a deleted task is marked, hidden, and an administrator can restore it.
ALTER TABLE tasks ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX tasks_deleted ON tasks (deleted_at);
