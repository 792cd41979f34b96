package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;

/**
 * The last items of the work calendar on a real database: participants, a person's own feeds, a leader's own
 * schedule, recurring items as RRULEs. Run on H2 and PostgreSQL.
 */
public abstract class CalendarPeopleContract extends CalendarTestBase {
    @Autowired
    AccountService accounts;

    long person(String name) {
        return jdbc.sql("SELECT id FROM people WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    long eventWithParticipants(String date, String session, String content, String chairs, String participants)
            throws Exception {
        String body = mapper.writeValueAsString(Map.of(
                "date", date, "session", session, "content", content, "chairs", chairs, "participants", participants));
        return json(call(post("/api/calendar-events")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    String text(org.springframework.test.web.servlet.RequestBuilder r) throws Exception {
        return call(r).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void participantsAreKeptShownExportedAndAPersonInTwoItemsOfOneMorningIsAConflict() throws Exception {
        long chairing = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        long attending = eventWithParticipants(
                "2021-10-04", "MORNING", "Hội nghị triển khai BHXH", "Đ/c Dũng", "Đ/c Lạc; Đại diện lãnh đạo các xã");

        JsonNode item = json(call(get("/api/calendar-events/" + attending)).andExpect(status().isOk()));
        assertThat(item.get("participants").asString()).isEqualTo("Đ/c Lạc; Đại diện lãnh đạo các xã");

        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2021-10-04&to=2021-10-10")));
        assertThat(conflicts.findValuesAsString("kind")).containsExactly("PERSON_BUSY");
        assertThat(conflicts.get(0).get("message").asString())
                .isEqualTo(
                        "Đ/c Lạc có mặt ở hai nội dung cùng lúc ngày 04/10/2021: «Giao ban đầu tuần» và «Hội nghị triển khai BHXH».");

        // the week view: participants under the content, the table's columns unchanged
        String week = text(get("/calendar?view=week&date=2021-10-04&person="));
        assertThat(week).contains("Thành phần").contains("Đ/c Lạc; Đại diện lãnh đạo các xã");

        // a person's part includes what they attend
        long lac = person("Nguyễn Trí Lạc");
        List<VEvent> his = parseIcs(text(get("/api/calendar/export.ics?from=2021-10-01&to=2021-10-31&person=" + lac)));
        assertThat(his)
                .extracting(v -> prop(v, "SUMMARY"))
                .containsExactlyInAnyOrder("Giao ban đầu tuần", "Hội nghị triển khai BHXH");
        VEvent conference = his.stream()
                .filter(v -> prop(v, "UID").equals("event-" + attending + "@dondoc"))
                .findFirst()
                .orElseThrow();
        // the people are ATTENDEEs (the chair too, as CHAIR); the outsiders are in the description
        List<String> attendees = conference.<Property>getProperties("ATTENDEE").stream()
                .map(a -> a.getParameter("CN")
                                .map(p -> ((Parameter) p).getValue())
                                .orElse("") + " "
                        + a.getParameter("ROLE")
                                .map(p -> ((Parameter) p).getValue())
                                .orElse("") + " " + a.getValue())
                .toList();
        assertThat(attendees)
                .containsExactlyInAnyOrder(
                        "Đ/c Dũng CHAIR urn:dondoc:person:" + person("Dũng"),
                        "Đ/c Lạc REQ-PARTICIPANT urn:dondoc:person:" + lac);
        assertThat(prop(conference, "DESCRIPTION"))
                .contains("Thành phần: Đại diện lãnh đạo các xã")
                .doesNotContain("Thành phần: Đ/c Lạc");

        // a copy keeps them; the Word program writes them under the content
        long copy = json(call(post("/api/calendar-events/" + attending + "/copy?to=2021-10-11"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertThat(json(call(get("/api/calendar-events/" + copy)))
                        .get("participants")
                        .asString())
                .isEqualTo("Đ/c Lạc; Đại diện lãnh đạo các xã");
        byte[] docx = call(get("/api/calendar/export.docx?from=2021-10-04&to=2021-10-10"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Thành phần: Đ/c Lạc; Đại diện lãnh đạo các xã");
        }
        // one person's program in Word: what they chair or attend, nothing else
        byte[] his2 = call(get("/api/calendar/export.docx?from=2021-10-04&to=2021-10-10&person=" + person("Dũng")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(his2));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Hội nghị triển khai BHXH").doesNotContain("Giao ban đầu tuần");
        }
        assertThat(chairing).isNotEqualTo(attending);
    }

    @Test
    void theEventFormTakesParticipants() throws Exception {
        assertThat(text(get("/calendar/events/new?date=2021-10-04"))).contains("name=\"participants\"");
        call(post("/calendar/events")
                        .param("date", "2021-10-04")
                        .param("session", "AFTERNOON")
                        .param("content", "Làm việc với các xã")
                        .param("participants", "Đ/c Công\nĐại diện UBND các xã"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT participants FROM calendar_events WHERE content = 'Làm việc với các xã'")
                        .query(String.class)
                        .single())
                .isEqualTo("Đ/c Công; Đại diện UBND các xã");
    }

    /** An account in the database, signed in as a real person would be. */
    MockMvc account(String username, Role role, Long personId) {
        long agency =
                jdbc.sql("SELECT MIN(id) FROM org_units").query(Long.class).single();
        accounts.add(username, null, "mot-mat-khau-dai-du", role, agency, false).orElseThrow();
        if (personId != null) {
            accounts.setPerson(username, personId).orElseThrow();
        }
        return SignIn.mvc(context, SignIn.as(new Actor(username, List.of(new Grant(role, agency)))));
    }

    @Test
    void aLeaderOpensOnTheirOwnScheduleAndOneClickShowsTheAgency() throws Exception {
        createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", null);
        eventWithParticipants("2021-10-05", "AFTERNOON", "Hội nghị cựu chiến binh", "Đ/c Dũng", "Đ/c Lạc");
        createEvent("2021-10-06", "MORNING", "Tiếp công dân", "Đ/c Công", null);
        MockMvc leader = account("giamdoc", Role.LEADER, person("Nguyễn Trí Lạc"));
        MockMvc clerk = account("vanthu", Role.CLERK, person("Công"));

        String own = leader.perform(get("/calendar?view=week&date=2021-10-04"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own)
                .contains("Lịch của tôi")
                .contains("Giao ban đầu tuần")
                .contains("Hội nghị cựu chiến binh")
                .doesNotContain("Tiếp công dân")
                .contains("id=\"agency-view\"");
        String agency = leader.perform(get("/calendar?view=week&date=2021-10-04&person="))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(agency).contains("Tiếp công dân").contains("id=\"my-view\"");

        // a clerk linked to a person still opens on the agency's calendar
        String clerks = clerk.perform(get("/calendar?view=week&date=2021-10-04"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(clerks).contains("Tiếp công dân").contains("Giao ban đầu tuần");
    }

    @Test
    void anAdministratorLinksAnAccountToAPersonOnTheUsersPage() throws Exception {
        account("pgd", Role.LEADER, null);
        long userId = jdbc.sql("SELECT id FROM users WHERE username = 'pgd'")
                .query(Long.class)
                .single();
        MockMvc admin = SignIn.mvc(context, SignIn.admin());
        assertThat(admin.perform(get("/quan-tri/tai-khoan"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("pgd");
        call(get("/quan-tri/tai-khoan")).andExpect(status().isForbidden());

        admin.perform(post("/quan-tri/tai-khoan/" + userId + "/nguoi").param("person", String.valueOf(person("Dũng"))))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.personOf("pgd")).hasValue(person("Dũng"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE kind = 'user' AND record_id = :id")
                        .param("id", userId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aPersonMakesAndRevokesTheirOwnFeedsOnTheProfilePageOnlyForWhatTheyRead() throws Exception {
        long a = createEvent(LocalDate.now().toString(), "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", null);
        call(post("/api/calendar/publications")).andExpect(status().isCreated());
        // two units side by side: a person of one does not read the other
        List<Long> leaves = jdbc.sql("SELECT id FROM org_units u WHERE parent_id IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM org_units c WHERE c.parent_id = u.id) ORDER BY id")
                .query(Long.class)
                .list();
        long unitA = leaves.get(0);
        long unitB = leaves.get(1);
        accounts.add("chuyenvien", null, "mot-mat-khau-dai-du", Role.STAFF, unitA, false)
                .orElseThrow();
        MockMvc staff = SignIn.mvc(context, SignIn.as(new Actor("chuyenvien", List.of(new Grant(Role.STAFF, unitA)))));

        staff.perform(post("/tai-khoan/lich").param("scope", "AGENCY")).andExpect(status().is3xxRedirection());
        staff.perform(post("/tai-khoan/lich").param("scope", "UNIT").param("unit", String.valueOf(unitA)))
                .andExpect(status().is3xxRedirection());
        staff.perform(post("/tai-khoan/lich").param("scope", "UNIT").param("unit", String.valueOf(unitB)))
                .andExpect(status().is3xxRedirection());
        List<Map<String, Object>> made = jdbc.sql("SELECT f.id, f.token, f.scope, f.target_id FROM calendar_feeds f"
                        + " JOIN users u ON u.id = f.owner_user_id WHERE u.username = 'chuyenvien' ORDER BY f.id")
                .query()
                .listOfRows();
        assertThat(made)
                .extracting(r -> r.get("scope") + ":" + r.get("target_id"))
                .containsExactly("AGENCY:null", "UNIT:" + unitA);

        String profile = staff.perform(get("/tai-khoan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String token = (String) made.get(0).get("token");
        assertThat(profile).contains("/ical/" + token + ".ics").contains("data-copy");

        MockMvc nobody = SignIn.mvc(context, SignIn.nobody());
        assertThat(parseIcs(nobody.perform(get("/ical/" + token + ".ics"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)))
                .extracting(v -> prop(v, "UID"))
                .containsExactly("event-" + a + "@dondoc");

        // someone else cannot revoke it; its owner can, and the address then answers 404
        long feedId = ((Number) made.get(0).get("id")).longValue();
        call(post("/tai-khoan/lich/" + feedId + "/thu-hoi")).andExpect(status().is3xxRedirection());
        nobody.perform(get("/ical/" + token + ".ics")).andExpect(status().isOk());
        staff.perform(post("/tai-khoan/lich/" + feedId + "/thu-hoi")).andExpect(status().is3xxRedirection());
        nobody.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE kind = 'feed' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "CREATE", "DELETE");
    }

    @Test
    void recurringItemsExportAsOneRruleWhoseExpansionIsTheAppsOwnWithExceptionsAndOverrides() throws Exception {
        // "Lễ chào cờ" every first Monday at 7h30, six times; "Tiếp công dân" on the 15th, all day, four times
        long flag = json(call(post("/api/calendar/series")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"frequency\":\"MONTHLY_NTH_WEEKDAY\",\"start\":\"2026-01-01\",\"weekday\":\"MONDAY\",\"nth\":1,"
                                                + "\"count\":6,\"session\":\"MORNING\",\"content\":\"Lễ chào cờ\",\"chairs\":\"Đ/c Lạc\"}"))
                        .andExpect(status().isCreated()))
                .get("series")
                .get("id")
                .asLong();
        long reception = json(call(post("/api/calendar/series")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"frequency\":\"MONTHLY_DAY\",\"start\":\"2026-01-01\",\"dayOfMonth\":15,\"count\":4,"
                                                + "\"content\":\"Tiếp công dân định kỳ\",\"chairs\":\"Đ/c Công\"}"))
                        .andExpect(status().isCreated()))
                .get("series")
                .get("id")
                .asLong();
        long single = createEvent("2026-02-10", "AFTERNOON", "Họp chi bộ", "Đ/c Dũng", null);
        // cancelled: 2 March; moved: 6 April to the 7th; changed: the 15th of February gets a place
        call(delete("/api/calendar-events/" + occurrence(flag, "2026-03-02"))).andExpect(status().isNoContent());
        call(put("/api/calendar-events/" + occurrence(flag, "2026-04-06"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"date\":\"2026-04-07\",\"session\":\"MORNING\",\"content\":\"Lễ chào cờ\",\"chairs\":\"Đ/c Lạc\"}"))
                .andExpect(status().isOk());
        call(put("/api/calendar-events/" + occurrence(reception, "2026-02-15"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"date\":\"2026-02-15\",\"content\":\"Tiếp công dân định kỳ\",\"chairs\":\"Đ/c Công\","
                                        + "\"place\":\"Phòng tiếp dân\"}"))
                .andExpect(status().isOk());

        for (String[] window :
                List.of(new String[] {"2026-01-01", "2026-12-31"}, new String[] {"2026-02-01", "2026-04-30"})) {
            String ics = text(get("/api/calendar/export.ics?from=" + window[0] + "&to=" + window[1]));
            List<VEvent> parsed = parseIcs(ics);
            assertThat(parsed.stream()
                            .filter(v -> v.getProperty("RRULE").isPresent())
                            .map(v -> prop(v, "UID")))
                    .containsExactlyInAnyOrder("series-" + flag + "@dondoc", "series-" + reception + "@dondoc");
            assertThat(parsed).extracting(v -> prop(v, "UID")).contains("event-" + single + "@dondoc");

            Map<String, String> expanded = expand(parsed);
            Map<String, String> own = new TreeMap<>();
            for (JsonNode e : json(call(get("/api/calendar-events?size=200&from=" + window[0] + "&to=" + window[1])))
                    .get("items")) {
                own.put(
                        e.get("date").asString() + " " + e.get("content").asString(),
                        e.get("place").isNull() ? "" : e.get("place").asString());
            }
            assertThat(expanded).isEqualTo(own);
        }
        String ics = text(get("/api/calendar/export.ics?from=2026-01-01&to=2026-12-31"));
        assertThat(ics)
                .contains("BYDAY=1MO")
                .contains("EXDATE:" + CalendarContract.utc("2026-03-02T07:30"))
                .contains("RECURRENCE-ID:" + CalendarContract.utc("2026-04-06T07:30"))
                .contains("RECURRENCE-ID;VALUE=DATE:20260215");
    }

    long occurrence(long seriesId, String date) {
        return jdbc.sql("SELECT id FROM calendar_events WHERE series_id = :s AND event_date = :d")
                .param("s", seriesId)
                .param("d", LocalDate.parse(date))
                .query(Long.class)
                .single();
    }

    /**
     * What a calendar program shows for these VEVENTs: each rule expanded by ical4j (EXDATEs applied), the
     * instances a RECURRENCE-ID overrides replaced by the override; "date content" → place.
     */
    static Map<String, String> expand(List<VEvent> events) {
        Map<String, String> out = new TreeMap<>();
        Map<String, List<LocalDate>> overridden = new java.util.HashMap<>();
        for (VEvent v : events) {
            v.getProperty("RECURRENCE-ID")
                    .ifPresent(r -> overridden
                            .computeIfAbsent(prop(v, "UID"), k -> new ArrayList<>())
                            .add(day(((net.fortuna.ical4j.model.property.RecurrenceId<?>) r).getDate())));
        }
        for (VEvent v : events) {
            String place = prop(v, "LOCATION") == null ? "" : prop(v, "LOCATION");
            if (v.getProperty("RRULE").isEmpty()) {
                out.put(day(v.getDateTimeStart().getDate()) + " " + prop(v, "SUMMARY"), place);
                continue;
            }
            Period<? extends Temporal> all = v.getDateTimeStart().getDate() instanceof LocalDate
                    ? new Period<>(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                    : new Period<>(
                            ZonedDateTime.parse("2000-01-01T00:00:00Z"), ZonedDateTime.parse("2100-01-01T00:00:00Z"));
            for (Period<Temporal> p : v.<Temporal>calculateRecurrenceSet(all)) {
                LocalDate d = day(p.getStart());
                if (!overridden.getOrDefault(prop(v, "UID"), List.of()).contains(d)) {
                    out.put(d + " " + prop(v, "SUMMARY"), place);
                }
            }
        }
        return out;
    }

    static LocalDate day(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof Instant i) {
            return i.atZone(VIETNAM).toLocalDate();
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(VIETNAM).toLocalDate();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(VIETNAM).toLocalDate();
        }
        return LocalDate.from(t);
    }
}
