package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.domain.access.Role;

/** The calendar's API on a real database: conflicts, publication, iCalendar. Run on H2 and PostgreSQL. */
public abstract class CalendarContract extends CalendarTestBase {
    @Test
    void theSameLeaderChairingTwoItemsOneMorningIsListedWithAReasonAndCanBeAccepted() throws Exception {
        long a = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        long b = createEvent("2021-10-04", "MORNING", "Họp Hội đồng thi đua khen thưởng", "Đ/c Nguyễn Trí Lạc", null);
        createEvent("2021-10-04", "AFTERNOON", "Làm việc với Phòng LĐVL", "Đ/c Lạc", "Phòng họp số 1");

        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2021-10-04&to=2021-10-10"))
                .andExpect(status().isOk()));

        assertThat(conflicts).hasSize(1);
        JsonNode c = conflicts.get(0);
        assertThat(c.get("kind").asString()).isEqualTo("CHAIR_BUSY");
        assertThat(List.of(
                        c.get("eventIds").get(0).asLong(),
                        c.get("eventIds").get(1).asLong()))
                .containsExactly(a, b);
        assertThat(c.get("message").asString()).isEqualTo("Đ/c Lạc chủ trì hai nội dung cùng lúc ngày 04/10/2021.");
        assertThat(c.get("accepted").asBoolean()).isFalse();

        call(post("/api/calendar/conflicts/accepted")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + c.get("key").asString() + "\",\"note\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lý do")));
        call(post("/api/calendar/conflicts/accepted")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + c.get("key").asString()
                                + "\",\"note\":\"Dự khai mạc rồi chuyển sang họp\"}"))
                .andExpect(status().isNoContent());

        JsonNode after = json(call(get("/api/calendar/conflicts?from=2021-10-04&to=2021-10-10")));
        assertThat(after.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(after.get(0).get("acceptedNote").asString()).isEqualTo("Dự khai mạc rồi chuyển sang họp");
    }

    @Test
    void anItemOnASundayAndARoomBookedTwiceAreFlagged() throws Exception {
        createEvent("2021-10-10", "MORNING", "Kiểm tra thi tuyển", "Đ/c Công", null);
        createEvent("2021-10-05", "AFTERNOON", "Hội nghị A", "Đ/c Công", "Phòng họp số 2");
        createEvent("2021-10-05", null, "Hội nghị B", "Đ/c Dũng", "Phòng họp số 2");

        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2021-10-01&to=2021-10-31")));

        assertThat(conflicts.findValuesAsString("kind")).containsExactlyInAnyOrder("DAY_OFF", "ROOM_BUSY");
        assertThat(conflicts.findValuesAsString("message"))
                .contains(
                        "Ngày 10/10/2021 là ngày nghỉ (Chủ nhật).",
                        "Phòng họp số 2 được xếp cho hai nội dung cùng lúc ngày 05/10/2021.");
    }

    @Test
    void theIcsExportParsesBackEventByEventWithStableUids() throws Exception {
        long a = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        long b = json(call(post("/api/calendar-events")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\":\"2021-10-05\",\"time\":\"14h00 - 16h30\",\"content\":\"Tiếp công dân định kỳ\","
                                                + "\"chairs\":\"Đ/c Công\",\"preparingUnits\":\"Thanh tra Sở\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long c = json(call(post("/api/calendar-events")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"date\":\"2021-10-06\",\"endDate\":\"2021-10-07\",\"content\":\"Đi kiểm tra cơ sở\","
                                                + "\"chairs\":\"Lãnh đạo Sở\",\"preparingUnits\":\"Phòng CM\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        createEvent("2021-11-01", "MORNING", "Ngoài khoảng xuất", "Đ/c Lạc", null);

        var response = call(get("/api/calendar/export.ics?from=2021-10-01&to=2021-10-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events = parseIcs(ics);

        assertThat(events)
                .extracting(v -> prop(v, "UID"))
                .containsExactly("event-" + a + "@dondoc", "event-" + b + "@dondoc", "event-" + c + "@dondoc");
        VEvent morning = events.get(0);
        assertThat(prop(morning, "SUMMARY")).isEqualTo("Giao ban đầu tuần");
        assertThat(prop(morning, "LOCATION")).isEqualTo("Phòng họp số 1");
        assertThat(prop(morning, "DTSTART")).isEqualTo(utc("2021-10-04T07:30"));
        assertThat(prop(morning, "DESCRIPTION")).contains("Đ/c Lạc").contains("Văn phòng");
        VEvent afternoon = events.get(1);
        assertThat(prop(afternoon, "DTSTART")).isEqualTo(utc("2021-10-05T14:00"));
        assertThat(prop(afternoon, "DTEND")).isEqualTo(utc("2021-10-05T16:30"));
        VEvent twoDays = events.get(2);
        assertThat(prop(twoDays, "DTSTART")).isEqualTo("20211006");
        assertThat(prop(twoDays, "DTEND")).isEqualTo("20211008");

        // exporting again after an edit keeps the UID: a subscribed phone updates the item
        call(put("/api/calendar-events/" + a)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"date\":\"2021-10-04\",\"session\":\"AFTERNOON\",\"content\":\"Giao ban (dời chiều)\"}"))
                .andExpect(status().isOk());
        List<VEvent> again = parseIcs(call(get("/api/calendar/export.ics?from=2021-10-01&to=2021-10-31"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(prop(again.get(0), "UID")).isEqualTo("event-" + a + "@dondoc");
        assertThat(prop(again.get(0), "SUMMARY")).isEqualTo("Giao ban (dời chiều)");
        assertThat(prop(again.get(0), "DTSTART")).isEqualTo(utc("2021-10-04T13:30"));

        // one person's part: only the items Đ/c Công chairs
        long cong = jdbc.sql("SELECT id FROM people WHERE name = 'Công'")
                .query(Long.class)
                .single();
        List<VEvent> his = parseIcs(call(get("/api/calendar/export.ics?from=2021-10-01&to=2021-10-31&person=" + cong))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(his).extracting(v -> prop(v, "SUMMARY")).containsExactly("Tiếp công dân định kỳ");
    }

    static String utc(String localVietnam) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(java.time.LocalDateTime.parse(localVietnam)
                        .atZone(VIETNAM)
                        .withZoneSameInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void publishingListsTheChangesAndFeedsServeOnlyWhatIsPublishedUntilRevoked() throws Exception {
        java.time.LocalDate monday = java.time.LocalDate.now().with(java.time.DayOfWeek.MONDAY);
        long a = createEvent(monday.toString(), "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        JsonNode changes = json(call(get("/api/calendar/changes")));
        assertThat(changes.findValuesAsString("kind")).containsExactly("ADDED");

        call(post("/api/calendar/publications")).andExpect(status().isCreated());
        assertThat(json(call(get("/api/calendar/changes")))).isEmpty();

        JsonNode feed = json(call(post("/api/calendar/feeds")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"AGENCY\"}"))
                .andExpect(status().isCreated()));
        String token = feed.get("token").asString();
        assertThat(feed.get("url").asString()).endsWith("/ical/" + token + ".ics");

        long draft = createEvent(monday.plusDays(1).toString(), "AFTERNOON", "Bản nháp chưa công bố", "Đ/c Dũng", null);
        call(put("/api/calendar-events/" + a)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"" + monday + "\",\"session\":\"AFTERNOON\",\"content\":\"Giao ban đầu tuần\"}"));
        JsonNode pending = json(call(get("/api/calendar/changes")));
        assertThat(pending.findValuesAsString("kind")).containsExactlyInAnyOrder("CHANGED", "ADDED");

        MockMvc nobody = SignIn.mvc(context, SignIn.nobody());
        List<VEvent> subscribed = parseIcs(nobody.perform(get("/ical/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(subscribed).extracting(v -> prop(v, "UID")).containsExactly("event-" + a + "@dondoc");
        assertThat(prop(subscribed.get(0), "DTSTART")).isEqualTo(utc(monday + "T07:30"));

        call(post("/api/calendar/publications")).andExpect(status().isCreated());
        List<VEvent> republished = parseIcs(nobody.perform(get("/ical/" + token + ".ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(republished)
                .extracting(v -> prop(v, "UID"))
                .containsExactly("event-" + a + "@dondoc", "event-" + draft + "@dondoc");

        call(delete("/api/calendar/feeds/" + token)).andExpect(status().isNoContent());
        nobody.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void onlyRolesThatEditTheAgencysRecordsChangeTheCalendarAndNobodyReadsTheApiButEveryoneReadsLich()
            throws Exception {
        long a = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", null);
        String body = "{\"date\":\"2021-10-05\",\"content\":\"Không được phép\"}";
        call(post("/api/calendar-events")
                        .with(SignIn.as(Role.VIEWER, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        call(post("/api/calendar-events")
                        .with(SignIn.as(Role.STAFF, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        call(post("/api/calendar/publications").with(SignIn.as(Role.VIEWER, null)))
                .andExpect(status().isForbidden());
        call(get("/api/calendar-events/" + a).with(SignIn.as(Role.VIEWER, null)))
                .andExpect(status().isOk());
        MockMvc nobody = SignIn.mvc(context, SignIn.nobody());
        nobody.perform(get("/api/calendar/export.ics?from=2021-10-01&to=2021-10-31"))
                .andExpect(status().isUnauthorized());
        call(post("/api/calendar/publications").with(SignIn.as(Role.LEADER, null)))
                .andExpect(status().isCreated());

        String lich = nobody.perform(get("/lich?view=week&date=2021-10-04"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(lich).contains("Giao ban đầu tuần", "Thứ Hai 04/10").doesNotContain("/calendar/events/");
        String print = nobody.perform(get("/lich/in?view=month&date=2021-10-04"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(print).contains("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 10 NĂM 2021", "Sáng: Giao ban đầu tuần", "Nơi nhận:");
        nobody.perform(get("/print.css")).andExpect(status().isOk());
    }

    @Test
    void theWeekViewShowsTheItemsInTheFamiliarTableWithTheWarningBesideTheItem() throws Exception {
        long a = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        // the form, as a clerk fills it in: same leader, same morning
        call(post("/calendar/events")
                        .param("date", "2021-10-04")
                        .param("session", "MORNING")
                        .param("content", "Tiếp đoàn công tác của Bộ")
                        .param("chairs", "Đ/c Lạc")
                        .param("preparingUnits", "VP"))
                .andExpect(status().is3xxRedirection());
        String week = call(get("/calendar?view=week&date=2021-10-06"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(week)
                .contains(
                        "Đơn vị chuẩn bị",
                        "Người chủ trì",
                        "Địa điểm",
                        "Thứ Hai 04/10",
                        "Chủ nhật 10/10",
                        "Giao ban đầu tuần",
                        "Tiếp đoàn công tác của Bộ",
                        "Đ/c Lạc chủ trì hai nội dung cùng lúc ngày 04/10/2021.",
                        "id=\"event-" + a + "\"");
        // a leader's own schedule and a move through the form
        long lac = jdbc.sql("SELECT id FROM people WHERE name = 'Nguyễn Trí Lạc'")
                .query(Long.class)
                .single();
        call(post("/calendar/events")
                        .param("id", String.valueOf(a))
                        .param("date", "2021-10-05")
                        .param("session", "AFTERNOON")
                        .param("content", "Giao ban đầu tuần")
                        .param("chairs", "Đ/c Lạc"))
                .andExpect(status().is3xxRedirection());
        String his = call(get("/calendar?view=day&date=2021-10-05&person=" + lac))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(his)
                .contains("Giao ban đầu tuần")
                .doesNotContain("Tiếp đoàn công tác của Bộ")
                .doesNotContain("cùng lúc");
    }

    @Test
    void anItemOnTetIsOnADayOffNamedByTheWorkingDayCalendar() throws Exception {
        // Tết Nguyên đán 2026 falls on Tuesday 17 February (lunar calendar, UTC+7)
        createEvent("2026-02-17", "MORNING", "Họp giao ban", "Đ/c Lạc", null);
        createEvent("2026-02-23", "MORNING", "Họp giao ban sau Tết", "Đ/c Lạc", null);
        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2026-02-01&to=2026-02-28")));
        assertThat(conflicts.findValuesAsString("message"))
                .containsExactly("Ngày 17/02/2026 là ngày nghỉ (Tết Nguyên đán (mùng 1)).");
    }

    @Test
    void copyingLastWeekAndLastMonthKeepsWeekdaysAndCancellingRemovesTheItem() throws Exception {
        // Monday 4 October 2021 is the first Monday of October; the first Monday of November is the 1st
        long flag = createEvent("2021-10-04", "MORNING", "Lễ chào cờ", "Đ/c Lạc", "Hội trường tầng 3");
        createEvent("2021-10-15", "MORNING", "Tiếp công dân định kỳ", "Đ/c Công", null);
        call(post("/calendar/copy-week").param("monday", "2021-10-11")).andExpect(status().is3xxRedirection());
        call(post("/calendar/copy-month").param("month", "2021-11-01")).andExpect(status().is3xxRedirection());

        List<String> copies = jdbc.sql("SELECT event_date || ' ' || content FROM calendar_events ORDER BY event_date")
                .query(String.class)
                .list();
        assertThat(copies)
                .containsExactly(
                        "2021-10-04 Lễ chào cờ",
                        "2021-10-11 Lễ chào cờ",
                        "2021-10-15 Tiếp công dân định kỳ",
                        "2021-11-01 Lễ chào cờ",
                        "2021-11-08 Lễ chào cờ",
                        "2021-11-19 Tiếp công dân định kỳ");

        call(post("/calendar/events/" + flag + "/cancel")).andExpect(status().is3xxRedirection());
        call(get("/api/calendar-events/" + flag)).andExpect(status().isNotFound());
        call(post("/calendar/copy-month").param("month", "2021-11-01").with(SignIn.as(Role.VIEWER, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMonthlySeriesMaterialisesItsOccurrencesAndKeepsCancelledDatesCancelledWhenEdited() throws Exception {
        String flagRaising = """
                {"frequency":"MONTHLY_NTH_WEEKDAY","start":"2026-01-01","weekday":"MONDAY","nth":1,"until":"2026-12-31",
                 "session":"MORNING","time":"7 giờ 00","content":"Lễ chào cờ","chairs":"Đ/c Lạc","place":"Sân UBND"}""";
        JsonNode created = json(call(post("/api/calendar/series")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(flagRaising))
                .andExpect(status().isCreated()));
        long series = created.get("series").get("id").asLong();
        assertThat(created.get("events")).hasSize(12);
        assertThat(seriesDates(series))
                .startsWith("2026-01-05", "2026-02-02", "2026-03-02")
                .endsWith("2026-12-07");
        // the occurrences are ordinary items: the week view lists them
        call(get("/api/calendar-events?from=2026-03-02&to=2026-03-02"))
                .andExpect(jsonPath("$.total").value(1));

        long march = created.get("events").get(2).get("id").asLong();
        call(delete("/api/calendar-events/" + march)).andExpect(status().isNoContent());
        assertThat(seriesDates(series)).hasSize(11).doesNotContain("2026-03-02");
        // the iCal export writes the series as one repeating item: the cancelled one is an exception of it
        String ics = call(get("/api/calendar/export.ics?from=2026-01-01&to=2026-12-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(parseIcs(ics)).hasSize(1);
        assertThat(prop(parseIcs(ics).get(0), "EXDATE")).isEqualTo(utc("2026-03-02T07:00"));

        String fromJuly = flagRaising.replace(
                "\"place\":\"Sân UBND\"", "\"place\":\"Hội trường tầng 3\",\"from\":\"2026-07-01\"");
        JsonNode edited = json(call(put("/api/calendar/series/" + series)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fromJuly))
                .andExpect(status().isOk()));
        assertThat(edited.get("events")).hasSize(6);
        assertThat(jdbc.sql("SELECT event_date || ' ' || place FROM calendar_events WHERE series_id = :s"
                                + " AND deleted_at IS NULL ORDER BY event_date")
                        .param("s", series)
                        .query(String.class)
                        .list())
                .hasSize(11)
                .contains("2026-06-01 Sân UBND", "2026-07-06 Hội trường tầng 3", "2026-12-07 Hội trường tầng 3")
                .filteredOn(s -> s.endsWith("Hội trường tầng 3"))
                .hasSize(6);

        // editing again from before March does not bring the cancelled March occurrence back
        call(put("/api/calendar/series/" + series)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fromJuly.replace("2026-07-01", "2026-02-15")))
                .andExpect(status().isOk());
        assertThat(seriesDates(series)).hasSize(11).doesNotContain("2026-03-02");
    }

    @Test
    void theFifteenthOfMonthReceptionInFebruaryIsFlaggedAsADayOff() throws Exception {
        call(post("/api/calendar/series")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"frequency":"MONTHLY_DAY","start":"2026-01-01","dayOfMonth":15,"count":12,
                 "session":"MORNING","content":"Tiếp công dân định kỳ","chairs":"Đ/c Công"}"""))
                .andExpect(status().isCreated());
        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2026-01-01&to=2026-02-28")));
        // 15 January is a Thursday; 15 February 2026 is a Sunday, two days before Tết
        assertThat(conflicts.findValuesAsString("kind")).containsExactly("DAY_OFF");
        assertThat(conflicts.get(0).get("message").asString()).startsWith("Ngày 15/02/2026 là ngày nghỉ");
    }

    @Test
    void aSeriesWithoutAnEndOrWithoutARepeatIsRefusedInVietnamese() throws Exception {
        call(post("/api/calendar/series")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"frequency":"WEEKLY","start":"2026-01-01","weekday":"MONDAY","content":"Giao ban"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Cách lặp lại")));
        call(post("/api/calendar/series")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"frequency":"WEEKLY","start":"2026-01-01","weekday":"MONDAY","count":4}"""))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_series")
                        .query(Long.class)
                        .single())
                .isZero();
        call(post("/api/calendar/series")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"frequency\":\"WEEKLY\",\"start\":\"2026-01-01\",\"weekday\":\"MONDAY\",\"count\":4,"
                                        + "\"content\":\"Giao ban\"}")
                        .with(SignIn.as(Role.VIEWER, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEventFormOffersARepeatTakenFromTheChosenDate() throws Exception {
        String form = call(get("/calendar/events/new?date=2026-01-05"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Lặp lại", "Hằng tháng, cùng thứ n");
        // Monday 5 January 2026 is the first Monday: the series keeps the first Monday of each month
        call(post("/calendar/events")
                        .param("date", "2026-01-05")
                        .param("session", "MORNING")
                        .param("content", "Lễ chào cờ")
                        .param("chairs", "Đ/c Lạc")
                        .param("repeat", "MONTHLY_NTH_WEEKDAY"))
                .andExpect(status().is3xxRedirection());
        List<String> dates = jdbc.sql(
                        "SELECT event_date FROM calendar_events WHERE series_id IS NOT NULL ORDER BY event_date")
                .query((rs, n) -> rs.getDate(1).toLocalDate().toString())
                .list();
        assertThat(dates).hasSize(12).contains("2026-02-02", "2026-06-01", "2026-11-02", "2026-12-07");
        call(post("/calendar/events")
                        .param("date", "2026-01-15")
                        .param("content", "Tiếp công dân")
                        .param("repeat", "WEEKLY")
                        .param("repeatUntil", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("không cho ngày nào")));
    }

    private List<String> seriesDates(long series) {
        return jdbc.sql("SELECT event_date FROM calendar_events WHERE series_id = :s AND deleted_at IS NULL"
                        + " ORDER BY event_date")
                .param("s", series)
                .query((rs, n) -> rs.getDate(1).toLocalDate().toString())
                .list();
    }
}
