package vn.dondoc.domain.workday;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;

/**
 * The agency's working-day calendar: the law's holidays plus what an admin announces for the year. The
 * calendar is built from storage on each call (a handful of rows), so every server instance sees an
 * announcement as soon as it is stored.
 */
public final class WorkdayService {
    private final DayAnnouncements announcements;
    private final Transactor tx;

    public WorkdayService(DayAnnouncements announcements, Transactor tx) {
        this.announcements = announcements;
        this.tx = tx;
    }

    /** The working-day calendar as it stands now. */
    public WorkingCalendar calendar() {
        return new WorkingCalendar(announcements.all());
    }

    /** What was announced for one year, in date order. */
    public List<DayAnnouncement> announcements(int year) {
        return announcements.all().stream()
                .filter(a -> a.date().getYear() == year)
                .toList();
    }

    public Outcome<DayAnnouncement> announce(DayAnnouncement a) {
        return tx.inTransaction(() -> {
            List<Rejection> problems = new ArrayList<>();
            String name = Texts.clean(a.name());
            if (name == null) {
                problems.add(Rejection.of("workday.nameRequired", "name"));
            }
            boolean weekend =
                    a.date().getDayOfWeek() == DayOfWeek.SATURDAY || a.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean alreadyOff =
                    weekend || WorkingCalendar.standard().holiday(a.date()).isPresent();
            if (a.kind() == DayAnnouncement.Kind.WORKING_DAY && !alreadyOff) {
                problems.add(Rejection.of("workday.alreadyWorking", "date", a.date()));
            }
            if (a.kind() == DayAnnouncement.Kind.DAY_OFF && weekend) {
                problems.add(Rejection.of("workday.alreadyOff", "date", a.date()));
            }
            if (announcements.all().stream().anyMatch(x -> x.date().equals(a.date()))) {
                problems.add(Rejection.of("workday.duplicate", "date", a.date()));
            }
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            return Outcome.ok(announcements.add(new DayAnnouncement(null, a.date(), a.kind(), name)));
        });
    }

    public boolean withdraw(long id) {
        return tx.inTransaction(() -> announcements.delete(id));
    }
}
