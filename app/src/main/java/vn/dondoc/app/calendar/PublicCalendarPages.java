package vn.dondoc.app.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.domain.calendar.DayOffs;
import vn.dondoc.domain.calendar.Publications;

/** The published calendar for everyone, no sign-in: read-only, and a printable program. */
@HtmlPages
class PublicCalendarPages {
    private final PublishedCalendar published;
    private final Publications publications;
    private final ProgramLayouts layouts;
    private final DayOffs dayOffs;
    private final Clock clock;

    PublicCalendarPages(
            PublishedCalendar published,
            Publications publications,
            ProgramLayouts layouts,
            DayOffs dayOffs,
            Clock clock) {
        this.published = published;
        this.publications = publications;
        this.layouts = layouts;
        this.dayOffs = dayOffs;
        this.clock = clock;
    }

    @GetMapping("/lich")
    String calendar(
            @RequestParam(required = false) String view, @RequestParam(required = false) LocalDate date, Model model) {
        String name = CalendarView.normalise(view);
        LocalDate today = LocalDate.now(clock);
        LocalDate d = date != null ? date : today;
        LocalDate from = CalendarView.start(name, d);
        LocalDate to = CalendarView.end(name, d);
        model.addAttribute(
                "cal",
                CalendarView.of(name, d, from, to, published.items(from, to, null, null), Map.of(), dayOffs::reason));
        model.addAttribute("today", today);
        model.addAttribute("latest", publications.latest().orElse(null));
        model.addAttribute("zone", IcalWriter.VIETNAM);
        return "calendar/public";
    }

    @GetMapping("/lich/in")
    String print(
            @RequestParam(required = false) String view, @RequestParam(required = false) LocalDate date, Model model) {
        String name = CalendarView.normalise(view);
        LocalDate d = date != null ? date : LocalDate.now(clock);
        LocalDate from = CalendarView.start(name, d);
        LocalDate to = CalendarView.end(name, d);
        model.addAttribute("p", layouts.layout(from, to, null, published.items(from, to, null, null)));
        model.addAttribute("pdf", false);
        return "calendar/print";
    }
}
