package vn.dondoc.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskStatusTest {
    @Test
    void aCancelledTaskCannotBeReopenedOrFinished() {
        assertThat(TaskStatus.CANCELLED.next()).isEmpty();
        assertThat(TaskStatus.CANCELLED.canMoveTo(TaskStatus.DONE)).isFalse();
    }

    @Test
    void aDoneTaskCanOnlyBeReopened() {
        assertThat(TaskStatus.DONE.next()).containsExactly(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aNewTaskCanStartFinishOrBeCancelledButNotGoBackToNew() {
        assertThat(TaskStatus.NEW.next())
                .containsExactlyInAnyOrder(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED);
        assertThat(TaskStatus.IN_PROGRESS.canMoveTo(TaskStatus.NEW)).isFalse();
    }

    @Test
    void onlyAnOpenTaskPastItsDeadlineIsOverdue() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        Task open = new Task(
                1L,
                null,
                "x",
                null,
                null,
                LocalDate.of(2024, 5, 31),
                TaskStatus.IN_PROGRESS,
                10,
                List.of(),
                null,
                null);
        Task dueToday = new Task(2L, null, "x", null, null, today, TaskStatus.NEW, 0, List.of(), null, null);
        Task done = new Task(
                3L, null, "x", null, null, LocalDate.of(2024, 5, 1), TaskStatus.DONE, 100, List.of(), null, null);
        Task noDeadline = new Task(4L, null, "x", null, null, null, TaskStatus.NEW, 0, List.of(), null, null);
        assertThat(open.overdueOn(today)).isTrue();
        assertThat(dueToday.overdueOn(today)).isFalse();
        assertThat(done.overdueOn(today)).isFalse();
        assertThat(noDeadline.overdueOn(today)).isFalse();
    }
}
