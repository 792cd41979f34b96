package vn.dondoc.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.DayOffs;

/** Days off for the conflict rules: weekends, until the working-day calendar (issue 10 item 2) is merged. */
@Component
class CalendarDayOffs implements DayOffs {
    private final Messages messages;

    CalendarDayOffs(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> reason(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? Optional.of(messages.get("weekday." + d))
                : Optional.empty();
    }
}
