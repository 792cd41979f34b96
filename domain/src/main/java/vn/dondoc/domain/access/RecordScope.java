package vn.dondoc.domain.access;

import java.util.Set;

/**
 * Which units a record belongs to, as far as permissions go: {@code owners} (a document's issuer, a
 * result's reporting unit, a new task's lead) and, for tasks and events, the units that lead or
 * cooperate. A record with no unit at all (a document from outside the org tree) belongs to the agency.
 * {@code readers}: units that may read the record without owning it (a document is read by the units its
 * tasks name); they count for {@link Action#READ} only, never for a change.
 */
public record RecordScope(Set<Long> owners, Set<Long> leads, Set<Long> cooperating, Set<Long> readers) {
    /** A record that belongs to no unit in particular. */
    public static final RecordScope AGENCY = new RecordScope(Set.of(), Set.of(), Set.of());

    public RecordScope {
        owners = Set.copyOf(owners);
        leads = Set.copyOf(leads);
        cooperating = Set.copyOf(cooperating);
        readers = Set.copyOf(readers);
    }

    public RecordScope(Set<Long> owners, Set<Long> leads, Set<Long> cooperating) {
        this(owners, leads, cooperating, Set.of());
    }

    /** The same record, also read by these units. */
    public RecordScope readBy(Set<Long> units) {
        java.util.Set<Long> all = new java.util.HashSet<>(readers);
        all.addAll(units);
        all.remove(null);
        return new RecordScope(owners, leads, cooperating, all);
    }

    public static RecordScope ofUnits(Set<Long> units) {
        return new RecordScope(units, Set.of(), Set.of());
    }

    public static RecordScope ofTask(Set<Long> leads, Set<Long> cooperating) {
        return new RecordScope(Set.of(), leads, cooperating);
    }

    public boolean agencyWide() {
        return owners.isEmpty() && leads.isEmpty() && cooperating.isEmpty();
    }

    /** Every unit named, whatever its part. */
    public Set<Long> allUnits() {
        java.util.Set<Long> all = new java.util.HashSet<>(owners);
        all.addAll(leads);
        all.addAll(cooperating);
        return all;
    }

    /** Every unit whose people may read the record: its own units and its readers. */
    public Set<Long> readingUnits() {
        java.util.Set<Long> all = allUnits();
        all.addAll(readers);
        return all;
    }

    /** The units that work on the record: its leads and cooperating units (its owners when it has none). */
    public Set<Long> workingUnits() {
        if (leads.isEmpty() && cooperating.isEmpty()) {
            return owners;
        }
        java.util.Set<Long> all = new java.util.HashSet<>(leads);
        all.addAll(cooperating);
        return all;
    }
}
