package vn.dondoc.textcore.model;

/** Part of a day in a work calendar: Sáng, Chiều, Tối, or the whole day. */
public enum Session {
    MORNING,
    AFTERNOON,
    EVENING,
    ALL_DAY
}
