package vn.dondoc.app.publicdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.dashboard.PublicDashboardSetting;
import vn.dondoc.domain.org.OrgUnits;

/** The public dashboard: off until an administrator turns it on (audited), then aggregate figures only. */
@H2Config
class PublicDashboardTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    PublicDashboardSetting setting;

    MockMvc admin;
    MockMvc anyone;
    long labour;

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        setting.enable(false);
        admin = SignIn.mvc(context, SignIn.admin());
        anyone = SignIn.mvc(context, SignIn.nobody());
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        jdbc.sql(
                        "INSERT INTO people (name, name_key, titles, unit_id) VALUES ('Nguyễn Văn Bình', 'nguyen van binh', 'Giám đốc', :u)")
                .param("u", labour)
                .update();
        long task = task("Kiểm tra an toàn lao động tại 12 cơ sở", "2026-01-30");
        admin.perform(post("/api/tasks/" + task + "/progress")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedOn\":\"2026-01-20\",\"unitId\":" + labour + ",\"percent\":100,"
                                + "\"note\":\"Ông Nguyễn Văn Bình chủ trì\"}"))
                .andExpect(status().isCreated());
        task("Rà soát hộ nghèo năm 2026 (mật)", "2026-02-27");
        admin.perform(
                        post("/api/targets")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\":"
                                                + "\"giải quyết việc làm\",\"comparator\":\"GTE\",\"plannedValue\":24000,\"unit\":\"người\",\"period\":\"2026\"}"))
                .andExpect(status().isCreated());
        admin.perform(
                        post("/api/results")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indicator\":"
                                                + "\"giải quyết việc làm\",\"actualValue\":9997,\"unit\":\"người\",\"period\":\"2026\"}"))
                .andExpect(status().isCreated());
    }

    @AfterEach
    void tearDown() {
        setting.enable(false);
    }

    long task(String text, String deadline) throws Exception {
        String body = admin.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"" + text + "\",\"startDate\":\"2026-01-02\",\"deadline\":\"" + deadline
                                + "\",\"leadUnitIds\":[" + labour + "]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(body)
                .get("id")
                .asLong();
    }

    String publicPage() throws Exception {
        return anyone.perform(get("/cong-khai/tong-quan").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicDashboardIsNotFoundUntilAnAdministratorTurnsItOn() throws Exception {
        String off = anyone.perform(get("/cong-khai/tong-quan").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(off).doesNotContain("Kiểm tra an toàn lao động").doesNotContain("giải quyết việc làm");

        admin.perform(post("/quan-tri/cong-khai").param("enabled", "true")).andExpect(status().is3xxRedirection());
        assertThat(publicPage()).contains("Tình hình thực hiện nhiệm vụ (công khai)");
        // the change is in the audit trail, with the setting before and after
        assertThat(jdbc.sql("SELECT action, outcome, before, after FROM audit_events WHERE kind = 'publicDashboard'"
                                + " AND action = 'ADMINISTER' AND after IS NOT NULL ORDER BY id DESC LIMIT 1")
                        .query((rs, n) ->
                                rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                        .single())
                .isEqualTo("ADMINISTER DONE {\"enabled\":false} {\"enabled\":true}");

        admin.perform(post("/quan-tri/cong-khai").param("enabled", "false")).andExpect(status().is3xxRedirection());
        anyone.perform(get("/cong-khai/tong-quan").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdministratorMayTurnItOnOrSeeTheSwitch() throws Exception {
        admin.perform(post("/quan-tri/cong-khai").param("enabled", "true").with(SignIn.as(Role.LEADER, null)))
                .andExpect(status().isForbidden());
        admin.perform(get("/quan-tri/cong-khai").with(SignIn.as(Role.CLERK, labour)))
                .andExpect(status().isForbidden());
        anyone.perform(post("/quan-tri/cong-khai").param("enabled", "true")).andExpect(status().is3xxRedirection());
        assertThat(setting.enabled()).isFalse();
        String page = admin.perform(get("/quan-tri/cong-khai"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đang tắt").contains("Bật trang công khai");
    }

    @Test
    void itShowsFiguresPerUnitAndTargetsBelowPlanButNoTaskPersonOrDocument() throws Exception {
        setting.enable(true);
        String page = publicPage();
        String lab = units.find(labour).orElseThrow().name();
        assertThat(page)
                .contains(lab)
                .contains("1/2 — 50%")
                .contains("giải quyết việc làm")
                .contains("41,65%");
        assertThat(page)
                .doesNotContain("Kiểm tra an toàn lao động")
                .doesNotContain("Rà soát hộ nghèo")
                .doesNotContain("Nguyễn Văn Bình")
                .doesNotContain("/tasks/")
                .doesNotContain("/documents/")
                .doesNotContain("/api/");
        // read-only: nothing to post, no form at all
        assertThat(page).doesNotContain("<form");
    }
}
