package vn.dondoc.app.followup;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.followup.AttachedProgress;
import vn.dondoc.domain.followup.AttachmentCheck;
import vn.dondoc.domain.followup.FollowUpService;
import vn.dondoc.domain.followup.FollowUps;
import vn.dondoc.domain.followup.ProgressAttachments;
import vn.dondoc.domain.followup.Recurrences;
import vn.dondoc.domain.followup.RecurringTasks;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.domain.workday.WorkdayService;

/** Follow-up's use cases, on the working-day calendar as the admin has announced it. */
@Configuration(proxyBeanMethods = false)
class FollowUpConfig {
    @Bean
    FollowUpService followUpService(
            Tasks tasks,
            TaskService taskService,
            FollowUps followUps,
            WorkdayService workdays,
            Transactor tx,
            Clock clock) {
        return new FollowUpService(tasks, taskService, followUps, workdays::calendar, tx, clock);
    }

    /** The next instances of recurring tasks, on the app's clock. */
    @Bean
    RecurringTasks recurringTasks(Recurrences recurrences, Tasks tasks, Search search, Transactor tx, Clock clock) {
        return new RecurringTasks(recurrences, tasks, search, tx, clock);
    }

    /** Progress with files: at most {@code dondoc.attachments.max-mb} MB a file (20), 10 files a report. */
    @Bean
    AttachedProgress attachedProgress(
            FollowUpService followUp,
            ProgressAttachments attachments,
            Transactor tx,
            @Value("${dondoc.attachments.max-mb:20}") long maxMb) {
        return new AttachedProgress(followUp, attachments, new AttachmentCheck(maxMb * 1024 * 1024, 10), tx);
    }
}
