package vn.dondoc.app.imports;

import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.imports.ImportService;

/**
 * Works through queued import files in the background. The queue is the import_files table, so a
 * restart or another instance picks up where this one stopped; this only decides when to look.
 */
@Component
@ConditionalOnProperty(name = "dondoc.import.background", havingValue = "true", matchIfMissing = true)
public class ImportWorker {
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private final ImportService imports;
    private final TaskExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();

    ImportWorker(
            ImportService imports,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
    }

    /** Called after an upload so work starts at once rather than at the next poll. */
    public void kick() {
        executor.execute(this::drain);
    }

    /**
     * Every instance drains the queue: a file is claimed by an atomic UPDATE ... WHERE status = 'QUEUED', so two
     * instances share the work and never read the same file.
     */
    @Scheduled(fixedDelayString = "${dondoc.import.poll-ms:3000}", initialDelayString = "${dondoc.import.poll-ms:3000}")
    void poll() {
        drain();
    }

    /**
     * Also at once on start, once per cluster: files an instance was reading when it was killed come back when
     * their lease runs out (dondoc.import.lease-seconds), or are given up after dondoc.import.max-attempts. The
     * lease makes this safe on any instance; the lock only saves the others the same query.
     */
    @Scheduled(fixedDelayString = "${dondoc.import.poll-ms:3000}", initialDelay = 0)
    @SchedulerLock(name = "import-requeue", lockAtMostFor = "PT5M")
    public void requeueInterrupted() {
        int requeued = imports.requeueInterrupted();
        if (requeued > 0) {
            log.warn("{} import file(s) left unfinished by a stopped instance are queued again or given up", requeued);
        }
    }

    private void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int n = imports.processAll();
            if (n > 0) {
                log.info("processed {} import file(s)", n);
            }
        } catch (RuntimeException e) {
            log.error("import worker stopped on an unexpected error; it retries at the next poll", e);
        } finally {
            running.set(false);
        }
    }
}
