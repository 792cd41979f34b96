package vn.dondoc.domain.access;

/**
 * What a person does in a unit. Every role but {@link #ADMIN} holds only for the unit it is granted in
 * and the units below it.
 */
public enum Role {
    /** Everything, everywhere: accounts, the org tree, restoring deleted records. */
    ADMIN,
    /** Văn thư: imports documents, confirms reviews, keeps and publishes the calendar. */
    CLERK,
    /** Lãnh đạo: sees the subtree, approves and assigns tasks, publishes. */
    LEADER,
    /** Chuyên viên: works on the tasks its unit leads or cooperates on, reads the rest of its unit. */
    STAFF,
    /** Reads the subtree, changes nothing. */
    VIEWER
}
