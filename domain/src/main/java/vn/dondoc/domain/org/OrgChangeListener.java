package vn.dondoc.domain.org;

/**
 * What other features do when the org tree changes, so the org rules need not know their storage:
 * tasks follow a merged unit to its successor, search re-labels records of a renamed unit.
 * Called inside the org use case's transaction.
 */
public interface OrgChangeListener {
    /** The unit's name or abbreviation changed. */
    default void unitRenamed(long unitId) {}

    /** The unit was merged into its successor; returns how many records moved with it. */
    default int unitMerged(long unitId, long successorId) {
        return 0;
    }
}
