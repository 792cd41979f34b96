package vn.dondoc.domain.org;

import java.time.LocalDate;

/**
 * A node of the organisation tree (province → department → division; commune). A merged or
 * renamed unit is not deleted: it gets {@code validTo} and a {@code successorId}, keeping history.
 */
public record OrgUnit(
        Long id,
        Long parentId,
        String name,
        String abbreviation,
        String kind,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId) {

    public boolean activeOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    public OrgUnit withId(Long newId) {
        return new OrgUnit(newId, parentId, name, abbreviation, kind, validFrom, validTo, successorId);
    }
}
