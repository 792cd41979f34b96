-- issue 9: every read is filtered on the units a person may see (app/jdbc/Visible): the unit columns
-- those predicates test are indexed (task_parties (unit_id, task_id), results (reporting_unit_id) and
-- calendar_event_parties (event_id) already are, by V40). V13 runs before V20 on a new database, so the
-- published items' event_id (V20) is not indexed here.
CREATE INDEX documents_issuer_unit ON documents (issuer_unit_id);
CREATE INDEX calendar_event_parties_unit_event ON calendar_event_parties (unit_id, event_id);
