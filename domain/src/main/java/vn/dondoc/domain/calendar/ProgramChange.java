package vn.dondoc.domain.calendar;

import java.util.List;

/**
 * How one item differs between two versions of the program (the last publication and now, or
 * a program and its revision): added, removed, or changed in the named fields.
 */
public record ProgramChange(Kind kind, CalendarEvent before, CalendarEvent after, List<String> fields) {
    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED
    }

    public ProgramChange {
        fields = List.copyOf(fields);
    }

    /** The item as it is now, or as it was when it was removed. */
    public CalendarEvent item() {
        return after != null ? after : before;
    }
}
