package vn.dondoc.domain.workday;

import java.util.List;
import java.util.Optional;

/** Storage of the days off and swapped working days announced each year. */
public interface DayAnnouncements {
    List<DayAnnouncement> all();

    Optional<DayAnnouncement> find(long id);

    DayAnnouncement add(DayAnnouncement a);

    boolean delete(long id);
}
