package vn.dondoc.domain.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: stored org units. */
public interface OrgUnits {
    Optional<OrgUnit> find(long id);

    Page<OrgUnit> list(String nameContains, Long parentId, Boolean activeOnly, PageRequest page);

    List<OrgUnit> all();

    /** Unit by exact name or abbreviation key (case-insensitive). */
    Optional<OrgUnit> findByNameOrAbbreviation(String nameOrAbbreviation);

    OrgUnit save(OrgUnit unit);

    /** Close a unit on {@code day} and point to its successor. */
    void retire(long id, LocalDate day, long successorId);

    boolean delete(long id);

    boolean isReferenced(long id);
}
