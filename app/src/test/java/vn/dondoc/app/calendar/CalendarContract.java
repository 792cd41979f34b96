package vn.dondoc.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.app.web.SameOriginFilter;
import vn.dondoc.domain.document.DocumentService;

/** The calendar's API on a real database: conflicts, publication, exports. Run on H2 and PostgreSQL. */
public abstract class CalendarContract {
    @Autowired protected WebApplicationContext context;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected DemoData demo;
    @Autowired protected DocumentService documents;
    protected MockMvc mvc;
    protected final JsonMapper mapper = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(SameOriginFilter.class)).build();
    }

    /** Every request of these tests goes through here: signing in as a clerk is added in one place. */
    protected ResultActions call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andDo(r -> {
            if (r.getResponse().getStatus() >= 400) {
                System.out.println("PROBLEM " + r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        });
    }

    protected JsonNode json(ResultActions r) throws Exception {
        return mapper.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    protected long createEvent(String date, String session, String content, String chairs, String place) throws Exception {
        String body = mapper.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {{
            put("date", date);
            put("session", session);
            put("content", content);
            put("chairs", chairs);
            put("place", place);
            put("preparingUnits", "Văn phòng");
        }});
        return json(call(post("/api/calendar-events").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    @Test
    void theSameLeaderChairingTwoItemsOneMorningIsListedWithAReasonAndCanBeAccepted() throws Exception {
        long a = createEvent("2021-10-04", "MORNING", "Giao ban đầu tuần", "Đ/c Lạc", "Phòng họp số 1");
        long b = createEvent("2021-10-04", "MORNING", "Họp Hội đồng thi đua khen thưởng", "Đ/c Nguyễn Trí Lạc", null);
        createEvent("2021-10-04", "AFTERNOON", "Làm việc với Phòng LĐVL", "Đ/c Lạc", "Phòng họp số 1");

        JsonNode conflicts = json(call(get("/api/calendar/conflicts?from=2021-10-04&to=2021-10-10")).andExpect(status().isOk()));

        assertThat(conflicts).hasSize(1);
        JsonNode c = conflicts.get(0);
        assertThat(c.get("kind").asString()).isEqualTo("CHAIR_BUSY");
        assertThat(List.of(c.get("eventIds").get(0).asLong(), c.get("eventIds").get(1).asLong())).containsExactly(a, b);
        assertThat(c.get("message").asString()).isEqualTo("Đ/c Lạc chủ trì hai nội dung cùng lúc ngày 04/10/2021.");
        assertThat(c.get("accepted").asBoolean()).isFalse();

        call(post("/api/calendar/conflicts/accepted").contentType(MediaType.APPLICATION_JSON)
                .content("{\"key\":\"" + c.get("key").asString() + "\",\"note\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lý do")));
        call(post("/api/calendar/conflicts/accepted").contentType(MediaType.APPLICATION_JSON)
                .content("{\"key\":\"" + c.get("key").asString() + "\",\"note\":\"Dự khai mạc rồi chuyển sang họp\"}"))
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
        assertThat(conflicts.findValuesAsString("message")).contains("Ngày 10/10/2021 là ngày nghỉ (Chủ nhật).",
                "Phòng họp số 2 được xếp cho hai nội dung cùng lúc ngày 05/10/2021.");
    }
}
