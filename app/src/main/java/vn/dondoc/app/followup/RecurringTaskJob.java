package vn.dondoc.app.followup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.followup.RecurringTasks;

/**
 * Each night (at {@code dondoc.recurring.cron}), once per cluster, the recurring tasks whose period rolled over get
 * their next instance. Running twice creates nothing more (one instance per series and period).
 */
@Component
class RecurringTaskJob {
    private static final Logger LOG = LoggerFactory.getLogger(RecurringTaskJob.class);
    private final RecurringTasks recurring;

    RecurringTaskJob(RecurringTasks recurring) {
        this.recurring = recurring;
    }

    @Scheduled(cron = "${dondoc.recurring.cron:0 15 0 * * *}")
    @SchedulerLock(name = "recurring-tasks", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void nightly() {
        int created = recurring.rollOver();
        if (created > 0) {
            LOG.info("recurring tasks: {} new instances", created);
        }
    }
}
