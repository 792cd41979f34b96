package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;

/** Two editors of one task (no lost update, 409 with the current values) and the audit trail of what they did. */
public abstract class AuditAndVersionsContract {
    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    MockMvc leaderOfVp;
    MockMvc admin;
    long vp;
    long ldvl;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        ldvl = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        leaderOfVp = SignIn.mvc(context, SignIn.as(Role.LEADER, vp));
        admin = SignIn.mvc(context, SignIn.admin());
    }

    private static String body(MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long createTask(MockMvc who, String text, long lead) throws Exception {
        String json = body(who.perform(post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\", \"leadUnitIds\": [" + lead + "]}"))
                .andExpect(status().isCreated())
                .andReturn());
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    private static String edit(String text, long lead) {
        return "{\"text\": \"" + text + "\", \"leadUnitIds\": [" + lead + "]}";
    }

    @Test
    void twoClientsEditTheSameTaskAndTheStaleOneGets409WithTheCurrentValues() throws Exception {
        long id = createTask(leaderOfVp, "Rà soát hồ sơ người có công", vp);
        String seenByLeader = leaderOfVp
                .perform(get("/api/tasks/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        String seenByAdmin =
                admin.perform(get("/api/tasks/" + id)).andReturn().getResponse().getHeader("ETag");
        assertThat(seenByLeader).isEqualTo("\"1\"").isEqualTo(seenByAdmin);

        leaderOfVp
                .perform(put("/api/tasks/" + id)
                        .header("If-Match", seenByLeader)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit("Rà soát hồ sơ người có công, xong trước 30/6", vp)))
                .andExpect(status().isOk());
        admin.perform(put("/api/tasks/" + id)
                        .header("If-Match", seenByAdmin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit("Bản sửa của quản trị", vp)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Dữ liệu đã bị người khác thay đổi"))
                .andExpect(jsonPath("$.detail")
                        .value(Matchers.containsString("bạn sửa trên phiên bản 1, hiện là phiên bản 2")))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.current.task.text").value("Rà soát hồ sơ người có công, xong trước 30/6"));
        // nothing was overwritten; with the fresh version the admin's change goes through
        leaderOfVp
                .perform(get("/api/tasks/" + id))
                .andExpect(jsonPath("$.task.text").value("Rà soát hồ sơ người có công, xong trước 30/6"))
                .andExpect(header().string("ETag", "\"2\""));
        admin.perform(post("/api/tasks/" + id + "/status")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CANCELLED\"}"))
                .andExpect(status().isConflict());
        admin.perform(put("/api/tasks/" + id)
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit("Bản sửa của quản trị", vp)))
                .andExpect(status().isOk());
    }

    @Test
    void aStaleFormOnTheTaskPageLeadsBackToItWithAClearMessage() throws Exception {
        long id = createTask(leaderOfVp, "Tổng hợp báo cáo quý", vp);
        String page = body(leaderOfVp
                .perform(get("/tasks/" + id))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("name=\"version\" value=\"1\"");
        // somebody else changes the task meanwhile
        admin.perform(post("/api/tasks/" + id + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\"}"))
                .andExpect(status().isOk());
        MvcResult r = leaderOfVp
                .perform(
                        post("/tasks/" + id + "/status").param("status", "DONE").param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + id);
        assertThat(String.valueOf(r.getFlashMap().get("flashProblem"))).contains("vừa được người khác thay đổi");
        leaderOfVp
                .perform(get("/api/tasks/" + id))
                .andExpect(jsonPath("$.task.status").value("IN_PROGRESS"));
    }

    @Test
    void theAuditTrailSaysWhoDidWhatWithTheFieldsBeforeAndAfter() throws Exception {
        long id = createTask(leaderOfVp, "Kiểm tra an toàn lao động", vp);
        leaderOfVp
                .perform(post("/api/tasks/" + id + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\"}"))
                .andExpect(status().isOk());
        leaderOfVp
                .perform(post("/api/tasks/" + id + "/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedOn\": \"2024-03-01\", \"unitId\": " + vp
                                + ", \"percent\": 50, \"note\": \"Đã kiểm tra 3/6 đơn vị\"}"))
                .andExpect(status().isCreated());
        // a viewer of another unit tries to cancel it: refused, and written down
        SignIn.mvc(context, SignIn.as(Role.STAFF, ldvl))
                .perform(post("/api/tasks/" + id + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CANCELLED\"}"))
                .andExpect(status().isForbidden());

        String trail =
                body(admin.perform(get("/api/audit").param("kind", "task").param("id", String.valueOf(id)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$[*].action")
                                .value(Matchers.contains("CREATE", "CHANGE_STATUS", "POST_PROGRESS", "CHANGE_STATUS")))
                        .andExpect(jsonPath("$[*].outcome").value(Matchers.contains("DONE", "DONE", "DONE", "REFUSED")))
                        .andExpect(jsonPath("$[0].actor").value("leader." + vp))
                        .andExpect(jsonPath("$[3].actor").value("staff." + ldvl))
                        .andReturn());
        assertThat(trail).contains("\\\"status\\\":\\\"NEW\\\"", "\\\"status\\\":\\\"IN_PROGRESS\\\"");
        assertThat(jdbc.sql("SELECT address FROM audit_events WHERE record_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsOnly("127.0.0.1");

        String page = body(leaderOfVp.perform(get("/tasks/" + id)).andReturn());
        assertThat(page)
                .contains(
                        "Lịch sử thay đổi",
                        "đổi trạng thái",
                        "leader." + vp,
                        "bị từ chối",
                        "Trạng thái",
                        "Đang thực hiện",
                        "Mới giao");

        admin.perform(delete("/api/tasks/" + id)).andExpect(status().isNoContent());
        admin.perform(get("/api/audit").param("kind", "task").param("id", String.valueOf(id)))
                .andExpect(jsonPath("$[4].action").value("DELETE"))
                .andExpect(jsonPath("$[4].after").doesNotExist());
    }

    @Test
    void aDeletedTaskIsKeptHiddenAndAnAdministratorRestoresIt() throws Exception {
        long id = createTask(leaderOfVp, "Báo cáo sơ kết 6 tháng", vp);
        leaderOfVp.perform(delete("/api/tasks/" + id)).andExpect(status().isNoContent());
        leaderOfVp.perform(get("/api/tasks/" + id)).andExpect(status().isNotFound());
        leaderOfVp.perform(get("/api/tasks")).andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks WHERE id = :id AND deleted_at IS NOT NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        leaderOfVp.perform(get("/api/trash/tasks")).andExpect(status().isForbidden());
        leaderOfVp
                .perform(post("/api/tasks/" + id + "/restore"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị viên mới được xem và khôi phục bản ghi đã xóa."));
        admin.perform(get("/api/trash/tasks"))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].text").value("Báo cáo sơ kết 6 tháng"));
        admin.perform(post("/api/tasks/" + id + "/restore"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Báo cáo sơ kết 6 tháng"));
        leaderOfVp
                .perform(get("/api/tasks/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.parties[0].unitId").value(vp));
        admin.perform(post("/api/tasks/" + id + "/restore")).andExpect(status().isNotFound());
        admin.perform(get("/api/audit").param("kind", "task").param("id", String.valueOf(id)))
                .andExpect(jsonPath("$[*].action").value(Matchers.contains("CREATE", "DELETE", "RESTORE", "RESTORE")))
                .andExpect(jsonPath("$[*].outcome").value(Matchers.contains("DONE", "DONE", "REFUSED", "DONE")))
                .andExpect(jsonPath("$[3].before").doesNotExist())
                .andExpect(jsonPath("$[3].after").value(Matchers.containsString("Báo cáo sơ kết 6 tháng")));
    }

    @Test
    void aDeletedDocumentIsHiddenWithItsRecordsAndRestoringItGivesEveryRowBackUnchanged() throws Exception {
        demo.load();
        long doc = jdbc.sql(
                        "SELECT document_id FROM tasks GROUP BY document_id ORDER BY COUNT(*) DESC, document_id LIMIT 1")
                .query(Long.class)
                .single();
        String number = jdbc.sql("SELECT doc_number FROM documents WHERE id = :d")
                .param("d", doc)
                .query(String.class)
                .single();
        java.util.List<Long> taskIds = jdbc.sql("SELECT id FROM tasks WHERE document_id = :d ORDER BY id")
                .param("d", doc)
                .query(Long.class)
                .list();
        assertThat(taskIds).hasSizeGreaterThan(2);
        // what hangs on the document: a progress report on one task, a task deleted on its own before, an agenda item,
        // a target and a result read from it
        admin.perform(post("/api/tasks/" + taskIds.get(0) + "/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedOn\": \"2024-03-01\", \"percent\": 40, \"note\": \"Đã làm 2/5 việc\"}"))
                .andExpect(status().isCreated());
        admin.perform(delete("/api/tasks/" + taskIds.get(1))).andExpect(status().isNoContent());
        jdbc.sql("INSERT INTO indicators (name, name_key) VALUES ('Tỷ lệ hộ nghèo', 'tỷ lệ hộ nghèo')")
                .update();
        long indicator = jdbc.sql("SELECT id FROM indicators WHERE name_key = 'tỷ lệ hộ nghèo'")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO targets (indicator_id, document_id, comparator, planned_value) VALUES (:i, :d, 'LTE', 2)")
                .param("i", indicator)
                .param("d", doc)
                .update();
        jdbc.sql("INSERT INTO results (indicator_id, document_id, actual_value) VALUES (:i, :d, 1.5)")
                .param("i", indicator)
                .param("d", doc)
                .update();
        jdbc.sql(
                        "INSERT INTO calendar_events (document_id, event_date, content, non_working) VALUES (:d, DATE '2024-03-04',"
                                + " 'Họp giao ban tiến độ', FALSE)")
                .param("d", doc)
                .update();
        long liveTasks = Long.parseLong(
                body(admin.perform(get("/api/tasks")).andReturn()).replaceAll("(?s)^.*\"total\":(\\d+).*$", "$1"));
        var before = TestDatabase.rows(jdbc);
        var documentsBefore = TestDatabase.rows(jdbc, "version").get("documents");
        long versionBefore = jdbc.sql("SELECT version FROM documents WHERE id = :d")
                .param("d", doc)
                .query(Long.class)
                .single();

        admin.perform(delete("/api/documents/" + doc)).andExpect(status().isNoContent());

        leaderOfVp.perform(get("/api/documents/" + doc)).andExpect(status().isNotFound());
        leaderOfVp.perform(get("/api/documents/" + doc + "/original")).andExpect(status().isNotFound());
        leaderOfVp.perform(get("/api/tasks/" + taskIds.get(0))).andExpect(status().isNotFound());
        admin.perform(get("/api/tasks")).andExpect(jsonPath("$.total").value((int) liveTasks - (taskIds.size() - 1)));
        admin.perform(get("/api/documents").param("number", number))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) doc))));
        admin.perform(get("/api/search").param("q", number))
                .andExpect(jsonPath("$.hits[*].documentId").value(Matchers.not(Matchers.hasItem((int) doc))));
        for (String table : vn.dondoc.app.jdbc.DocumentRecords.TABLES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE document_id = :d AND deleted_at IS NULL")
                            .param("d", doc)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        // the progress reports stay with their (deleted) tasks
        assertThat(TestDatabase.rows(jdbc).get("progress_reports")).isEqualTo(before.get("progress_reports"));

        leaderOfVp.perform(get("/api/trash/documents")).andExpect(status().isForbidden());
        leaderOfVp.perform(post("/api/documents/" + doc + "/restore")).andExpect(status().isForbidden());
        admin.perform(get("/api/trash/documents"))
                .andExpect(jsonPath("$[0].id").value(doc))
                .andExpect(jsonPath("$[0].number").value(number));
        admin.perform(post("/api/documents/" + doc + "/restore"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(doc));

        var after = TestDatabase.rows(jdbc);
        before.keySet().stream()
                .filter(t -> !t.equals("documents"))
                .forEach(t -> assertThat(after.get(t)).as(t).isEqualTo(before.get(t)));
        // but two changes of the document itself (delete, restore): a client holding the old version gets a 409
        assertThat(TestDatabase.rows(jdbc, "version").get("documents")).isEqualTo(documentsBefore);
        assertThat(jdbc.sql("SELECT version FROM documents WHERE id = :d")
                        .param("d", doc)
                        .query(Long.class)
                        .single())
                .isEqualTo(versionBefore + 2);
        admin.perform(get("/api/tasks")).andExpect(jsonPath("$.total").value((int) liveTasks));
        admin.perform(get("/api/search").param("q", number).param("kind", "DOCUMENT"))
                .andExpect(jsonPath("$.hits[*].documentId").value(Matchers.hasItem((int) doc)));
        admin.perform(post("/api/documents/" + doc + "/restore")).andExpect(status().isNotFound());
        admin.perform(get("/api/audit").param("kind", "document").param("id", String.valueOf(doc)))
                .andExpect(jsonPath("$[*].action").value(Matchers.contains("DELETE", "RESTORE", "RESTORE")))
                .andExpect(jsonPath("$[*].outcome").value(Matchers.contains("DONE", "REFUSED", "DONE")));
    }

    @Test
    void onlyAnAdministratorExportsTheTrailAsCsv() throws Exception {
        long id = createTask(leaderOfVp, "Lập danh sách đối tượng, dấu phẩy và \\\"ngoặc kép\\\"", vp);
        leaderOfVp.perform(get("/api/audit/export")).andExpect(status().isForbidden());
        String csv = body(admin.perform(get("/api/audit/export"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andReturn());
        assertThat(csv).startsWith("\uFEFFid,at,actor,address,action,kind,record_id,outcome,before,after");
        assertThat(csv).contains(",leader." + vp + ",127.0.0.1,CREATE,task," + id + ",DONE,");
        // the refused attempt to export is a line of its own
        assertThat(csv).contains(",leader." + vp + ",127.0.0.1,ADMINISTER,audit,,REFUSED,");
        assertThat(csv.lines().count()).isEqualTo(3);
        // JSON inside a quoted CSV cell: its quotes doubled
        assertThat(csv).contains("\\\"\"ngoặc kép\\\"\"");
    }
}
