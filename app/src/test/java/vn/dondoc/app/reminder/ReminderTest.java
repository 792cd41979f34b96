package vn.dondoc.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;

/** The bell's count and the daily digest, mailed to a real SMTP server (GreenMail) running in the test. */
@H2Config
class ReminderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("dondoc.smtp.host", () -> "127.0.0.1");
        r.add("dondoc.smtp.port", () -> SMTP.getSmtp().getPort());
        r.add("dondoc.smtp.from", () -> "dondoc@soldtbxh.example");
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    MockMvc mvc;
    long labour;
    long office;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        jdbc.sql("DELETE FROM reminder_recipients").update();
        demo.seedOrganisation();
        mvc = SignIn.mvc(context, SignIn.admin());
        labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
    }

    /** Every request of this class goes through here, signed in as admin unless told otherwise. */
    ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON));
    }

    void task(long unit, String text, String deadline) throws Exception {
        call(post("/api/tasks")
                        .content("{\"text\":\"" + text + "\",\"startDate\":\"2026-01-02\",\"deadline\":\"" + deadline
                                + "\",\"leadUnitIds\":[" + unit + "]}"))
                .andExpect(status().isCreated());
    }

    @Test
    void theBellCountsTheAskersTasksAndTheDigestIsMailedPerUnit() throws Exception {
        task(labour, "Báo cáo sơ kết", "2026-02-09"); // overdue on 12/02
        task(labour, "Trình kế hoạch", "2026-02-17"); // Tết: due 23/02, within 3 working days
        task(labour, "Tổng kết năm", "2026-12-31"); // not yet
        task(office, "Rà soát văn bản", "2026-02-12"); // due today

        call(get("/api/reminders?asOf=2026-02-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3));
        call(get("/api/reminders?asOf=2026-02-12").with(SignIn.as(Role.STAFF, labour)))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.reminders[0].kind").value("OVERDUE"));

        call(post("/api/reminder-recipients")
                        .content("{\"unitId\":" + labour + ",\"email\":\"ldvl@soldtbxh.example\"}"))
                .andExpect(status().isCreated());
        call(post("/api/reminder-recipients")
                        .content("{\"unitId\":" + office
                                + ",\"email\":\"chanh.van.phong@soldtbxh.example\",\"username\":\"cvp\"}"))
                .andExpect(status().isCreated());
        // one rule for every e-mail address typed (TextLimits.email): 422 naming the field
        call(post("/api/reminder-recipients").content("{\"unitId\":" + office + ",\"email\":\"khong-hop-le\"}"))
                .andExpect(status().is(422));
        call(post("/api/reminders/digest?asOf=2026-02-12").with(SignIn.as(Role.STAFF, labour)))
                .andExpect(status().isForbidden());

        call(post("/api/reminders/digest?asOf=2026-02-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digests").value(2));
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(2);
        MimeMessage toLabour = null;
        for (MimeMessage m : mails) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains("ldvl@")) {
                toLabour = m;
            }
        }
        assertThat(toLabour).isNotNull();
        assertThat(toLabour.getSubject()).startsWith("[Đôn đốc] 2 nhiệm vụ cần chú ý");
        String body = GreenMailUtil.getBody(toLabour);
        if (toLabour.getContent() instanceof String text) {
            body = text;
        }
        assertThat(body)
                .contains("Quá hạn từ 09/02/2026 (3 ngày làm việc): Báo cáo sơ kết")
                .contains("Sắp đến hạn 23/02/2026 (còn 2 ngày làm việc): Trình kế hoạch")
                .doesNotContain("Tổng kết năm");

        String page = mvc.perform(get("/tasks").with(SignIn.as(Role.STAFF, labour)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"bell\"");
    }

    @Test
    void aPersonsDigestHoldsOnlyWhatTheyReadAndAUnitsEverythingOfItsSubtree() throws Exception {
        long department =
                units.findByNameOrAbbreviation("SLĐTBXH").orElseThrow().id();
        task(labour, "Báo cáo sơ kết", "2026-02-09"); // overdue on 12/02
        task(office, "Rà soát văn bản", "2026-02-12"); // due today
        accounts.create(
                "cv.ldvl", "Nguyễn Văn Lao", "{noop}x", false, java.util.List.of(new Grant(Role.STAFF, labour)));

        call(post("/api/reminder-recipients")
                        .content("{\"unitId\":" + department + ",\"email\":\"so@soldtbxh.example\"}"))
                .andExpect(status().isCreated());
        call(post("/api/reminder-recipients")
                        .content("{\"unitId\":" + department
                                + ",\"email\":\"lao.nv@soldtbxh.example\",\"username\":\"cv.ldvl\"}"))
                .andExpect(status().isCreated());
        call(post("/api/reminders/digest?asOf=2026-02-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.digests").value(2));
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();

        String toUnit = null;
        String toPerson = null;
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            String to = GreenMailUtil.getAddressList(m.getAllRecipients());
            String body = m.getContent() instanceof String text ? text : GreenMailUtil.getBody(m);
            if (to.contains("so@")) {
                toUnit = body;
            } else if (to.contains("lao.nv@")) {
                toPerson = body;
                assertThat(m.getSubject()).startsWith("[Đôn đốc] 1 nhiệm vụ cần chú ý");
            }
        }
        assertThat(toUnit).contains("Báo cáo sơ kết").contains("Rà soát văn bản");
        assertThat(toPerson)
                .startsWith("Kính gửi Nguyễn Văn Lao.")
                .contains("Báo cáo sơ kết")
                .doesNotContain("Rà soát văn bản");
    }
}
