package vn.dondoc.domain.followup;

import java.time.LocalDate;
import java.util.List;

/** Port: the series of recurring tasks ("hằng năm", "hằng quý", "thường xuyên") and their instances. */
public interface Recurrences {
    /**
     * A recurring duty: its first task ({@code rootId}), its latest instance and the period end that instance is
     * for, the deadline as written.
     */
    record Series(long rootId, long latestTaskId, LocalDate latestDue, Deadline deadline) {}

    /** Every series still running: its first task neither cancelled nor deleted. */
    List<Series> running();

    /** Whether the series already has its instance for the period ending {@code due}. */
    boolean hasInstance(long rootId, LocalDate due);

    /** Marks a new task as the series' instance for the period ending {@code due}, with the deadline as written. */
    void markInstance(long taskId, long rootId, LocalDate due, Deadline deadline);
}
