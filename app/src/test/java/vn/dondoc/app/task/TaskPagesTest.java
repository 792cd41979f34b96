package vn.dondoc.app.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.Tasks;

/**
 * Tasks typed in and changed through the pages (issue 8 item 5): text, start, deadline, lead and cooperating
 * units; a refusal names what is wrong and keeps what was typed; a role sees only the buttons it may use.
 */
@H2Config
class TaskPagesTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    Tasks tasks;

    MockMvc clerk;
    long labour;
    long office;
    long department;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        department = units.findByNameOrAbbreviation("SLĐTBXH").orElseThrow().id();
        clerk = SignIn.mvc(context, SignIn.as(Role.CLERK, department));
    }

    static String html(MvcResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClerkTypesInATaskWithItsDeadlineAndUnitsAndChangesItLater() throws Exception {
        assertThat(html(clerk.perform(get("/tasks")).andReturn())).contains("id=\"new-task\"");
        assertThat(html(clerk.perform(get("/tasks/new"))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Thêm nhiệm vụ")
                .contains("name=\"deadline\"")
                .contains("name=\"lead\"");

        String location = clerk.perform(post("/tasks/save")
                        .param("text", "Rà soát hộ nghèo năm 2026")
                        .param("startDate", "2026-01-05")
                        .param("deadline", "2026-03-31")
                        .param("lead", String.valueOf(labour))
                        .param("cooperating", String.valueOf(office)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Task made = tasks.find(id).orElseThrow();
        assertThat(made.text()).isEqualTo("Rà soát hộ nghèo năm 2026");
        assertThat(made.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(made.lead()).extracting(TaskParty::unitId).containsExactly(labour);
        assertThat(made.cooperating()).extracting(TaskParty::unitId).containsExactly(office);

        // the edit form shows what is there; the change keeps the status and changes dates and units
        String form = html(clerk.perform(get("/tasks/" + id + "/edit")).andReturn());
        assertThat(form).contains("Rà soát hộ nghèo năm 2026").contains("value=\"2026-03-31\"");
        assertThat(html(clerk.perform(get("/tasks/" + id)).andReturn())).contains("id=\"edit-task\"");
        clerk.perform(post("/tasks/save")
                        .param("id", String.valueOf(id))
                        .param("text", "Rà soát hộ nghèo, cận nghèo năm 2026")
                        .param("deadline", "2026-04-30")
                        .param("lead", String.valueOf(office)))
                .andExpect(status().is3xxRedirection());
        Task changed = tasks.find(id).orElseThrow();
        assertThat(changed.text()).isEqualTo("Rà soát hộ nghèo, cận nghèo năm 2026");
        assertThat(changed.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(changed.lead()).extracting(TaskParty::unitId).containsExactly(office);
        assertThat(changed.status()).isEqualTo(made.status());
    }

    @Test
    void aRefusedTaskNamesWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String page = html(clerk.perform(post("/tasks/save")
                        .accept(MediaType.TEXT_HTML)
                        .param("text", "Tổng kết phong trào thi đua")
                        .param("startDate", "2026-05-01")
                        .param("deadline", "2026-04-01"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("Thời hạn").contains("Tổng kết phong trào thi đua");
        assertThat(page).contains("Thời hạn 01/04/2026 sớm hơn ngày bắt đầu 01/05/2026");
        assertThat(html(clerk.perform(post("/tasks/save").param("text", " "))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Nội dung nhiệm vụ không được để trống");
        assertThat(tasks.list(
                                new vn.dondoc.domain.task.TaskFilter(null, null, null, null, null, null),
                                new vn.dondoc.domain.common.PageRequest(0, 10))
                        .total())
                .isZero();
    }

    @Test
    void aViewerSeesNoButtonItMayNotUse() throws Exception {
        long id = ((vn.dondoc.domain.common.Outcome.Ok<Task>) context.getBean(vn.dondoc.domain.task.TaskService.class)
                        .create(new vn.dondoc.domain.task.TaskDraft(
                                "Báo cáo sơ kết 6 tháng",
                                null,
                                null,
                                LocalDate.of(2026, 6, 30),
                                java.util.List.of(office),
                                java.util.List.of(),
                                null)))
                .value()
                .id();
        MockMvc viewer = SignIn.mvc(context, SignIn.as(Role.VIEWER, office));
        String page = html(
                viewer.perform(get("/tasks/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(page)
                .contains("Báo cáo sơ kết 6 tháng")
                .doesNotContain("/tasks/" + id + "/status")
                .doesNotContain("/tasks/" + id + "/reports")
                .doesNotContain("id=\"edit-task\"");
        assertThat(html(viewer.perform(get("/tasks")).andReturn())).doesNotContain("id=\"new-task\"");
        viewer.perform(get("/tasks/new")).andExpect(status().isForbidden());
        viewer.perform(post("/tasks/save").param("text", "x")).andExpect(status().isForbidden());
        assertThat(html(viewer.perform(get("/imports")).andReturn())).doesNotContain("enctype=\"multipart/form-data\"");

        // a clerk edits the task and imports, but changing its status or reporting progress is the leader's
        MockMvc clerkOfOffice = SignIn.mvc(context, SignIn.as(Role.CLERK, office));
        assertThat(html(clerkOfOffice.perform(get("/tasks/" + id)).andReturn()))
                .contains("id=\"edit-task\"")
                .doesNotContain("/tasks/" + id + "/status")
                .doesNotContain("/tasks/" + id + "/reports");
        assertThat(html(clerkOfOffice.perform(get("/imports")).andReturn()))
                .contains("enctype=\"multipart/form-data\"");
        MockMvc leader = SignIn.mvc(context, SignIn.as(Role.LEADER, office));
        assertThat(html(leader.perform(get("/tasks/" + id)).andReturn()))
                .contains("/tasks/" + id + "/status")
                .contains("/tasks/" + id + "/reports")
                .contains("id=\"edit-task\"");
    }
}
