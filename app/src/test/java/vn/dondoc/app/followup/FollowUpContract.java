package vn.dondoc.app.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.DemoOrgContract;

/** A task's follow-up through the API: buckets on the working-day calendar, proposals, extensions, the timeline. */
abstract class FollowUpContract extends DemoOrgContract {
    @Autowired
    vn.dondoc.domain.followup.Recurrences recurrences;

    @Autowired
    vn.dondoc.domain.task.Tasks tasks;

    @Autowired
    vn.dondoc.domain.search.Search search;

    @Autowired
    vn.dondoc.domain.common.Transactor tx;

    long unit() {
        return units.all().get(0).id();
    }

    long task(String deadline) throws Exception {
        String lead = String.valueOf(unit());
        return body(call(post("/api/tasks")
                                .content("{\"text\":\"Rà soát hồ sơ\",\"startDate\":\"2026-01-05\"," + "\"deadline\":"
                                        + (deadline == null ? "null" : "\"" + deadline + "\"") + ",\"leadUnitIds\":["
                                        + lead + "]}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    @Test
    void aDeadlineInTetIsMetOnTheFirstWorkingDayAfterIt() throws Exception {
        long id = task("2026-02-17");
        call(get("/api/tasks/" + id + "/followup?asOf=2026-02-23"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2026-02-23"))
                .andExpect(jsonPath("$.bucket").value("OPEN_IN_TIME"));
        call(get("/api/tasks/" + id + "/followup?asOf=2026-02-24"))
                .andExpect(jsonPath("$.bucket").value("OPEN_OVERDUE"));
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-02-23\",\"unitId\":" + unit()
                                + ",\"percent\":100,\"note\":\"Xong\"}"))
                .andExpect(status().isCreated());
        call(get("/api/tasks/" + id + "/followup?asOf=2026-03-01"))
                .andExpect(jsonPath("$.bucket").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$.completedOn").value("2026-02-23"));
    }

    @Test
    void aProposalCountsOnlyOnceApprovedAndFromTheDayProposed() throws Exception {
        long id = task("2026-03-31");
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-04-02\",\"unitId\":" + unit()
                                + ",\"percent\":100,\"note\":\"Đã ban hành\",\"proposeCompletion\":true}"))
                .andExpect(status().isCreated());
        JsonNode f = body(call(get("/api/tasks/" + id + "/followup?asOf=2026-04-10")));
        assertThat(f.get("bucket").asString()).isEqualTo("OPEN_OVERDUE");
        long proposal = f.get("proposals").get(0).get("id").asLong();
        call(post("/api/completions/" + proposal + "/decision").content("{\"approve\":true,\"answer\":\"Đồng ý\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("APPROVED"));
        call(get("/api/tasks/" + id + "/followup?asOf=2026-04-10"))
                .andExpect(jsonPath("$.bucket").value("DONE_LATE"))
                .andExpect(jsonPath("$.timeline.length()").value(3));
        call(post("/api/completions/" + proposal + "/decision").content("{\"approve\":false}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anExtensionIsRequestedApprovedAndKeptInTheHistory() throws Exception {
        long id = task("2026-01-30");
        call(post("/api/tasks/" + id + "/extensions").content("{\"newDeadline\":\"2026-01-20\",\"reason\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("phải sau")));
        long ext = body(call(post("/api/tasks/" + id + "/extensions")
                                .content("{\"unitId\":" + unit()
                                        + ",\"newDeadline\":\"2026-03-31\",\"reason\":\"Chờ hướng dẫn của Bộ\"}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        call(post("/api/extensions/" + ext + "/decision").content("{\"approve\":true}"))
                .andExpect(status().isOk());
        JsonNode f = body(call(get("/api/tasks/" + id + "/followup?asOf=2026-02-15")));
        assertThat(f.get("bucket").asString()).isEqualTo("OPEN_IN_TIME");
        assertThat(f.get("deadline").asString()).isEqualTo("2026-03-31");
        assertThat(f.get("extensions").get(0).get("oldDeadline").asString()).isEqualTo("2026-01-30");
    }

    @Test
    void aDeadlineWrittenAsAQuarterOrRecurringIsKeptAsWritten() throws Exception {
        long id = task(null);
        call(put("/api/tasks/" + id + "/deadline").content("{\"text\":\"Quý II/2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2026-06-30"));
        call(put("/api/tasks/" + id + "/deadline").content("{\"text\":\"hằng năm\"}"))
                .andExpect(status().isOk());
        call(get("/api/tasks/" + id + "/followup"))
                .andExpect(jsonPath("$.statedDeadline").value("hằng năm"))
                .andExpect(jsonPath("$.recurrence").value("YEAR"));
        call(put("/api/tasks/" + id + "/deadline").content("{\"text\":\"khi nào xong\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyTheLeadUnitsStaffReportsAndAnotherUnitsStaffIsRefused() throws Exception {
        long id = task("2026-06-30");
        long other = units.all().stream()
                .filter(u -> u.id() != unit())
                .findFirst()
                .orElseThrow()
                .id();
        String body = "{\"reportedOn\":\"2026-05-04\",\"unitId\":" + unit() + ",\"percent\":20}";
        call(post("/api/tasks/" + id + "/progress")
                        .content(body)
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.STAFF, other)))
                .andExpect(status().isForbidden());
        call(post("/api/tasks/" + id + "/progress")
                        .content(body)
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.STAFF, unit())))
                .andExpect(status().isCreated());
        call(post("/api/tasks/" + id + "/extensions")
                        .content("{\"newDeadline\":\"2026-09-30\",\"reason\":\"x\"}")
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.VIEWER, null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCooperatingUnitPostsItsPartAndOnlyTheAssignerAnswersTheLeadsProposal() throws Exception {
        long department =
                units.findByNameOrAbbreviation("SLĐTBXH").orElseThrow().id();
        long id = body(call(post("/api/tasks")
                                .content("{\"text\":\"Tổng hợp báo cáo\",\"startDate\":\"2026-01-05\","
                                        + "\"deadline\":\"2026-06-30\",\"leadUnitIds\":[" + labour
                                        + "],\"cooperatingUnitIds\":[" + office + "]}"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        var leadStaff = vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.STAFF, labour);
        var leadLeader = vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.LEADER, labour);
        var helperStaff = vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.STAFF, office);
        var departmentLeader = vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.LEADER, department);

        // the cooperating unit posts its own part, never in the lead unit's name
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-03-02\",\"unitId\":" + office
                                + ",\"percent\":100,\"note\":\"Đã gửi số liệu\"}")
                        .with(helperStaff))
                .andExpect(status().isCreated());
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-03-02\",\"unitId\":" + labour + ",\"percent\":100}")
                        .with(helperStaff))
                .andExpect(status().isForbidden());
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-03-02\",\"percent\":100}")
                        .with(helperStaff))
                .andExpect(status().isForbidden());
        JsonNode f = body(call(get("/api/tasks/" + id + "/followup?asOf=2026-03-03")));
        assertThat(f.get("bucket").asString()).isEqualTo("OPEN_IN_TIME"); // a helper's 100 % is its part only
        assertThat(f.get("timeline").toString()).contains("Đã gửi số liệu");

        // the lead unit proposes completion; neither its staff nor its own leader may answer
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-03-10\",\"unitId\":" + labour
                                + ",\"percent\":100,\"proposeCompletion\":true}")
                        .with(leadStaff))
                .andExpect(status().isCreated());
        long proposal = body(call(get("/api/tasks/" + id + "/followup?asOf=2026-03-10")))
                .get("proposals")
                .get(0)
                .get("id")
                .asLong();
        String yes = "{\"approve\":true,\"answer\":\"Đồng ý\"}";
        call(post("/api/completions/" + proposal + "/decision").content(yes).with(leadStaff))
                .andExpect(status().isForbidden());
        call(post("/api/completions/" + proposal + "/decision").content(yes).with(leadLeader))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/tasks/" + id + "/followup").with(leadStaff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Chờ người giao nhiệm vụ trả lời").doesNotContain("/followup/completions/");
        // the page names its task, and offers only the task's units the person answers for, the lead chosen:
        // no form whose sending answers 403
        assertThat(page)
                .contains("Tổng hợp báo cáo")
                .containsPattern("<option value=\"" + labour + "\"[^>]*selected")
                .doesNotContain("<option value=\"" + office + "\"")
                .doesNotContain("<option value=\"" + department + "\"");
        String helperPage = mvc.perform(get("/tasks/" + id + "/followup").with(helperStaff))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(helperPage)
                .contains("id=\"progress-form\"", "<option value=\"" + office + "\"")
                .doesNotContain("<option value=\"" + labour + "\"");
        String viewerPage = mvc.perform(get("/tasks/" + id + "/followup")
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.VIEWER, null)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(viewerPage)
                .contains("Tổng hợp báo cáo")
                .doesNotContain("progress-form", "/followup/extensions\"", "/followup/deadline\"");
        page = mvc.perform(get("/tasks/" + id + "/followup").with(departmentLeader))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("/followup/completions/" + proposal);
        call(post("/api/completions/" + proposal + "/decision").content(yes).with(departmentLeader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("APPROVED"));
        call(get("/api/tasks/" + id + "/followup?asOf=2026-03-11"))
                .andExpect(jsonPath("$.bucket").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$.completedOn").value("2026-03-10"));
    }

    @Test
    void theFollowUpPageShowsTheBucketAndTheTimeline() throws Exception {
        long id = task("2026-01-12");
        call(post("/api/tasks/" + id + "/progress")
                        .content("{\"reportedOn\":\"2026-01-08\",\"unitId\":" + unit()
                                + ",\"percent\":30,\"note\":\"Đang soạn\"}"))
                .andExpect(status().isCreated());
        call(post("/api/tasks/" + id + "/extensions")
                        .content("{\"newDeadline\":\"2026-09-30\",\"reason\":\"Chờ số liệu\"}")
                        .with(vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.STAFF, unit())))
                .andExpect(status().isCreated());
        String html = mvc.perform(get("/tasks/" + id + "/followup"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Chưa hoàn thành, quá hạn")
                .contains("Đang soạn")
                .contains("08/01/2026");
        // the pending request is answered on the page: approve or reject, with a note, behind the form's token
        assertThat(html)
                .containsPattern("action=\"/tasks/" + id
                        + "/followup/extensions/\\d+\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .contains(
                        "Chờ số liệu",
                        "name=\"answer\"",
                        "name=\"approve\" value=\"true\"",
                        "name=\"approve\" value=\"false\"");
    }

    /**
     * Issue 11 (f): a recurring duty ("hằng quý") gets its next task when its quarter rolls over, on a fixed clock;
     * running the job again creates nothing more; quarters missed are each made.
     */
    @Test
    void aRecurringTaskGetsItsNextInstanceWhenItsPeriodRollsOver() throws Exception {
        long id = task("2026-03-31");
        String due = body(call(put("/api/tasks/" + id + "/deadline").content("{\"text\":\"hằng quý\"}"))
                        .andExpect(status().isOk()))
                .get("deadline")
                .asString();
        java.time.LocalDate rootDue = java.time.LocalDate.parse(due);
        java.time.LocalDate dayAfter = rootDue.plusDays(1);
        java.time.LocalDate nextDue =
                dayAfter.plusMonths(2).withDayOfMonth(dayAfter.plusMonths(2).lengthOfMonth());
        vn.dondoc.domain.followup.RecurringTasks onTheDayAfter = new vn.dondoc.domain.followup.RecurringTasks(
                recurrences,
                tasks,
                search,
                tx,
                java.time.Clock.fixed(
                        dayAfter.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        assertThat(new vn.dondoc.domain.followup.RecurringTasks(
                                recurrences,
                                tasks,
                                search,
                                tx,
                                java.time.Clock.fixed(
                                        rootDue.atStartOfDay(java.time.ZoneOffset.UTC)
                                                .toInstant(),
                                        java.time.ZoneOffset.UTC))
                        .rollOver())
                .as("on the quarter's last day")
                .isZero();
        assertThat(onTheDayAfter.rollOver()).isEqualTo(1);
        assertThat(onTheDayAfter.rollOver()).as("the job run twice").isZero();

        var rows = jdbc.sql("SELECT id, deadline, series_id, instance_due, deadline_text, recurrence, status FROM tasks"
                        + " ORDER BY id")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(2);
        var next = rows.get(1);
        assertThat(((Number) next.get("series_id")).longValue()).isEqualTo(id);
        assertThat(next.get("deadline").toString()).isEqualTo(nextDue.toString());
        assertThat(next.get("instance_due").toString()).isEqualTo(nextDue.toString());
        assertThat(next.get("deadline_text")).isEqualTo("hằng quý");
        assertThat(next.get("recurrence")).isEqualTo("QUARTER");
        assertThat(next.get("status")).isEqualTo("NEW");
        long nextId = ((Number) next.get("id")).longValue();
        assertThat(tasks.find(nextId).orElseThrow().lead())
                .extracting(p -> p.unitId())
                .containsExactly(unit());
        // the new instance is followed like any task
        call(get("/api/tasks/" + nextId + "/followup"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recurrence").value("QUARTER"));

        // half a year later: the two quarters since are made, each once
        java.time.LocalDate later = nextDue.plusMonths(4);
        assertThat(new vn.dondoc.domain.followup.RecurringTasks(
                                recurrences,
                                tasks,
                                search,
                                tx,
                                java.time.Clock.fixed(
                                        later.atStartOfDay(java.time.ZoneOffset.UTC)
                                                .toInstant(),
                                        java.time.ZoneOffset.UTC))
                        .rollOver())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks WHERE series_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
