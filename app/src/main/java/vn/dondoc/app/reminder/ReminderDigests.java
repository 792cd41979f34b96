package vn.dondoc.app.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.dashboard.DashboardFigures;
import vn.dondoc.domain.dashboard.DashboardService;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.reminder.Reminder;
import vn.dondoc.domain.reminder.Reminders;
import vn.dondoc.domain.workday.WorkdayService;
import vn.dondoc.domain.workday.WorkingCalendar;

/**
 * Reminders of a unit's subtree on a day, and the daily digest mailed to each recipient on working days: a unit's
 * mailbox gets everything of the unit's subtree; a person (a recipient naming an account) gets only what that
 * account may read of it, addressed to them by name. The digest is sent at {@code dondoc.reminders.cron}. {@code dondoc.reminders.days-before}: how many working
 * days ahead a deadline is announced.
 */
@Component
public class ReminderDigests {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderDigests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final DashboardFigures figures;
    private final DashboardService dashboards;
    private final WorkdayService workdays;
    private final JdbcReminderRecipients recipients;
    private final Mailer mailer;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;
    private final Accounts accounts;
    private final Access access;
    private final int daysBefore;

    ReminderDigests(
            DashboardFigures figures,
            DashboardService dashboards,
            WorkdayService workdays,
            JdbcReminderRecipients recipients,
            Mailer mailer,
            OrgUnits units,
            Messages messages,
            Clock clock,
            Accounts accounts,
            Access access,
            @Value("${dondoc.reminders.days-before:3}") int daysBefore) {
        this.figures = figures;
        this.dashboards = dashboards;
        this.workdays = workdays;
        this.recipients = recipients;
        this.mailer = mailer;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
        this.accounts = accounts;
        this.access = access;
        this.daysBefore = daysBefore;
    }

    /** {@code unitId} null: the whole agency (a unit's mailed digest: everything of that unit's subtree). */
    public List<Reminder> of(Long unitId, LocalDate asOf) {
        return of(unitId, asOf, Visibility.EVERYTHING);
    }

    /** The reminders a person may read (the bell, the API). */
    public List<Reminder> of(Long unitId, LocalDate asOf, Visibility visible) {
        WorkingCalendar calendar = workdays.calendar();
        LocalDate horizon = calendar.addWorkingDays(asOf, daysBefore);
        return Reminders.of(
                figures.openTasksDueBy(horizon, unitId == null ? null : dashboards.subtree(unitId), null, 500, visible),
                asOf,
                daysBefore,
                calendar);
    }

    /**
     * Once per cluster: the instance that takes the lock mails the digests; the others, woken at the same time,
     * find it taken (held at least {@code dondoc.reminders.lock-at-least}, beyond any clock difference) and skip.
     */
    @Scheduled(cron = "${dondoc.reminders.cron:0 0 7 * * MON-FRI}")
    @SchedulerLock(
            name = "reminder-digests",
            lockAtMostFor = "PT1H",
            lockAtLeastFor = "${dondoc.reminders.lock-at-least:PT5M}")
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        if (workdays.calendar().isWorkingDay(today)) {
            LOG.info("daily reminder digests: {} sent", send(today));
        }
    }

    /** Mails each recipient its unit's reminders of {@code asOf} (none when there is nothing to say); how many went. */
    public int send(LocalDate asOf) {
        int sent = 0;
        for (JdbcReminderRecipients.Recipient r : recipients.all()) {
            Optional<Account> person = r.username() == null || r.username().isBlank()
                    ? Optional.empty()
                    : accounts.findByUsername(r.username().strip()).filter(Account::enabled);
            if (r.username() != null && !r.username().isBlank() && person.isEmpty()) {
                LOG.warn("reminder recipient {}: no active account {}; sent the unit's digest", r.id(), r.username());
            }
            List<Reminder> list = of(
                    r.unitId(),
                    asOf,
                    person.map(a -> access.policy().visibility(a.actor())).orElse(Visibility.EVERYTHING));
            if (list.isEmpty()) {
                continue;
            }
            String unit = units.find(r.unitId()).map(u -> u.name()).orElse("");
            String addressee = person.map(
                            a -> a.displayName() == null || a.displayName().isBlank() ? a.username() : a.displayName())
                    .orElse(unit);
            StringBuilder body = new StringBuilder(messages.get("reminder.mail.greeting", addressee, asOf.format(DAY)))
                    .append("\n\n");
            for (Reminder x : list) {
                body.append("- ")
                        .append(messages.get(
                                "reminder.kind." + x.kind(), x.dueOn().format(DAY), x.workingDays()))
                        .append(": ")
                        .append(x.text());
                if (x.leadUnits() != null) {
                    body.append(" (").append(x.leadUnits()).append(")");
                }
                body.append("\n");
            }
            body.append("\n").append(messages.get("reminder.mail.footer"));
            if (mailer.send(
                    r.email(),
                    messages.get("reminder.mail.subject", list.size(), unit, asOf.format(DAY)),
                    body.toString())) {
                sent++;
            }
        }
        return sent;
    }
}
