-- Dashboard figures at a province's size (issue 13). Same SQL on PostgreSQL and H2.

-- The plan of a result is read through V48's targets_period_code index (indicator_id, period_code):
-- results and targets of the same period share a period code since V48, so no index is added here.
SELECT 1;
