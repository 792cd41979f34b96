package vn.dondoc.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.DemoOrgContract;

/** GET /api/dashboard and /dashboard: buckets per unit and program, rates, lists, scopes, and speed on many tasks. */
abstract class DashboardContract extends DemoOrgContract {
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 12); // a Thursday, just before Tết Bính Ngọ

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    vn.dondoc.domain.workday.WorkdayService workdays;

    long task(long unit, String deadline) throws Exception {
        return task(unit, "Nhiệm vụ " + deadline, deadline);
    }

    void done(long task, long unit, String day) throws Exception {
        progress(task, unit, day, 100);
    }

    JsonNode row(JsonNode rows, long id) {
        for (JsonNode r : rows) {
            if (r.get("id") != null && !r.get("id").isNull() && r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + rows);
    }

    @Test
    void bucketsPerUnitRatesAndListsFollowTheWorkingDayCalendar() throws Exception {
        done(task(labour, "2026-01-30"), labour, "2026-01-29"); // done on time
        done(task(labour, "2026-01-31"), labour, "2026-02-03"); // Saturday deadline → Monday 2/2: late
        task(labour, "2026-02-07"); // Saturday → Monday 9/2, now overdue
        task(labour, "2026-02-16"); // Tết → 23/2: in time, due within 7 working days
        task(office, "2026-02-14"); // Saturday before Tết → 23/2: in time, due soon
        task(office, "2026-06-30"); // in time, not soon
        long cancelled = task(office, "2026-01-05");
        call(post("/api/tasks/" + cancelled + "/status").content("{\"status\":\"CANCELLED\"}"))
                .andExpect(status().isOk());

        JsonNode d = body(call(get("/api/dashboard?asOf=" + AS_OF)).andExpect(status().isOk()));
        assertThat(d.get("totals").get("DONE_ON_TIME").asLong()).isEqualTo(1);
        assertThat(d.get("totals").get("DONE_LATE").asLong()).isEqualTo(1);
        assertThat(d.get("totals").get("OPEN_OVERDUE").asLong()).isEqualTo(1);
        assertThat(d.get("totals").get("OPEN_IN_TIME").asLong()).isEqualTo(3);
        assertThat(d.get("completion").get("text").asString()).isEqualTo("2/6 — 33,33%");
        JsonNode lab = row(d.get("units"), labour);
        assertThat(lab.get("completion").get("text").asString()).isEqualTo("2/4 — 50%");
        assertThat(lab.get("buckets").get("OPEN_OVERDUE").asLong()).isEqualTo(1);
        assertThat(row(d.get("units"), office)
                        .get("buckets")
                        .get("OPEN_IN_TIME")
                        .asLong())
                .isEqualTo(2);
        assertThat(d.get("overdue")).hasSize(1);
        assertThat(d.get("overdue").get(0).get("deadline").asString()).isEqualTo("2026-02-07");
        List<String> soon = new ArrayList<>();
        d.get("dueSoon").forEach(t -> soon.add(t.get("deadline").asString()));
        assertThat(soon).containsExactly("2026-02-14", "2026-02-16");
        assertThat(d.get("week")).hasSize(7);
        assertThat(d.get("week").get(0).get("date").asString()).isEqualTo("2026-02-09");

        JsonNode unitView = body(call(get("/api/dashboard?asOf=" + AS_OF + "&unit=" + office)));
        assertThat(unitView.get("completion").get("text").asString()).isEqualTo("0/2 — 0%");
        long parent = units.find(labour).orElseThrow().parentId();
        JsonNode subtree = body(call(get("/api/dashboard?asOf=" + AS_OF + "&unit=" + parent)));
        assertThat(subtree.get("completion").get("total").asLong()).isEqualTo(6);
        call(get("/api/dashboard?unit=999999")).andExpect(status().isNotFound());
        long gone = task(office, "2026-06-29");
        call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/tasks/" + gone))
                .andExpect(status().isNoContent());
        assertThat(body(call(get("/api/dashboard?asOf=" + AS_OF)))
                        .get("completion")
                        .get("total")
                        .asLong())
                .isEqualTo(6);

        // someone granted one unit sees that unit's subtree, and may not ask for another's
        var officeViewer = vn.dondoc.app.access.SignIn.as(vn.dondoc.domain.access.Role.VIEWER, office);
        JsonNode own = body(
                call(get("/api/dashboard?asOf=" + AS_OF).with(officeViewer)).andExpect(status().isOk()));
        assertThat(own.get("unitId").asLong()).isEqualTo(office);
        assertThat(own.get("completion").get("text").asString()).isEqualTo("0/2 — 0%");
        call(get("/api/dashboard?asOf=" + AS_OF + "&unit=" + labour).with(officeViewer))
                .andExpect(status().isForbidden());

        String page = mvc.perform(get("/dashboard?asOf=" + AS_OF))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("2/6 — 33,33%")
                .contains("2/4 — 50%")
                .contains("echarts.min.js")
                .contains("Nhiệm vụ 2026-02-07");
    }

    /**
     * The database folds tasks whose bucket cannot differ on the day: the figures equal those of bucketing every task
     * one by one on the working-day calendar, around Tết, a weekend and a day off, done late, done after the day,
     * done without a day, undated and cancelled.
     */
    @Test
    void foldedGroupsGiveTheBucketsOfEveryTaskOneByOne() throws Exception {
        java.util.Random r = new java.util.Random(13);
        String[] statuses = {"NEW", "IN_PROGRESS", "DONE", "DONE", "CANCELLED"};
        LocalDate first = LocalDate.of(2026, 1, 20);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            LocalDate deadline = r.nextInt(15) == 0 ? null : first.plusDays(r.nextInt(50));
            String status = statuses[r.nextInt(statuses.length)];
            LocalDate completed = !status.equals("DONE") || r.nextInt(10) == 0 ? null : first.plusDays(r.nextInt(55));
            rows.add(new Object[] {"Nhiệm vụ gộp " + i, deadline, status, completed});
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO tasks (body, deadline, status, progress, completed_on) VALUES (?, ?, ?, 0, ?)", rows);
        // two units lead most tasks (some both, one twice), a few have no lead
        jdbc.sql("INSERT INTO task_parties (task_id, role, raw_name, unit_id) SELECT id, 'LEAD', 'x',"
                        + " CASE WHEN MOD(id, 3) = 0 THEN :a ELSE :b END FROM tasks WHERE MOD(id, 11) <> 0")
                .param("a", labour)
                .param("b", office)
                .update();
        jdbc.sql("INSERT INTO task_parties (task_id, role, raw_name, unit_id) SELECT id, 'LEAD', 'y', :a FROM tasks"
                        + " WHERE MOD(id, 7) = 0")
                .param("a", labour)
                .update();
        var timeliness = new vn.dondoc.domain.followup.Timeliness(workdays.calendar());
        record Task(long id, String status, LocalDate deadline, LocalDate completed, List<Long> leads) {}
        java.util.Map<Long, List<Long>> leads = new java.util.HashMap<>();
        jdbc.sql("SELECT DISTINCT task_id, unit_id FROM task_parties WHERE role = 'LEAD'")
                .query(rs -> {
                    leads.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                            .add(rs.getLong("unit_id"));
                });
        List<Task> tasks = jdbc.sql("SELECT id, status, deadline, completed_on FROM tasks")
                .query((rs, n) -> new Task(
                        rs.getLong("id"),
                        rs.getString("status"),
                        vn.dondoc.app.jdbc.Rows.date(rs, "deadline"),
                        vn.dondoc.app.jdbc.Rows.date(rs, "completed_on"),
                        leads.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        for (String asOf :
                List.of("2026-02-12", "2026-02-18", "2026-02-23", "2026-01-31", "2026-03-02", "2026-03-20")) {
            LocalDate day = LocalDate.parse(asOf);
            java.util.Map<String, Long> totals = new java.util.TreeMap<>();
            java.util.Map<Long, java.util.Map<String, Long>> perUnit = new java.util.HashMap<>();
            for (Task t : tasks) {
                timeliness
                        .bucket(vn.dondoc.domain.task.TaskStatus.valueOf(t.status()), t.deadline(), t.completed(), day)
                        .ifPresent(b -> {
                            totals.merge(b.name(), 1L, Long::sum);
                            t.leads()
                                    .forEach(u -> perUnit.computeIfAbsent(u, k -> new java.util.TreeMap<>())
                                            .merge(b.name(), 1L, Long::sum));
                        });
            }
            JsonNode d = body(call(get("/api/dashboard?asOf=" + asOf)).andExpect(status().isOk()));
            assertThat(nonZero(d.get("totals"))).as("totals on " + asOf).isEqualTo(totals);
            for (long unit : List.of(labour, office)) {
                assertThat(nonZero(row(d.get("units"), unit).get("buckets")))
                        .as("unit " + unit + " on " + asOf)
                        .isEqualTo(perUnit.get(unit));
            }
        }
    }

    private static java.util.Map<String, Long> nonZero(JsonNode buckets) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        buckets.properties().forEach(e -> {
            if (e.getValue().asLong() != 0) {
                out.put(e.getKey(), e.getValue().asLong());
            }
        });
        return out;
    }

    @Test
    void aTargetBelowPlanShowsItsFiguresAsVietnameseWriteThem() throws Exception {
        call(post("/api/targets")
                        .content("{\"indicator\":\"tỷ lệ lao động qua đào tạo\",\"comparator\":\"GTE\","
                                + "\"plannedValue\":70,\"unit\":\"%\",\"period\":\"2025\"}"))
                .andExpect(status().isCreated());
        call(post("/api/results")
                        .content("{\"indicator\":\"tỷ lệ lao động qua đào tạo\",\"actualValue\":68.5,"
                                + "\"unit\":\"%\",\"period\":\"2025\",\"reportingUnitId\":" + labour + "}"))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/dashboard?asOf=2026-01-15"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // 68,5 is not rounded to 69; the percent of plan has its two decimals, with a decimal comma
        assertThat(page).contains(">68,5 %<").contains(">70<").containsPattern(">97,8[56]%<");
    }

    @Test
    void theChartLibraryIsServedByTheApp() throws Exception {
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void aProvincesTasksAreCountedInTheDatabase() throws Exception {
        int n = 20_000;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate deadline = LocalDate.of(2025, 1, 1).plusDays(i % 500);
            rows.add(new Object[] {
                "Nhiệm vụ " + i,
                deadline,
                i % 3 == 0 ? "DONE" : "IN_PROGRESS",
                i % 3 == 0 ? deadline.plusDays(i % 5 - 2) : null
            });
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO tasks (body, deadline, status, progress, completed_on) VALUES (?, ?, ?, 0, ?)", rows);
        jdbc.sql("INSERT INTO task_parties (task_id, role, raw_name, unit_id) SELECT id, 'LEAD', 'x',"
                        + " CASE WHEN MOD(id, 2) = 0 THEN :a ELSE :b END FROM tasks")
                .param("a", labour)
                .param("b", office)
                .update();
        call(get("/api/dashboard?asOf=2026-01-15")).andExpect(status().isOk()); // warm up
        long start = System.nanoTime();
        JsonNode d = body(call(get("/api/dashboard?asOf=2026-01-15")).andExpect(status().isOk()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(d.get("completion").get("total").asLong()).isEqualTo(n);
        System.out.println("dashboard over " + n + " tasks: " + millis + " ms");
    }
}
