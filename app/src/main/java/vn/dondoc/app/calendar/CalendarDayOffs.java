package vn.dondoc.app.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.DayOffs;
import vn.dondoc.domain.workday.Holiday;
import vn.dondoc.domain.workday.WorkdayService;
import vn.dondoc.domain.workday.WorkingCalendar;

/**
 * Days off for the conflict rules and the views, from the working-day calendar: a holiday by its name
 * ("Tết Nguyên đán"), a weekend by its weekday; a Saturday announced as a working day is not off.
 */
@Component
class CalendarDayOffs implements DayOffs {
    /** The calendar is read from storage; one check of a month asks about dozens of days. */
    private static final long FRESH_MILLIS = 5_000;

    private final WorkdayService workdays;
    private final Messages messages;
    private volatile WorkingCalendar cached;
    private volatile long cachedAt;

    CalendarDayOffs(WorkdayService workdays, Messages messages) {
        this.workdays = workdays;
        this.messages = messages;
    }

    @Override
    public Optional<String> reason(LocalDate day) {
        WorkingCalendar calendar = calendar();
        if (calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        return Optional.of(calendar.holiday(day)
                .map(Holiday::name)
                .orElseGet(() -> messages.get("weekday." + day.getDayOfWeek())));
    }

    private WorkingCalendar calendar() {
        long now = System.currentTimeMillis();
        WorkingCalendar c = cached;
        if (c == null || now - cachedAt > FRESH_MILLIS) {
            c = workdays.calendar();
            cached = c;
            cachedAt = now;
        }
        return c;
    }
}
