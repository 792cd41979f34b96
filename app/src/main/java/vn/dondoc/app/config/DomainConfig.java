package vn.dondoc.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.ConflictRules;
import vn.dondoc.domain.calendar.DayOffs;
import vn.dondoc.domain.calendar.Publications;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.TextReader;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.LexiconService;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.OrgService;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.UnresolvedNames;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.target.TargetService;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.domain.task.TasksFollowOrgChanges;
import vn.dondoc.domain.workday.DayAnnouncements;
import vn.dondoc.domain.workday.WorkdayService;
import vn.dondoc.textcore.DocumentPipeline;

/** Wires the plain-Java domain to Spring: the only place where use cases meet their adapters. */
@Configuration(proxyBeanMethods = false)
public class DomainConfig {
    @Bean
    Transactor transactor(PlatformTransactionManager tm) {
        TransactionTemplate tt = new TransactionTemplate(tm);
        return new Transactor() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return tt.execute(status -> work.get());
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    DocumentPipeline documentPipeline() {
        return DocumentPipeline.standard();
    }

    /** The ingest module's reader (any Vietnamese encoding, DOCX, PDF, HTML); PlainTextReader is the UTF-8-only fallback. */
    @Bean
    TextReader textReader() {
        return new vn.dondoc.app.imports.IngestTextReader();
    }

    @Bean
    NameResolver nameResolver(Lexicon lexicon, OrgUnits units, People people, Clock clock) {
        return new NameResolver(lexicon, units, people, clock);
    }

    @Bean
    TaskService taskService(Tasks tasks, OrgUnits units, Search search, Transactor tx, Clock clock) {
        return new TaskService(tasks, units, search, tx, clock);
    }

    @Bean
    OrgService orgService(OrgUnits units, People people, Tasks tasks, Search search, Transactor tx) {
        return new OrgService(units, people, java.util.List.of(new TasksFollowOrgChanges(tasks, search)), tx);
    }

    @Bean
    TargetService targetService(Targets targets, Search search, Transactor tx) {
        return new TargetService(targets, search, tx);
    }

    @Bean
    CalendarService calendarService(
            Calendars calendars,
            Publications publications,
            DayOffs dayOffs,
            OrgUnits units,
            NameResolver names,
            Search search,
            Transactor tx,
            Clock clock) {
        return new CalendarService(
                calendars, publications, new ConflictRules(dayOffs, units::find), names, search, tx, clock);
    }

    @Bean
    LexiconService lexiconService(
            Lexicon lexicon,
            OrgUnits units,
            People people,
            NameResolver names,
            UnresolvedNames unresolved,
            Search search,
            Transactor tx) {
        return new LexiconService(lexicon, units, people, names, unresolved, search, tx);
    }

    @Bean
    WorkdayService workdayService(DayAnnouncements announcements, Transactor tx) {
        return new WorkdayService(announcements, tx);
    }

    @Bean
    DocumentService documentService(Documents documents, Search search, Transactor tx) {
        return new DocumentService(documents, search, tx);
    }

    @Bean
    ImportService importService(
            ImportJobs jobs,
            Documents documents,
            Tasks tasks,
            Calendars calendars,
            Targets targets,
            NameResolver names,
            Search search,
            TextReader reader,
            DocumentPipeline pipeline,
            Transactor tx,
            @org.springframework.beans.factory.annotation.Value("${dondoc.import.max-attempts:3}") int maxAttempts) {
        return new ImportService(
                jobs, documents, tasks, calendars, targets, names, search, reader, pipeline, tx, maxAttempts);
    }
}
