package vn.dondoc.app.workday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.workday.DayAnnouncement;
import vn.dondoc.domain.workday.Holiday;
import vn.dondoc.domain.workday.WorkdayService;
import vn.dondoc.domain.workday.WorkingCalendar;

/** REST: the year's days off (public holidays by the solar and lunar calendars, days in lieu, announced days) and swapped working days. */
@RestController
@RequestMapping("/api")
public class HolidayApi {
    private final WorkdayService workdays;
    private final Messages messages;

    HolidayApi(WorkdayService workdays, Messages messages) {
        this.workdays = workdays;
        this.messages = messages;
    }

    /** One day that differs from the Monday-to-Friday rule; {@code kind} names why. */
    public record DayView(
            LocalDate date, String name, String kind, String kindLabel, boolean workingDay, Long announcementId) {}

    public record AnnouncementRequest(LocalDate date, DayAnnouncement.Kind kind, String name) {}

    @GetMapping("/holidays")
    public List<DayView> holidays(@RequestParam int year) {
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException(messages.get("workday.yearOutOfRange", String.valueOf(year)));
        }
        WorkingCalendar calendar = workdays.calendar();
        List<DayAnnouncement> announced = workdays.announcements(year);
        List<DayView> days = new ArrayList<>();
        for (Holiday h : calendar.holidays(year)) {
            Long id = announced.stream()
                    .filter(a -> a.date().equals(h.date()))
                    .map(DayAnnouncement::id)
                    .findFirst()
                    .orElse(null);
            days.add(new DayView(
                    h.date(), h.name(), h.kind().name(), messages.get("workday.kind." + h.kind()), false, id));
        }
        for (DayAnnouncement a : calendar.swappedWorkingDays(year)) {
            days.add(new DayView(
                    a.date(), a.name(), a.kind().name(), messages.get("workday.kind." + a.kind()), true, a.id()));
        }
        days.sort(Comparator.comparing(DayView::date));
        return days;
    }

    @PostMapping("/holidays")
    @ResponseStatus(HttpStatus.CREATED)
    public DayAnnouncement announce(@RequestBody AnnouncementRequest r) {
        if (r == null || r.date() == null || r.kind() == null) {
            throw new IllegalArgumentException(messages.get("workday.dateAndKindRequired"));
        }
        return RejectedException.unwrap(workdays.announce(new DayAnnouncement(null, r.date(), r.kind(), r.name())));
    }

    @DeleteMapping("/holidays/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable long id) {
        if (!workdays.withdraw(id)) {
            throw new RecordNotFoundException("dayAnnouncement", id);
        }
    }
}
