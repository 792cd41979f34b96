package vn.dondoc.domain.access;

import java.util.Set;

/**
 * Which units a record belongs to, as far as permissions go: {@code owners} (a document's issuer, a
 * result's reporting unit, a new task's lead) and, for tasks and events, the units that lead or
 * cooperate. A record with no unit at all (a document from outside the org tree) belongs to the agency.
 */
public record RecordScope(Set<Long> owners, Set<Long> leads, Set<Long> cooperating) {
    /** A record that belongs to no unit in particular. */
    public static final RecordScope AGENCY = new RecordScope(Set.of(), Set.of(), Set.of());

    public RecordScope {
        owners = Set.copyOf(owners);
        leads = Set.copyOf(leads);
        cooperating = Set.copyOf(cooperating);
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
