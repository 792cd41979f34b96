-- Indexes a province-sized database needs (issue 13). Same SQL on PostgreSQL and H2.

-- the document list's order: newest first, undated last; served by the index instead of a sort of the whole table
CREATE INDEX documents_issued_order ON documents (issued_on DESC NULLS LAST, id DESC);
-- the task list's order (deadline, then id) and its unit filter
CREATE INDEX tasks_deadline_order ON tasks (deadline NULLS LAST, id);
CREATE INDEX task_parties_unit_task ON task_parties (unit_id, task_id);

-- records taken from a document: read on every change of the document (search follows it) and on delete
CREATE INDEX tasks_document ON tasks (document_id);
CREATE INDEX calendar_events_document ON calendar_events (document_id);
CREATE INDEX targets_document ON targets (document_id);
CREATE INDEX results_document ON results (document_id);
CREATE INDEX document_references_document ON document_references (document_id);
CREATE INDEX document_references_cited ON document_references (cited_document_id);

-- children read with their parent
CREATE INDEX progress_reports_task ON progress_reports (task_id);
CREATE INDEX calendar_event_parties_event ON calendar_event_parties (event_id);
CREATE INDEX calendar_event_parties_person ON calendar_event_parties (person_id);
CREATE INDEX results_unit ON results (reporting_unit_id);
CREATE INDEX results_indicator ON results (indicator_id);
CREATE INDEX targets_indicator ON targets (indicator_id);
CREATE INDEX people_unit ON people (unit_id);
CREATE INDEX org_units_parent ON org_units (parent_id);
