package vn.dondoc.domain.calendar;

/** A conflict found in the calendar and, when the clerk accepted it, the note saying why it stands. */
public record CheckedConflict(Conflict conflict, String acceptedNote) {
    public boolean accepted() {
        return acceptedNote != null;
    }
}
