package vn.dondoc.domain.calendar;

import java.util.List;

/**
 * An event with the people and units its names resolved to, as the conflict rules need them.
 * A chair or participant not resolved to a person is still compared by the name as written.
 */
public record ScheduledItem(
        CalendarEvent event, List<Party> chairs, List<Party> preparingUnits, List<Party> participants) {
    public ScheduledItem {
        chairs = List.copyOf(chairs);
        preparingUnits = List.copyOf(preparingUnits);
        participants = List.copyOf(participants);
    }

    public ScheduledItem(CalendarEvent event, List<Party> chairs, List<Party> preparingUnits) {
        this(event, chairs, preparingUnits, List.of());
    }

    /** A name of the event and what it resolved to (either may be null). */
    public record Party(String rawName, Long unitId, Long personId) {}
}
