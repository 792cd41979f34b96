package vn.dondoc.domain.calendar;

/** The mistakes a clerk makes when building a program, each with its message key "conflict.&lt;kind&gt;". */
public enum ConflictKind {
    /** One person chairs two items at once. */
    CHAIR_BUSY,
    /** One person takes part in two items at once (as a participant in at least one of them). */
    PERSON_BUSY,
    /** One room holds two items at once. */
    ROOM_BUSY,
    /** An item falls on a weekend, a holiday or an announced day off. */
    DAY_OFF,
    /** A preparing unit was merged, renamed or dissolved before the item's date. */
    UNIT_GONE
}
