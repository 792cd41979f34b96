package vn.dondoc.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.workday.WorkingCalendar;

class FollowUpServiceTest {
    private static final long LEAD = 1;
    private static final long HELPER = 2;
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 10);

    private final InMemory.TaskStore tasks = new InMemory.TaskStore();
    private final InMemory.FollowUpStore store = new InMemory.FollowUpStore();
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final TaskService taskService = new TaskService(
            tasks,
            new InMemory.Units().with(LEAD, "Sở Lao động").with(HELPER, "Sở Tài chính"),
            new InMemory.NoSearch(),
            Transactor.direct(),
            clock);
    private final FollowUpService followUp =
            new FollowUpService(tasks, taskService, store, WorkingCalendar::standard, Transactor.direct(), clock);

    private long task(LocalDate deadline) {
        return taskService
                .create(new TaskDraft(
                        "Xây dựng kế hoạch",
                        null,
                        LocalDate.of(2025, 1, 2),
                        deadline,
                        List.of(LEAD),
                        List.of(HELPER),
                        null))
                .orElseThrow()
                .id();
    }

    @Test
    void completionCountsFromTheDayProposedOnceTheAssignerApproves() {
        long id = task(LocalDate.of(2025, 6, 30));
        followUp.report(id, LocalDate.of(2025, 6, 27), LEAD, 100, "Đã trình", true)
                .orElseThrow();
        assertThat(tasks.find(id).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.OPEN_OVERDUE);

        long proposal = store.proposals(id).get(0).id();
        followUp.decideCompletion(proposal, true, "Đồng ý").orElseThrow();
        assertThat(tasks.find(id).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.DONE_ON_TIME);
        assertThat(followUp.decideCompletion(proposal, false, null).isOk()).isFalse();
    }

    @Test
    void aRejectedProposalLeavesTheTaskOpen() {
        long id = task(LocalDate.of(2025, 6, 30));
        followUp.report(id, LocalDate.of(2025, 6, 27), LEAD, 100, null, true).orElseThrow();
        followUp.decideCompletion(store.proposals(id).get(0).id(), false, "Chưa đạt")
                .orElseThrow();
        assertThat(tasks.find(id).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(store.completedOn(id)).isEmpty();
    }

    @Test
    void theLeadsFullReportAfterTheDeadlineIsLate() {
        long id = task(LocalDate.of(2025, 7, 4));
        followUp.report(id, LocalDate.of(2025, 7, 8), LEAD, 100, null, false).orElseThrow();
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.DONE_LATE);
    }

    @Test
    void aCooperatingUnitsPartDoesNotMoveTheTasksProgress() {
        long id = task(LocalDate.of(2025, 12, 31));
        followUp.report(id, TODAY, LEAD, 40, null, false).orElseThrow();
        followUp.report(id, TODAY, HELPER, 100, "Phần của Sở Tài chính", false).orElseThrow();
        Task t = tasks.find(id).orElseThrow();
        assertThat(t.progress()).isEqualTo(40);
        assertThat(t.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(followUp.timeline(id)).hasSize(2);
        Outcome<?> byHelper = followUp.report(id, TODAY, HELPER, 100, null, true);
        assertThat(((Outcome.Rejected<?>) byHelper).reasons())
                .extracting(Rejection::code)
                .contains("followup.proposalByLeadOnly");
    }

    @Test
    void anApprovedExtensionTakesAnOverdueTaskBackInTimeAndKeepsTheHistory() {
        long id = task(LocalDate.of(2025, 7, 1));
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.OPEN_OVERDUE);

        Outcome<Extension> tooEarly = followUp.requestExtension(id, LEAD, LocalDate.of(2025, 6, 1), "x");
        assertThat(tooEarly.isOk()).isFalse();
        Extension asked = followUp.requestExtension(id, LEAD, LocalDate.of(2025, 9, 30), "Chờ ý kiến Bộ")
                .orElseThrow();
        assertThat(followUp.requestExtension(id, LEAD, LocalDate.of(2025, 10, 30), "lần hai")
                        .isOk())
                .isFalse();
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.OPEN_OVERDUE);

        followUp.decideExtension(asked.id(), true, "Đồng ý gia hạn").orElseThrow();
        assertThat(tasks.find(id).orElseThrow().deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(followUp.bucket(id, TODAY)).contains(TaskBucket.OPEN_IN_TIME);
        assertThat(store.extensions(id).get(0).oldDeadline()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(followUp.timeline(id))
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.EXTENSION_REQUESTED, TimelineEntry.Kind.EXTENSION_DECIDED);
    }

    @Test
    void aDeadlineStatedAsAQuarterOrARecurringDutyGetsItsDueDay() {
        long id = task(null);
        assertThat(followUp.stateDeadline(id, "Quý III/2025").orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(followUp.stateDeadline(id, "hằng tháng").orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(store.statedDeadline(id).orElseThrow().recurring()).isTrue();
        assertThat(followUp.stateDeadline(id, "sớm").isOk()).isFalse();
    }
}
