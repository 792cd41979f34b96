package vn.dondoc.app.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances on one database: a scheduled job annotated {@code @SchedulerLock} runs in one instance at a
 * time, the one that took its row in the {@code shedlock} table (ShedLock). Lock times are absolute instants
 * from the instances' clocks, which need only agree to within a job's least lock time (5 minutes for the
 * digests): the database's clock ({@code usingDbTime}) would tie them to one session time zone instead.
 * Following the search change log is per instance and takes no lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class ClusterLocks {
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .build());
    }

    /** For a job that takes the lock only in some configurations (the catch-up of a shared search engine). */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider locks) {
        return new DefaultLockingTaskExecutor(locks);
    }
}
