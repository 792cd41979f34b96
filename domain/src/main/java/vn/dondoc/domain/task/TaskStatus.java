package vn.dondoc.domain.task;

import java.util.EnumSet;
import java.util.Set;

/** Life of a task. DONE may be reopened (a report found it unfinished); CANCELLED is final. */
public enum TaskStatus {
    NEW,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public Set<TaskStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    public boolean canMoveTo(TaskStatus target) {
        return next().contains(target);
    }

    public boolean open() {
        return this == NEW || this == IN_PROGRESS;
    }
}
