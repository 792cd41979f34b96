-- Periods of targets and results as data (issue 11, follow-up c): kind (MONTH, QUARTER, HALF, YEAR, MULTI_YEAR), year,
-- last year of a multi-year period, index (month, quarter or half), first and last day, and the code two records
-- of the same period share ("2025-Q2"; for a text that is no period, the text itself). period_label keeps the text
-- shown: the period's Vietnamese label, or the text as written when it is none (period_kind NULL: flagged).
ALTER TABLE targets ADD COLUMN period_kind VARCHAR(12);
ALTER TABLE targets ADD COLUMN period_year INTEGER;
ALTER TABLE targets ADD COLUMN period_year_to INTEGER;
ALTER TABLE targets ADD COLUMN period_index INTEGER;
ALTER TABLE targets ADD COLUMN period_start DATE;
ALTER TABLE targets ADD COLUMN period_end DATE;
ALTER TABLE targets ADD COLUMN period_code VARCHAR(120);
ALTER TABLE results ADD COLUMN period_kind VARCHAR(12);
ALTER TABLE results ADD COLUMN period_year INTEGER;
ALTER TABLE results ADD COLUMN period_year_to INTEGER;
ALTER TABLE results ADD COLUMN period_index INTEGER;
ALTER TABLE results ADD COLUMN period_start DATE;
ALTER TABLE results ADD COLUMN period_end DATE;
ALTER TABLE results ADD COLUMN period_code VARCHAR(120);
CREATE INDEX targets_period_code ON targets (indicator_id, period_code);
CREATE INDEX results_period_code ON results (indicator_id, period_code);
