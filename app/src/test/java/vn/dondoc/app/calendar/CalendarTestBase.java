package vn.dondoc.app.calendar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.document.DocumentService;

/** What the calendar's database tests share: an empty database with the demo organisation, and one way to call. */
public abstract class CalendarTestBase {
    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected DocumentService documents;

    protected MockMvc mvc;
    protected final JsonMapper mapper = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        mvc = SignIn.mvc(context, SignIn.as(Role.CLERK, null));
    }

    /** Every request of these tests goes through here, made by a clerk of the agency (see setUp). */
    protected ResultActions call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andDo(r -> {
            if (r.getResponse().getStatus() >= 400) {
                System.out.println("PROBLEM " + r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        });
    }

    protected static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    protected List<VEvent> parseIcs(String ics) throws Exception {
        net.fortuna.ical4j.model.Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return cal.getComponents("VEVENT");
    }

    protected static String prop(VEvent v, String name) {
        return v.getProperty(name).map(p -> ((Property) p).getValue()).orElse(null);
    }

    protected JsonNode json(ResultActions r) throws Exception {
        return mapper.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    protected long createEvent(String date, String session, String content, String chairs, String place)
            throws Exception {
        String body = mapper.writeValueAsString(new java.util.LinkedHashMap<String, Object>() {
            {
                put("date", date);
                put("session", session);
                put("content", content);
                put("chairs", chairs);
                put("place", place);
                put("preparingUnits", "Văn phòng");
            }
        });
        return json(call(post("/api/calendar-events")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }
}
