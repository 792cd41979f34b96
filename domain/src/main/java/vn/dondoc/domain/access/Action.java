package vn.dondoc.domain.access;

/** What someone may want to do with a record. */
public enum Action {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    /** Confirm the review of an imported document (which stores its tasks, targets, events). */
    CONFIRM_IMPORT,
    PUBLISH,
    CHANGE_STATUS,
    POST_PROGRESS,
    MANAGE_USERS,
    /** Bring back a deleted record (administrators). */
    RESTORE,
    /** Change the org tree and the agency's lexicon; restore deleted records. */
    ADMINISTER
}
