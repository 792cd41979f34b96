package vn.dondoc.app.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;

/** Targets and actual values through the pages' forms: created, edited, refused with reasons next to the fields. */
@H2Config
class TargetPagesTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    Targets targets;

    MockMvc clerk;
    long labour;
    long office;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        long department =
                units.findByNameOrAbbreviation("SLĐTBXH").orElseThrow().id();
        clerk = SignIn.mvc(context, SignIn.as(Role.CLERK, department));
    }

    static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder targetForm(String path, String plannedValue) {
        return post(path)
                .accept(MediaType.TEXT_HTML)
                .param("indicator", "giải quyết việc làm")
                .param("unit", "người")
                .param("comparator", "GTE")
                .param("plannedValue", plannedValue)
                .param("period", "2025")
                .param("scope", "Phòng Lao động - Việc làm");
    }

    long version(String table, long id) {
        return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    long createTarget() throws Exception {
        String location = clerk.perform(targetForm("/targets", "24.000"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aClerkAddsATargetThroughTheFormThenEditsIt() throws Exception {
        long id = createTarget();
        Target t = targets.findTarget(id).orElseThrow();
        assertThat(t.indicatorName()).isEqualTo("giải quyết việc làm");
        assertThat(t.plannedValue()).isEqualTo(24000);
        assertThat(t.scope()).isEqualTo("Phòng Lao động - Việc làm");

        String page = html(
                clerk.perform(get("/targets/" + id)).andExpect(status().isOk()).andReturn());
        long version = version("targets", id);
        assertThat(page)
                .contains("name=\"version\" value=\"" + version + "\"")
                .contains("value=\"24.000\"")
                .contains("Lịch sử");
        clerk.perform(targetForm("/targets/" + id, "25.500").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Đã lưu chỉ tiêu."));
        assertThat(targets.findTarget(id).orElseThrow().plannedValue()).isEqualTo(25500);
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE kind = 'target' AND record_id = :id ORDER BY id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "UPDATE");

        String list =
                html(clerk.perform(get("/targets")).andExpect(status().isOk()).andReturn());
        assertThat(list)
                .contains("giải quyết việc làm")
                .contains("≥ 25.500 người")
                .contains("Thêm chỉ tiêu")
                .contains("/api/targets/export.xlsx")
                .contains("action=\"/targets/import\"");
    }

    @Test
    void aFormWithMistakesSaysWhatIsWrongNextToEachFieldAndKeepsWhatWasTyped() throws Exception {
        String page = html(clerk.perform(post("/targets")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicator", " ")
                        .param("comparator", "RANGE")
                        .param("plannedValue", "mười")
                        .param("plannedValueTo", "")
                        .param("period", "2025"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("Chưa lưu: hãy sửa các ô được đánh dấu")
                .containsPattern(
                        "name=\"indicator\"[^>]*aria-invalid=\"true\"[\\s\\S]*?class=\"field-error\">Chưa nhập")
                .containsPattern("name=\"plannedValue\"[^>]*>\\s*<small class=\"field-error\">«mười» không phải là số")
                .contains("value=\"mười\"");
        String range = html(clerk.perform(post("/targets")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicator", "tỷ lệ hộ nghèo")
                        .param("comparator", "RANGE")
                        .param("plannedValue", "3")
                        .param("plannedValueTo", "2")
                        .param("period", "2025"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(range)
                .containsPattern(
                        "name=\"plannedValueTo\"[^>]*>\\s*<small class=\"field-error\">Khoảng chỉ tiêu không hợp lệ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM targets").query(Long.class).single())
                .isZero();
    }

    @Test
    void anEditMadeOnAStalePageIsNotSavedAndSaysWhy() throws Exception {
        long id = createTarget();
        long seen = version("targets", id);
        clerk.perform(targetForm("/targets/" + id, "30.000").param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection());
        MvcResult stale = clerk.perform(targetForm("/targets/" + id, "1").param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo("/targets/" + id);
        assertThat((String) stale.getFlashMap().get("flashProblem")).contains("vừa được người khác thay đổi");
        assertThat(targets.findTarget(id).orElseThrow().plannedValue()).isEqualTo(30000);
    }

    @Test
    void staffEnterTheirUnitsActualValueWithThePercentOfPlanAndAreRefusedForAnotherUnit() throws Exception {
        long target = createTarget();
        MockMvc staff = SignIn.mvc(context, SignIn.as(Role.STAFF, labour));
        String form = html(staff.perform(get("/results/new?targetId=" + target))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form)
                .contains("Phòng Lao động - Việc làm")
                .doesNotContain("Văn phòng Sở")
                .contains("Chỉ tiêu của kỳ: ≥ 24.000 người");
        long indicator = targets.findTarget(target).orElseThrow().indicatorId();

        String location = staff.perform(post("/results")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", String.valueOf(indicator))
                        .param("period", "2025")
                        .param("reportingUnitId", String.valueOf(labour))
                        .param("actualValue", "9.997")
                        .param("unit", "người"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Result r = targets.findResult(id).orElseThrow();
        assertThat(r.actualValue()).isEqualTo(9997);
        assertThat(r.percentOfPlan()).isEqualTo(41.65);
        assertThat(r.reportingUnitId()).isEqualTo(labour);
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE kind = 'result' AND record_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("CREATE");

        String edit = html(
                staff.perform(get("/results/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(edit).contains("value=\"9.997\"").contains("value=\"41,65\"");
        staff.perform(post("/results/" + id)
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", String.valueOf(indicator))
                        .param("period", "2025")
                        .param("reportingUnitId", String.valueOf(labour))
                        .param("actualValue", "12.000")
                        .param("percentOfPlan", "41,65")
                        .param("version", String.valueOf(version("results", id))))
                .andExpect(status().is3xxRedirection());
        assertThat(targets.findResult(id).orElseThrow().percentOfPlan()).isEqualTo(50.0);

        staff.perform(post("/results")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", String.valueOf(indicator))
                        .param("period", "2025")
                        .param("reportingUnitId", String.valueOf(office))
                        .param("actualValue", "5"))
                .andExpect(status().isForbidden());
        staff.perform(post("/results/" + id)
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", String.valueOf(indicator))
                        .param("period", "2025")
                        .param("reportingUnitId", String.valueOf(office))
                        .param("actualValue", "5"))
                .andExpect(status().isForbidden());
        staff.perform(targetForm("/targets", "1")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM results").query(Long.class).single())
                .isEqualTo(1);

        String bad = html(staff.perform(post("/results")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", "")
                        .param("period", "")
                        .param("reportingUnitId", String.valueOf(labour))
                        .param("actualValue", "nhiều"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(bad)
                .containsPattern("name=\"actualValue\"[^>]*>\\s*<small class=\"field-error\">«nhiều» không phải là số")
                .containsPattern("class=\"field-error\">Chưa nhập");
        String noUnit = html(staff.perform(post("/results")
                        .accept(MediaType.TEXT_HTML)
                        .param("indicatorId", String.valueOf(indicator))
                        .param("period", "2025")
                        .param("reportingUnitId", "")
                        .param("actualValue", "5"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(noUnit).containsPattern("class=\"field-error\">Hãy chọn đơn vị báo cáo");
        String blank = html(
                staff.perform(get("/results/new")).andExpect(status().isOk()).andReturn());
        assertThat(blank)
                .containsPattern("<option value=\"" + labour + "\" selected=\"selected\">Phòng Lao động - Việc làm")
                .doesNotContain("Chung của cơ quan");
    }

    @Test
    void theUploadFormReportsEachBadLineOnThePage() throws Exception {
        createTarget();
        byte[] csv = clerk.perform(get("/api/targets/export.csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8) + ",,chỉ số mới,≥,nhiều,,,2026,,\r\n";
        String page = html(clerk.perform(multipart("/targets/import")
                        .file(new MockMultipartFile(
                                "file", "chi-tieu.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("Đã cập nhật 1 dòng, thêm mới 0 dòng, 1 dòng có lỗi")
                .contains("Dòng 3")
                .contains("Cột «Kế hoạch»: «nhiều» không phải là số.");
        String empty = html(clerk.perform(multipart("/results/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty).contains("Hãy chọn một tệp XLSX hoặc CSV.");
    }
}
