-- Recurring tasks (issue 11, follow-up f): one task per period. An instance points to the first task of its
-- series and says which period it is for (the period's last day, kept when an extension moves its deadline);
-- one instance per series and period, so the job that creates them may run twice without harm.
ALTER TABLE tasks ADD COLUMN series_id BIGINT REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE tasks ADD COLUMN instance_due DATE;
CREATE UNIQUE INDEX tasks_series_instance ON tasks (series_id, instance_due);
UPDATE tasks SET instance_due = deadline WHERE recurrence IS NOT NULL;
