package vn.dondoc.domain.task;

import java.util.List;
import vn.dondoc.domain.org.OrgChangeListener;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/** Open tasks move with a merged unit to its successor; tasks of a renamed unit are found under its new name. */
public final class TasksFollowOrgChanges implements OrgChangeListener {
    private final Tasks tasks;
    private final Search search;

    public TasksFollowOrgChanges(Tasks tasks, Search search) {
        this.tasks = tasks;
        this.search = search;
    }

    @Override
    public void unitRenamed(long unitId) {
        search.changed(RecordKind.TASK, tasks.idsOfUnit(unitId));
    }

    @Override
    public int unitMerged(long unitId, long successorId) {
        List<Long> moved = tasks.reassignOpenTasks(unitId, successorId);
        search.changed(RecordKind.TASK, moved);
        return moved.size();
    }
}
