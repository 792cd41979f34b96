package vn.dondoc.domain.task;

import java.util.List;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;

/** Port: stored tasks, their units and progress reports. */
public interface Tasks {
    Optional<Task> find(long id);

    Page<Task> list(TaskFilter filter, PageRequest page);

    Task insert(Task task);

    /**
     * Stores many new tasks at once (a plan of 20,000 items): the stores write them in batches. Returns
     * them with their ids, in the same order.
     */
    default java.util.List<Task> insertAll(java.util.List<Task> tasks) {
        return tasks.stream().map(this::insert).toList();
    }

    /** Writes text, dates, status, progress and parties. */
    void update(Task task);

    boolean delete(long id);

    ProgressReport addReport(ProgressReport report);

    List<ProgressReport> reports(long taskId);

    /** The tasks {@code unitId} leads or cooperates in, open or not. */
    List<Long> idsOfUnit(long unitId);

    /** Moves every open task's assignments from one unit to another; returns the ids of the tasks moved. */
    List<Long> reassignOpenTasks(long fromUnitId, long toUnitId);
}
