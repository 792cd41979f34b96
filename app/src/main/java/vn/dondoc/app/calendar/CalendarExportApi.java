package vn.dondoc.app.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.web.Messages;
import vn.dondoc.app.web.RejectedException;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarFeed;
import vn.dondoc.domain.calendar.CalendarFeeds;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.ProgramChange;
import vn.dondoc.domain.calendar.Publication;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;

/** REST: publishing the calendar, its iCalendar feeds and its exports. */
@RestController
@RequestMapping("/api/calendar")
public class CalendarExportApi {
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ICAL = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Calendars calendars;
    private final CalendarService service;
    private final CalendarFeeds feeds;
    private final IcalWriter ical;
    private final Messages messages;
    private final Clock clock;
    private final DocxWriter docx;
    private final ProgramLayouts layouts;
    private final PdfWriter pdf;

    private final Access access;

    CalendarExportApi(
            Calendars calendars,
            CalendarService service,
            CalendarFeeds feeds,
            IcalWriter ical,
            Messages messages,
            Clock clock,
            DocxWriter docx,
            ProgramLayouts layouts,
            Access access,
            PdfWriter pdf) {
        this.pdf = pdf;
        this.access = access;
        this.docx = docx;
        this.layouts = layouts;
        this.calendars = calendars;
        this.service = service;
        this.feeds = feeds;
        this.ical = ical;
        this.messages = messages;
        this.clock = clock;
    }

    /** The items of [from, to] as they stand now (drafts included), for one unit or one person if asked. */
    @GetMapping("/export.ics")
    public ResponseEntity<String> exportIcs(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long person) {
        List<CalendarEvent> events =
                calendars.visibleOnly(calendars.eventsFor(from, to, person, unit), access.visibility());
        return ResponseEntity.ok()
                .contentType(ICAL)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("lich-cong-tac-" + from + "-" + to + ".ics"))
                .body(ical.write(messages.get("calendar.title"), events, clock.instant()));
    }

    /** The week's or month's program as a Word file in the standard layout. */
    @GetMapping("/export.docx")
    public ResponseEntity<byte[]> exportDocx(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long person) {
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment("chuong-trinh-cong-tac-" + from + "-" + to + ".docx"))
                .body(docx.write(layouts.layout(
                        from,
                        to,
                        unit,
                        calendars.visibleOnly(calendars.eventsFor(from, to, person, unit), access.visibility()))));
    }

    /** The same program as PDF, with an embedded font: Vietnamese renders and can be copied. */
    @GetMapping("/export.pdf")
    public ResponseEntity<byte[]> exportPdf(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Long person) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment("chuong-trinh-cong-tac-" + from + "-" + to + ".pdf"))
                .body(pdf.write(layouts.layout(
                        from,
                        to,
                        unit,
                        calendars.visibleOnly(calendars.eventsFor(from, to, person, unit), access.visibility()))));
    }

    /** What changed since the last publication, item by item. */
    @GetMapping("/changes")
    public List<ProgramChange> changes() {
        return service.changesSincePublication();
    }

    @PostMapping("/publications")
    @ResponseStatus(HttpStatus.CREATED)
    public Publication publish() {
        access.require(Action.PUBLISH, "event", RecordScope.AGENCY);
        return service.publish();
    }

    public record FeedRequest(CalendarFeed.Scope scope, Long targetId) {}

    public record FeedView(String token, CalendarFeed.Scope scope, Long targetId, String url, boolean active) {}

    @GetMapping("/feeds")
    public List<FeedView> feeds() {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        return feeds.all().stream().map(this::view).toList();
    }

    /** A new subscribable feed; its address carries a random token, the only key to it. */
    @PostMapping("/feeds")
    @ResponseStatus(HttpStatus.CREATED)
    public FeedView createFeed(@RequestBody FeedRequest r) {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        if (r.scope() == null || (r.scope() != CalendarFeed.Scope.AGENCY && r.targetId() == null)) {
            throw new RejectedException(List.of(Rejection.of("feed.targetRequired", "targetId")));
        }
        CalendarFeed f = feeds.create(new CalendarFeed(
                null,
                newToken(),
                r.scope(),
                r.scope() == CalendarFeed.Scope.AGENCY ? null : r.targetId(),
                clock.instant(),
                null));
        return view(f);
    }

    @DeleteMapping("/feeds/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revokeFeed(@PathVariable String token) {
        access.require(Action.PUBLISH, "feed", RecordScope.AGENCY);
        if (!feeds.revoke(token, clock.instant())) {
            throw new RecordNotFoundException("feed", token);
        }
    }

    private FeedView view(CalendarFeed f) {
        return new FeedView(f.token(), f.scope(), f.targetId(), OwnFeeds.url(f.token()), f.active());
    }

    /** A feed's token: random, the only key to it. */
    static String newToken() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
