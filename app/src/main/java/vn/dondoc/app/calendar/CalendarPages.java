package vn.dondoc.app.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.trash.Undo;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.calendar.CalendarFeeds;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.DayOffs;
import vn.dondoc.domain.calendar.Publications;
import vn.dondoc.domain.calendar.Recurrence;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;

/**
 * The clerk's work calendar: day, week and month views of the agency, one leader or one unit in the
 * familiar table; items created, edited, moved, copied and cancelled through forms; conflicts next
 * to the item they concern; publication with the changes listed; iCal feeds.
 */
@HtmlPages
class CalendarPages {
    private final Undo undo;
    private final Calendars calendars;
    private final CalendarService service;
    private final Publications publications;
    private final CalendarFeeds feeds;
    private final ConflictMessages conflictMessages;
    private final DayOffs dayOffs;
    private final OrgUnits units;
    private final People people;
    private final Messages messages;
    private final CalendarExportApi exports;
    private final Clock clock;
    private final Access access;
    private final AccountService accounts;

    CalendarPages(
            Calendars calendars,
            CalendarService service,
            Publications publications,
            CalendarFeeds feeds,
            ConflictMessages conflictMessages,
            DayOffs dayOffs,
            OrgUnits units,
            People people,
            Messages messages,
            CalendarExportApi exports,
            Clock clock,
            Access access,
            AccountService accounts,
            Undo undo) {
        this.undo = undo;
        this.access = access;
        this.accounts = accounts;
        this.calendars = calendars;
        this.service = service;
        this.publications = publications;
        this.feeds = feeds;
        this.conflictMessages = conflictMessages;
        this.dayOffs = dayOffs;
        this.units = units;
        this.people = people;
        this.messages = messages;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long person,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long unitId,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        Long unitFilter = unit != null ? unit : unitId;
        Long myPerson = myPerson();
        // a leader opens on their own schedule; choosing "the whole agency" (person=) or any filter shows the rest
        boolean unfiltered = request.getParameter("person") == null && unitFilter == null && from == null && to == null;
        if (unfiltered && myPerson != null && Access.currentActor().holds(Role.LEADER)) {
            person = myPerson;
        }
        CalendarView v;
        if (from != null || to != null) {
            // an explicit period (links from documents): the items of those days
            LocalDate f = from != null ? from : to.minusMonths(1);
            LocalDate t = to != null ? to : from.plusMonths(1).minusDays(1);
            if (t.isBefore(f)) {
                // the two ends typed the wrong way round: the days between them, and say so
                model.addAttribute(
                        "flashProblem",
                        messages.get(
                                "calendar.rangeSwapped", f.format(ProgramLayout.DAY), t.format(ProgramLayout.DAY)));
                LocalDate first = t;
                t = f;
                f = first;
            }
            v = build("range", f, f, t, person, unitFilter);
        } else {
            String name = CalendarView.normalise(view);
            LocalDate d = date != null ? date : today;
            v = build(name, d, CalendarView.start(name, d), CalendarView.end(name, d), person, unitFilter);
        }
        model.addAttribute("cal", v);
        // an item's source document is linked only for who may open it (else the link answers 403)
        model.addAttribute(
                "readableDocuments",
                v.days().stream()
                        .flatMap(d -> d.items().stream())
                        .map(it -> it.event().documentId())
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .filter(d -> access.allows(Action.READ, access.document(d)))
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("today", today);
        model.addAttribute("person", person);
        model.addAttribute("myPerson", myPerson);
        model.addAttribute("mine", person != null && person.equals(myPerson));
        model.addAttribute("unit", unitFilter);
        model.addAttribute("units", units.all());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("pendingChanges", service.changesSincePublication().size());
        model.addAttribute("filterQuery", filterQuery(person, unitFilter));
        model.addAttribute("canEdit", access.allows(Action.UPDATE, RecordScope.AGENCY));
        model.addAttribute("canPublish", access.allows(Action.PUBLISH, RecordScope.AGENCY));
        return "calendar/calendar";
    }

    /** The person of the org the signed-in account is linked to, if any. */
    private Long myPerson() {
        String username = Access.currentActor().username();
        return username == null ? null : accounts.personOf(username).orElse(null);
    }

    private CalendarView build(String view, LocalDate date, LocalDate from, LocalDate to, Long person, Long unit) {
        List<CalendarEvent> events = calendars.visibleOnly(
                person == null && unit == null
                        ? calendars.scheduledItems(from, to).stream()
                                .map(i -> i.event())
                                .toList()
                        : calendars.eventsFor(from, to, person, unit),
                access.visibility());
        Map<Long, List<ConflictMessages.ConflictView>> byEvent = new HashMap<>();
        // the conflicts of the neighbouring days count too: an item may clash with one outside the filter
        for (var c : service.conflicts(from, to, access.visibility())) {
            var view2 = conflictMessages.view(c);
            c.conflict()
                    .eventIds()
                    .forEach(id ->
                            byEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(view2));
        }
        return CalendarView.of(view, date, from, to, events, byEvent, dayOffs::reason);
    }

    private static String filterQuery(Long person, Long unit) {
        return (person == null ? "" : "&person=" + person) + (unit == null ? "" : "&unit=" + unit);
    }

    @GetMapping("/calendar/events/new")
    String newEvent(
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String session,
            Model model) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        CalendarEvent blank = new CalendarEvent(
                null,
                null,
                null,
                date != null ? date : LocalDate.now(clock),
                null,
                session,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
        return form(blank, List.of(), model);
    }

    @GetMapping("/calendar/events/{id}/edit")
    String editEvent(@PathVariable long id, Model model) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        CalendarEvent e = calendars.findEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        // the source document is linked only for who may open it (else the link answers 403)
        model.addAttribute(
                "sourceReadable",
                e.documentId() != null && access.allows(Action.READ, access.document(e.documentId())));
        access.requireSeen(
                "event",
                !calendars.visibleEvents(List.of(id), access.visibility()).isEmpty());
        model.addAttribute("conflicts", conflictsOf(e));
        return form(e, List.of(), model);
    }

    private List<ConflictMessages.ConflictView> conflictsOf(CalendarEvent e) {
        LocalDate last = e.endDate() != null ? e.endDate() : e.date();
        return service.conflicts(e.date(), last, access.visibility()).stream()
                .filter(c -> c.conflict().eventIds().contains(e.id()))
                .map(conflictMessages::view)
                .toList();
    }

    private String form(CalendarEvent e, List<String> problems, Model model) {
        model.addAttribute("event", e);
        model.addAttribute("problems", problems);
        model.addAttribute("sessions", CalendarService.SESSIONS);
        model.addAttribute("repeats", Recurrence.Frequency.values());
        model.addAttribute("rooms", calendars.rooms());
        model.addAttribute("units", units.all());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        if (!model.containsAttribute("conflicts")) {
            model.addAttribute("conflicts", List.of());
        }
        return "calendar/event-form";
    }

    /** Create (no id) or edit; a move is an edit of the date and session. */
    @PostMapping("/calendar/events")
    String saveEvent(
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) LocalDate endDate,
            @RequestParam(required = false) String session,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String preparingUnits,
            @RequestParam(required = false) String chairs,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) Long workProgramId,
            @RequestParam(defaultValue = "false") boolean nonWorking,
            @RequestParam(required = false) String repeat,
            @RequestParam(required = false) LocalDate repeatUntil,
            Model model,
            RedirectAttributes flash) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        CalendarEvent e = new CalendarEvent(
                id,
                workProgramId,
                null,
                date,
                endDate,
                blankToNull(session),
                time,
                content,
                place,
                preparingUnits,
                chairs,
                participants,
                nonWorking,
                null,
                null);
        if (id == null && blankToNull(repeat) != null && date != null) {
            Recurrence.Frequency frequency;
            try {
                frequency = Recurrence.Frequency.valueOf(repeat);
            } catch (IllegalArgumentException unknown) {
                return form(e, List.of(messages.get("rejection.series.invalidRule")), model);
            }
            return saveSeries(e, frequency, repeatUntil, model, flash);
        }
        Outcome<CalendarEvent> saved = service.save(e);
        if (saved instanceof Outcome.Rejected<CalendarEvent> r) {
            return form(e, messages.rejections(r.reasons()), model);
        }
        CalendarEvent ok = ((Outcome.Ok<CalendarEvent>) saved).value();
        List<ConflictMessages.ConflictView> conflicts = conflictsOf(ok);
        flash.addFlashAttribute("notice", messages.get(id == null ? "calendar.created" : "calendar.saved"));
        flash.addFlashAttribute(
                "savedConflicts", conflicts.stream().filter(c -> !c.accepted()).toList());
        return "redirect:" + weekOf(ok.date(), ok.id());
    }

    /**
     * A new item that repeats: the rhythm comes from its date (weekly on that weekday, monthly on that day, or
     * monthly on that n-th weekday, the fifth counting as the last), until the given date or the end of its year.
     */
    private String saveSeries(
            CalendarEvent e, Recurrence.Frequency frequency, LocalDate until, Model model, RedirectAttributes flash) {
        LocalDate d = e.date();
        int nth = (d.getDayOfMonth() - 1) / 7 + 1;
        Recurrence rule = new Recurrence(
                frequency,
                d,
                d.getDayOfWeek(),
                d.getDayOfMonth(),
                nth == 5 ? -1 : nth,
                until != null ? until : d.withDayOfYear(d.lengthOfYear()),
                null);
        var created = service.createSeries(rule, e);
        if (created instanceof Outcome.Rejected<CalendarService.SeriesOccurrences> r) {
            return form(e, messages.rejections(r.reasons()), model);
        }
        var events = created.orElseThrow().events();
        flash.addFlashAttribute("notice", messages.get("calendar.seriesCreated", events.size()));
        return "redirect:" + weekOf(events.get(0).date(), events.get(0).id());
    }

    @PostMapping("/calendar/events/{id}/copy")
    String copy(@PathVariable long id, @RequestParam LocalDate to, RedirectAttributes flash) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        Outcome<CalendarEvent> copied = service.copy(id, to);
        if (copied instanceof Outcome.Ok<CalendarEvent> ok) {
            flash.addFlashAttribute("notice", messages.get("calendar.copied"));
            return "redirect:" + weekOf(to, ok.value().id());
        }
        flash.addFlashAttribute(
                "flashProblem",
                String.join(" ", messages.rejections(((Outcome.Rejected<CalendarEvent>) copied).reasons())));
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/events/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes flash, jakarta.servlet.http.HttpServletRequest request) {
        access.require(Action.DELETE, "event", RecordScope.AGENCY);
        CalendarEvent e = calendars.findEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
        service.deleteEvent(id);
        undo.offer(request, flash, "event", id, e.content());
        return "redirect:" + weekOf(e.date(), null);
    }

    @PostMapping("/calendar/copy-week")
    String copyPreviousWeek(@RequestParam LocalDate monday, RedirectAttributes flash) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        LocalDate start = monday.with(java.time.DayOfWeek.MONDAY);
        int n = service.copyPreviousWeek(start);
        flash.addFlashAttribute("notice", messages.get("calendar.weekCopied", n));
        return "redirect:" + weekOf(start, null);
    }

    @PostMapping("/calendar/copy-month")
    String copyPreviousMonth(@RequestParam LocalDate month, RedirectAttributes flash) {
        access.require(Action.CREATE, "event", RecordScope.AGENCY);
        LocalDate start = month.withDayOfMonth(1);
        int n = service.copyPreviousMonth(start);
        flash.addFlashAttribute("notice", messages.get("calendar.monthCopied", n));
        return "redirect:/calendar?view=month&date=" + start;
    }

    @PostMapping("/calendar/conflicts/accept")
    String accept(
            @RequestParam String key,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        access.require(Action.UPDATE, "event", RecordScope.AGENCY);
        var outcome = service.accept(key, note);
        if (outcome instanceof Outcome.Rejected<String> r) {
            flash.addFlashAttribute("flashProblem", String.join(" ", messages.rejections(r.reasons())));
        } else {
            flash.addFlashAttribute("notice", messages.get("conflict.acceptedNotice"));
        }
        return "redirect:" + (back != null && back.startsWith("/calendar") ? back : "/calendar");
    }

    /** A program and, when it revised an earlier one, what it changed. */
    @GetMapping("/calendar/programs/{id}")
    String program(@PathVariable long id, Model model) {
        var program = calendars.findProgram(id).orElseThrow(() -> new RecordNotFoundException("workProgram", id));
        model.addAttribute("program", program);
        model.addAttribute("changes", calendars.revisionChanges(id));
        model.addAttribute("events", calendars.visibleOnly(calendars.eventsOfProgram(id), access.visibility()));
        return "calendar/program";
    }

    @GetMapping("/calendar/publish")
    String publishPage(Model model) {
        access.require(Action.PUBLISH, "event", RecordScope.AGENCY);
        model.addAttribute("changes", service.changesSincePublication());
        model.addAttribute("latest", publications.latest().orElse(null));
        model.addAttribute("zone", IcalWriter.VIETNAM);
        return "calendar/publish";
    }

    @PostMapping("/calendar/publish")
    String publish(RedirectAttributes flash) {
        access.require(Action.PUBLISH, "event", RecordScope.AGENCY);
        var p = service.publish();
        flash.addFlashAttribute("notice", messages.get("calendar.published", p.itemCount()));
        return "redirect:/calendar/publish";
    }

    @GetMapping("/calendar/feeds")
    String feedsPage(Model model) {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        model.addAttribute("feeds", exports.feeds());
        model.addAttribute("units", units.all());
        model.addAttribute(
                "people",
                people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("scopes", CalendarFeed.Scope.values());
        return "calendar/feeds";
    }

    @PostMapping("/calendar/feeds")
    String createFeed(
            @RequestParam CalendarFeed.Scope scope,
            @RequestParam(required = false) Long person,
            @RequestParam(required = false) Long unit,
            RedirectAttributes flash) {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        Long target = scope == CalendarFeed.Scope.PERSON ? person : scope == CalendarFeed.Scope.UNIT ? unit : null;
        if (scope != CalendarFeed.Scope.AGENCY && target == null) {
            flash.addFlashAttribute("flashProblem", messages.get("rejection.feed.targetRequired"));
        } else {
            exports.createFeed(new CalendarExportApi.FeedRequest(scope, target));
            flash.addFlashAttribute("notice", messages.get("feed.created"));
        }
        return "redirect:/calendar/feeds";
    }

    @PostMapping("/calendar/feeds/{token}/revoke")
    String revokeFeed(@PathVariable String token, RedirectAttributes flash) {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        feeds.revoke(token, clock.instant());
        flash.addFlashAttribute("notice", messages.get("feed.revoked"));
        return "redirect:/calendar/feeds";
    }

    private static String weekOf(LocalDate date, Long anchor) {
        return UriComponentsBuilder.fromPath("/calendar")
                .queryParam("view", "week")
                .queryParam("date", date)
                .fragment(anchor == null ? null : "event-" + anchor)
                .build()
                .toUriString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
