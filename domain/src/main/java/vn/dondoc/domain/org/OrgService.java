package vn.dondoc.domain.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;

/** Use cases of the organisation tree: create with checks, and merge a unit into its successor. */
public final class OrgService {
    private final OrgUnits units;
    private final People people;
    private final List<OrgChangeListener> listeners;
    private final Transactor tx;

    public OrgService(OrgUnits units, People people, List<OrgChangeListener> listeners, Transactor tx) {
        this.units = units;
        this.people = people;
        this.listeners = List.copyOf(listeners);
        this.tx = tx;
    }

    public Outcome<OrgUnit> save(OrgUnit unit) {
        return tx.inTransaction(() -> {
            List<Rejection> problems = new ArrayList<>();
            if (Texts.clean(unit.name()) == null) {
                problems.add(Rejection.of("unit.nameRequired", "name"));
            }
            TextLimits.field(Texts.clean(unit.name()), TextLimits.UNIT_NAME, "name", problems);
            TextLimits.field(Texts.clean(unit.abbreviation()), TextLimits.UNIT_ABBREVIATION, "abbreviation", problems);
            if (unit.parentId() != null && units.find(unit.parentId()).isEmpty()) {
                problems.add(Rejection.of("unit.unknown", "parentId", unit.parentId()));
            }
            if (unit.id() != null && unit.id().equals(unit.parentId())) {
                problems.add(Rejection.of("unit.ownParent", "parentId"));
            }
            if (unit.validFrom() != null
                    && unit.validTo() != null
                    && unit.validTo().isBefore(unit.validFrom())) {
                problems.add(Rejection.of("unit.validToBeforeFrom", "validTo", unit.validTo(), unit.validFrom()));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            OrgUnit before = unit.id() == null ? null : units.find(unit.id()).orElse(null);
            OrgUnit saved = units.save(new OrgUnit(
                    unit.id(),
                    unit.parentId(),
                    Texts.clean(unit.name()),
                    Texts.clean(unit.abbreviation()),
                    Texts.clean(unit.kind()),
                    unit.validFrom(),
                    unit.validTo(),
                    unit.successorId()));
            if (before != null
                    && (!Objects.equals(before.name(), saved.name())
                            || !Objects.equals(before.abbreviation(), saved.abbreviation()))) {
                listeners.forEach(l -> l.unitRenamed(saved.id()));
            }
            return Outcome.ok(saved);
        });
    }

    /**
     * Merges (or renames) {@code unitId} into {@code successorId} on {@code day}: the old unit stays,
     * closed, for history; the listeners move its open work to the successor. Returns how many records moved.
     */
    public Outcome<Integer> merge(long unitId, long successorId, LocalDate day) {
        return tx.inTransaction(() -> {
            OrgUnit unit = units.find(unitId).orElseThrow(() -> new RecordNotFoundException("unit", unitId));
            if (units.find(successorId).isEmpty()) {
                return Outcome.rejected(Rejection.of("unit.unknown", "successorId", successorId));
            }
            if (unitId == successorId) {
                return Outcome.rejected(Rejection.of("unit.mergeIntoItself", "successorId"));
            }
            if (unit.validTo() != null) {
                return Outcome.rejected(Rejection.of("unit.alreadyRetired", "unitId", unit.name(), unit.validTo()));
            }
            units.retire(unitId, day, successorId);
            int moved = 0;
            for (OrgChangeListener l : listeners) {
                moved += l.unitMerged(unitId, successorId);
            }
            return Outcome.ok(moved);
        });
    }

    public Outcome<Boolean> delete(long unitId) {
        return tx.inTransaction(() -> {
            if (units.isReferenced(unitId)) {
                return Outcome.rejected(Rejection.of("unit.inUse", "id", unitId));
            }
            return Outcome.ok(units.delete(unitId));
        });
    }

    /** Creates or updates a person: a name is needed, and the unit, when given, must exist. */
    public Outcome<Person> savePerson(Person person) {
        return tx.inTransaction(() -> {
            List<Rejection> problems = new ArrayList<>();
            if (Texts.clean(person.name()) == null) {
                problems.add(Rejection.of("person.nameRequired", "name"));
            }
            TextLimits.field(Texts.clean(person.name()), TextLimits.PERSON_NAME, "name", problems);
            TextLimits.field(Texts.clean(person.titles()), TextLimits.PERSON_TITLES, "titles", problems);
            if (person.unitId() != null && units.find(person.unitId()).isEmpty()) {
                problems.add(Rejection.of("unit.unknown", "unitId", person.unitId()));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            return Outcome.ok(people.save(new Person(
                    person.id(), Texts.clean(person.name()), Texts.clean(person.titles()), person.unitId())));
        });
    }
}
