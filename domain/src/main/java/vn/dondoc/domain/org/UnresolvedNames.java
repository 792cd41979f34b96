package vn.dondoc.domain.org;

import java.util.List;

/**
 * Names in stored records (a task's lead or cooperating unit, an event's preparing unit or chair) that
 * matched no unit or person when they were imported, so a name taught later can reach them.
 */
public interface UnresolvedNames {
    /** Each distinct name as written that is still linked to nothing. */
    List<String> names();

    /** Links the tasks' parties written {@code rawName} to the unit; returns the ids of the tasks changed. */
    List<Long> linkTaskParties(String rawName, long unitId);

    /** Links the events' parties written {@code rawName} to the unit or person; returns the ids of the events changed. */
    List<Long> linkEventParties(String rawName, Long unitId, Long personId);
}
