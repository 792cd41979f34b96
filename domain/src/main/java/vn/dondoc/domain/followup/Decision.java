package vn.dondoc.domain.followup;

/** Where a request to the assigner stands. */
public enum Decision {
    PENDING,
    APPROVED,
    REJECTED
}
