package vn.dondoc.textcore.model;

/** How a target's planned value is to be met. */
public enum Comparator {
    GTE,
    LTE,
    EQ,
    RANGE
}
