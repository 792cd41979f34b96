package vn.dondoc.app.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.org.OrgUnits;

/** The agency's work calendar as a table of events. */
@HtmlPages
class CalendarPages {
    private final Calendars calendars;
    private final OrgUnits units;
    private final Clock clock;

    CalendarPages(Calendars calendars, OrgUnits units, Clock clock) {
        this.calendars = calendars;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                    @RequestParam(required = false) Long unitId, Model model) {
        var events = calendars.listEvents(from, to, null, unitId, new PageRequest(0, PageRequest.MAX_SIZE));
        model.addAttribute("events", events.items());
        model.addAttribute("total", events.total());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("units", units.all());
        model.addAttribute("unitId", unitId);
        model.addAttribute("today", LocalDate.now(clock));
        return "calendar/calendar";
    }
}
