package vn.dondoc.domain.followup;

/**
 * The four columns of the Government Office's task tracking. Computed from the deadline and the completion date
 * on the working-day calendar, never typed. A cancelled task is in none of them.
 */
public enum TaskBucket {
    DONE_ON_TIME,
    DONE_LATE,
    OPEN_IN_TIME,
    OPEN_OVERDUE;

    public boolean done() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }
}
