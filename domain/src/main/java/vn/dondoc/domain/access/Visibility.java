package vn.dondoc.domain.access;

import java.util.Set;

/**
 * What one person may read, resolved once (per request): every record ({@code everything}), the agency's
 * own records that belong to no unit ({@code agencyRecords}), and the records of these units (the subtree of
 * each of the person's grants, united). Lists, counts, exports and search hits are filtered with it, so a
 * list shows exactly the records {@link AccessPolicy#allows} lets the person open. Built by
 * {@link AccessPolicy#visibility}.
 */
public record Visibility(boolean everything, boolean agencyRecords, Set<Long> units) {
    /** Nobody signed in: nothing (what is published is served elsewhere). */
    public static final Visibility NOTHING = new Visibility(false, false, Set.of());
    /** An administrator, or the machine itself. */
    public static final Visibility EVERYTHING = new Visibility(true, true, Set.of());

    public Visibility {
        units = Set.copyOf(units);
    }

    /** Whether a record of this scope may be read. */
    public boolean sees(RecordScope scope) {
        if (everything) {
            return true;
        }
        if (scope.agencyWide()) {
            return agencyRecords;
        }
        for (Long u : scope.readingUnits()) {
            if (u != null && units.contains(u)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one unit's records may be read (its subtree is the person's, or everything is). */
    public boolean seesUnit(long unitId) {
        return everything || units.contains(unitId);
    }
}
