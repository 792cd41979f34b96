package vn.dondoc.domain.workday;

import java.time.LocalDate;

/**
 * What the government (or the agency) announces for a year beyond the statutory holidays: an extra day
 * off (a bridge day around Tết or 2/9) or a swapped working day (a Saturday worked to make up for it).
 */
public record DayAnnouncement(Long id, LocalDate date, Kind kind, String name) {
    public enum Kind {
        DAY_OFF,
        WORKING_DAY
    }

    public DayAnnouncement {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("an announcement needs a date and a kind");
        }
    }
}
