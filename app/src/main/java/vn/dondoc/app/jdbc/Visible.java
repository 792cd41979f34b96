package vn.dondoc.app.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dondoc.domain.access.Visibility;

/**
 * The read rule of {@link vn.dondoc.domain.access.AccessPolicy} as SQL predicates, one per kind of record, so
 * every list, count, export and figure filters the same way: {@code unit_id IN (:visible_units)} over the
 * person's resolved units (their grants' subtrees, resolved once per request) or, for the agency's own records
 * (no unit at all), an anti-join. Each predicate uses the indexes on the unit columns (task_parties (unit_id,
 * task_id), documents (issuer_unit_id), results (reporting_unit_id), calendar_event_parties (unit_id, event_id)).
 * The records of the person's units are an uncorrelated {@code IN (SELECT ...)}, read once per query from the
 * unit index, not an {@code EXISTS} per row: PostgreSQL plans both as a semi-join, but H2 runs a correlated
 * {@code EXISTS} once for every row of a province's tables.
 * A predicate is null when the person sees everything (nothing to add).
 */
public final class Visible {
    /** The parameter every predicate binds: the person's units. */
    public static final String UNITS = "visible_units";

    private Visible() {}

    /** Tasks: the agency's (no unit named) or naming a visible unit as lead or cooperating. {@code id}: the task's id column. */
    public static String tasks(Visibility v, String id, Map<String, Object> params) {
        return either(
                v,
                params,
                "NOT EXISTS (SELECT 1 FROM task_parties vp WHERE vp.task_id = " + id + " AND vp.unit_id IS NOT NULL)",
                id + " IN (SELECT vp.task_id FROM task_parties vp WHERE vp.unit_id IN (:" + UNITS + "))");
    }

    /**
     * Documents: the agency's (issuer outside the tree) or issued by a visible unit, or read by one because one of
     * its tasks names it (see {@code Access.document}).
     */
    public static String documents(Visibility v, String id, String issuerUnitId, Map<String, Object> params) {
        return either(
                v,
                params,
                issuerUnitId + " IS NULL",
                issuerUnitId + " IN (:" + UNITS + ") OR " + id + " IN (SELECT vt.document_id FROM task_parties vtp"
                        + " JOIN tasks vt ON vt.id = vtp.task_id WHERE vtp.unit_id IN (:" + UNITS
                        + ") AND vt.deleted_at IS NULL)");
    }

    /** Records read with their document (targets): no document, or a document the person may read. */
    public static String withDocument(Visibility v, String documentId, Map<String, Object> params) {
        String doc = documents(v, "vd.id", "vd.issuer_unit_id", params);
        if (doc == null) {
            return null;
        }
        // without a document the record is the agency's: read by every grant, by nobody without one
        return (v.agencyRecords() ? documentId + " IS NULL OR " : "")
                + "EXISTS (SELECT 1 FROM documents vd WHERE vd.id = " + documentId + " AND (" + doc + "))";
    }

    /** Results: those of a visible reporting unit; without one, read with their document. */
    public static String results(Visibility v, String reportingUnitId, String documentId, Map<String, Object> params) {
        String doc = withDocument(v, documentId, params);
        if (doc == null) {
            return null;
        }
        String own = v.units().isEmpty() ? "1 = 0" : reportingUnitId + " IN (:" + UNITS + ")";
        return "(" + reportingUnitId + " IS NOT NULL AND " + own + ") OR (" + reportingUnitId + " IS NULL AND (" + doc
                + "))";
    }

    /**
     * Work programs: those of a visible owner unit; without an owner, read with their document (the rule of
     * {@link #results}, and of {@code Access.workProgram}).
     */
    public static String workPrograms(Visibility v, String ownerUnitId, String documentId, Map<String, Object> params) {
        return results(v, ownerUnitId, documentId, params);
    }

    /**
     * Import batches (and their files and proposals): a batch belongs to the units its uploader held a grant in
     * when uploading ({@code import_batch_units}), read by whoever reads those units' records. A batch with no unit
     * (uploaded by an administrator, the command line, the demo, or before V45) is read by administrators only: its
     * files may hold any unit's documents before anyone reviewed them, so it is not the agency's to every reader.
     * {@code id}: the batch id column.
     */
    public static String importBatches(Visibility v, String id, Map<String, Object> params) {
        if (v.everything()) {
            return null;
        }
        if (v.units().isEmpty()) {
            return "1 = 0";
        }
        params.put(UNITS, List.copyOf(v.units()));
        return "EXISTS (SELECT 1 FROM import_batch_units vb WHERE vb.batch_id = " + id + " AND vb.unit_id IN (:" + UNITS
                + "))";
    }

    /**
     * Agenda items: the agency's agenda (chương trình công tác), as the calendar's writes already treat them
     * (RecordScope.AGENCY): every signed-in person reads every item, published or not; nobody without an account
     * reads any here (the published ones are served under /lich and /ical). {@code id} is unused but kept so the
     * rule can narrow to the units an item names without touching its callers.
     */
    public static String events(Visibility v, String id, Map<String, Object> params) {
        if (v.everything() || v.agencyRecords()) {
            return null;
        }
        return "1 = 0";
    }

    /** Adds a predicate to a WHERE clause (in parentheses), and its parameter. */
    public static Where and(Where w, String predicate) {
        return predicate == null ? w : w.and("(" + predicate + ")");
    }

    private static String either(Visibility v, Map<String, Object> params, String agency, String units) {
        if (v.everything()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (v.agencyRecords()) {
            parts.add(agency);
        }
        if (!v.units().isEmpty()) {
            parts.add(units);
            params.put(UNITS, List.copyOf(v.units()));
        }
        return parts.isEmpty()
                ? "1 = 0"
                : String.join(" OR ", parts.stream().map(p -> "(" + p + ")").toList());
    }
}
