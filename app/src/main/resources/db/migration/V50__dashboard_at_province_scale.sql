-- Dashboard figures at a province's size (issue 13). Same SQL on PostgreSQL and H2.

-- the plan of a result: the targets of its indicator and period, read for every result under its plan
CREATE INDEX targets_indicator_period ON targets (indicator_id, period_label);
