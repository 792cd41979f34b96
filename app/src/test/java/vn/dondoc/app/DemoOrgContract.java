package vn.dondoc.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.org.OrgUnits;

/**
 * The seeding the API contracts share (dashboard, report, checks, follow-up): before each test an empty database
 * with the demo organisation, an administrator's client and two of its units (the labour office and the office);
 * tasks and progress reports are made through the API as a person would.
 */
public abstract class DemoOrgContract {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    protected MockMvc mvc;
    protected long labour;
    protected long office;

    @BeforeEach
    void seedTwoUnits() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        mvc = SignIn.mvc(context, SignIn.admin());
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
    }

    /** A JSON request as the administrator. */
    protected ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON));
    }

    protected JsonNode body(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A task led by {@code unit}, started 2/1/2026; its id. */
    protected long task(long unit, String text, String deadline) throws Exception {
        String body = call(post("/api/tasks")
                        .content("{\"text\":\"" + text + "\",\"startDate\":\"2026-01-02\",\"deadline\":\"" + deadline
                                + "\",\"leadUnitIds\":[" + unit + "]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body).get("id").asLong();
    }

    /** A progress report of {@code unit} on a task (100: done that day). */
    protected void progress(long task, long unit, String day, int percent) throws Exception {
        call(post("/api/tasks/" + task + "/progress")
                        .content(
                                "{\"reportedOn\":\"" + day + "\",\"unitId\":" + unit + ",\"percent\":" + percent + "}"))
                .andExpect(status().isCreated());
    }
}
