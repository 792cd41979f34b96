package vn.dondoc.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskStatus;

/** Recurring duties get one task per period, made when the period rolls over, on a fixed clock. */
class RecurringTasksTest {
    private final InMemory.TaskStore tasks = new InMemory.TaskStore();
    private final Series series = new Series();

    /** Series kept beside the in-memory tasks: task id → (root, period end). */
    private final class Series implements Recurrences {
        final Map<Long, Long> rootOf = new HashMap<>();
        final Map<Long, LocalDate> dueOf = new HashMap<>();
        final Map<Long, Deadline> stated = new HashMap<>();

        @Override
        public List<Recurrences.Series> running() {
            List<Recurrences.Series> out = new ArrayList<>();
            stated.forEach((root, d) -> {
                if (tasks.rows.get(root).status() == TaskStatus.CANCELLED) {
                    return;
                }
                long latest = root;
                for (var e : rootOf.entrySet()) {
                    if (e.getValue() == root && dueOf.get(e.getKey()).isAfter(dueOf.get(latest))) {
                        latest = e.getKey();
                    }
                }
                out.add(new Recurrences.Series(root, latest, dueOf.get(latest), d));
            });
            return out;
        }

        @Override
        public boolean hasInstance(long rootId, LocalDate due) {
            return rootOf.entrySet().stream()
                    .anyMatch(e -> e.getValue() == rootId && due.equals(dueOf.get(e.getKey())));
        }

        @Override
        public void markInstance(long taskId, long rootId, LocalDate due, Deadline deadline) {
            rootOf.put(taskId, rootId);
            dueOf.put(taskId, due);
        }
    }

    private RecurringTasks on(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new RecurringTasks(series, tasks, new InMemory.NoSearch(), Transactor.direct(), clock);
    }

    /** A duty stated as {@code text} on {@code start}: its first task, due at its first period's end. */
    private long duty(String text, LocalDate start) {
        Deadline d = Deadline.parse(text, start).orElseThrow();
        Task t = tasks.insert(new Task(
                null,
                7L,
                "Báo cáo tình hình thực hiện",
                "II.1",
                start,
                d.due(),
                TaskStatus.NEW,
                0,
                List.of(
                        new TaskParty(PartyRole.LEAD, "Sở Lao động", 1L, "Sở Lao động"),
                        new TaskParty(PartyRole.COOPERATING, "Sở Tài chính", 2L, "Sở Tài chính")),
                null,
                null));
        series.stated.put(t.id(), d);
        series.rootOf.put(t.id(), t.id());
        series.dueOf.put(t.id(), d.due());
        return t.id();
    }

    private List<Task> instancesOf(long root) {
        return tasks.rows.values().stream()
                .filter(t -> series.rootOf.get(t.id()) == root)
                .toList();
    }

    @Test
    void aQuarterlyDutyGetsItsNextTaskOnceTheQuarterRollsOver() {
        long root = duty("hằng quý", LocalDate.of(2025, 1, 10));
        assertThat(tasks.rows.get(root).deadline()).isEqualTo(LocalDate.of(2025, 3, 31));

        assertThat(on(LocalDate.of(2025, 3, 31)).rollOver())
                .as("the quarter's last day: not rolled over yet")
                .isZero();
        assertThat(on(LocalDate.of(2025, 4, 1)).rollOver()).isEqualTo(1);
        assertThat(on(LocalDate.of(2025, 4, 1)).rollOver())
                .as("again the same day")
                .isZero();
        assertThat(on(LocalDate.of(2025, 5, 20)).rollOver())
                .as("later in the same quarter")
                .isZero();

        List<Task> all = instancesOf(root);
        assertThat(all).hasSize(2);
        Task next = all.get(1);
        assertThat(next.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(next.startDate()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(next.status()).isEqualTo(TaskStatus.NEW);
        assertThat(next.progress()).isZero();
        assertThat(next.text()).isEqualTo("Báo cáo tình hình thực hiện");
        assertThat(next.documentId()).isEqualTo(7L);
        assertThat(next.parties()).extracting(TaskParty::unitId).containsExactly(1L, 2L);
        assertThat(tasks.rows.get(root).status())
                .as("the first quarter's task stays as it was")
                .isEqualTo(TaskStatus.NEW);
    }

    @Test
    void periodsMissedWhileTheServerWasOffAreEachMade() {
        long root = duty("hằng quý", LocalDate.of(2025, 1, 10));
        assertThat(on(LocalDate.of(2025, 11, 3)).rollOver()).isEqualTo(3);
        assertThat(instancesOf(root))
                .extracting(Task::deadline)
                .containsExactly(
                        LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 6, 30),
                        LocalDate.of(2025, 9, 30),
                        LocalDate.of(2025, 12, 31));
    }

    @Test
    void yearlyAndOngoingDutiesRollOverAtTheirOwnPeriods() {
        long yearly = duty("hằng năm", LocalDate.of(2025, 3, 1));
        long ongoing = duty("thường xuyên", LocalDate.of(2025, 3, 1)); // accounted for each quarter
        assertThat(on(LocalDate.of(2025, 4, 1)).rollOver()).isEqualTo(1);
        assertThat(instancesOf(ongoing))
                .extracting(Task::deadline)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30));
        assertThat(instancesOf(yearly)).hasSize(1);
        assertThat(on(LocalDate.of(2026, 1, 1)).rollOver())
                .as("one year, three quarters")
                .isEqualTo(4);
        assertThat(instancesOf(yearly))
                .extracting(Task::deadline)
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
    }

    @Test
    void anExtendedInstanceKeepsItsPeriodAndACancelledSeriesStops() {
        long root = duty("hằng quý", LocalDate.of(2025, 1, 10));
        Task first = tasks.rows.get(root);
        // the first quarter's report was given until 15 April: the series still counts it as the first quarter's
        tasks.update(new Task(
                first.id(),
                first.documentId(),
                first.text(),
                first.section(),
                first.startDate(),
                LocalDate.of(2025, 4, 15),
                first.status(),
                0,
                first.parties(),
                null,
                null));
        assertThat(on(LocalDate.of(2025, 4, 2)).rollOver()).isEqualTo(1);
        assertThat(instancesOf(root))
                .extracting(Task::deadline)
                .containsExactly(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 6, 30));

        tasks.update(new Task(
                first.id(),
                first.documentId(),
                first.text(),
                first.section(),
                first.startDate(),
                LocalDate.of(2025, 4, 15),
                TaskStatus.CANCELLED,
                0,
                first.parties(),
                null,
                null));
        assertThat(on(LocalDate.of(2025, 7, 1)).rollOver()).isZero();
    }
}
