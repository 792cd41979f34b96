package vn.dondoc.app.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;

/**
 * Nothing is hard-deleted (issue 9 item 4): each kind deleted through the API is kept, absent from every read, listed
 * in the one trash for administrators only, and back in every read after a restore; both are in the audit trail.
 */
public abstract class TrashContract {
    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    MockMvc leader;
    MockMvc admin;
    long vp;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        demo.load();
        vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        leader = SignIn.mvc(context, SignIn.as(Role.LEADER, null));
        admin = SignIn.mvc(context, SignIn.admin());
    }

    private static String body(MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private long any(String table) {
        return jdbc.sql("SELECT MIN(id) FROM " + table + " WHERE deleted_at IS NULL")
                .query(Long.class)
                .single();
    }

    private boolean kept(String table, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id AND deleted_at IS NOT NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    /** The reads where a record of this kind shows: its own address and the lists it is in. */
    private void seen(String kind, long id, boolean present) throws Exception {
        int i = (int) id;
        var items = present ? hasItem(i) : not(hasItem(i));
        switch (kind) {
            case "target" -> {
                leader.perform(get("/api/targets/" + id)).andExpect(present ? status().isOk() : status().isNotFound());
                leader.perform(get("/api/targets").param("size", "500")).andExpect(jsonPath("$.items[*].id", items));
                leader.perform(get("/targets/" + id)).andExpect(present ? status().isOk() : status().isNotFound());
            }
            case "result" -> {
                leader.perform(get("/api/results/" + id)).andExpect(present ? status().isOk() : status().isNotFound());
                leader.perform(get("/api/results").param("size", "500")).andExpect(jsonPath("$.items[*].id", items));
            }
            case "event" -> {
                leader.perform(get("/api/calendar-events/" + id))
                        .andExpect(present ? status().isOk() : status().isNotFound());
                leader.perform(get("/api/calendar-events").param("size", "500"))
                        .andExpect(jsonPath("$.items[*].id", items));
                String uid = "event-" + id + "@";
                String ics = body(leader.perform(get("/api/calendar/export.ics")
                                .param("from", "2000-01-01")
                                .param("to", "2100-01-01"))
                        .andReturn());
                assertThat(ics.contains(uid)).as("iCal export holds " + uid).isEqualTo(present);
            }
            case "unit" -> {
                leader.perform(get("/api/org-units/" + id))
                        .andExpect(present ? status().isOk() : status().isNotFound());
                leader.perform(get("/api/org-units").param("size", "500")).andExpect(jsonPath("$.items[*].id", items));
            }
            case "person" -> {
                leader.perform(get("/api/people/" + id)).andExpect(present ? status().isOk() : status().isNotFound());
                leader.perform(get("/api/people").param("size", "500")).andExpect(jsonPath("$.items[*].id", items));
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private void deletedThenRestored(
            String kind, String api, long id, MockMvc deleter, String deleterName, String table) throws Exception {
        seen(kind, id, true);
        deleter.perform(delete(api + id)).andExpect(status().isNoContent());
        assertThat(kept(table, id)).as(kind + " kept in its table").isTrue();
        seen(kind, id, false);

        // only an administrator sees the trash and restores: anyone else gets a 403 problem in Vietnamese
        leader.perform(get("/api/trash"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:dondoc:problem:forbidden"))
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị viên mới được xem và khôi phục bản ghi đã xóa."));
        leader.perform(post("/api/trash/" + kind + "/" + id + "/restore")).andExpect(status().isForbidden());
        seen(kind, id, false);

        admin.perform(get("/api/trash").param("kind", kind))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value(kind))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].label").isNotEmpty())
                .andExpect(jsonPath("$[0].deletedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].deletedBy").value(deleterName));
        admin.perform(get("/api/trash")).andExpect(jsonPath("$[*].kind", hasItem(kind)));
        admin.perform(post("/api/trash/" + kind + "/" + id + "/restore"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        assertThat(kept(table, id)).isFalse();
        seen(kind, id, true);
        admin.perform(post("/api/trash/" + kind + "/" + id + "/restore")).andExpect(status().isNotFound());
        admin.perform(get("/api/trash").param("kind", kind)).andExpect(jsonPath("$[*].id", not(hasItem((int) id))));

        List<String> trail = jdbc.sql("SELECT action || ' ' || outcome FROM audit_events WHERE kind = :k AND record_id"
                        + " = :id ORDER BY id")
                .param("k", kind)
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(trail).containsSubsequence("DELETE DONE", "RESTORE REFUSED", "RESTORE DONE");
    }

    @Test
    void aTargetIsKeptHiddenAndRestored() throws Exception {
        deletedThenRestored("target", "/api/targets/", any("targets"), leader, "leader", "targets");
    }

    @Test
    void aResultIsKeptHiddenAndRestored() throws Exception {
        deletedThenRestored("result", "/api/results/", any("results"), admin, "admin", "results");
    }

    @Test
    void aCalendarItemIsKeptHiddenAndRestoredWithItsParties() throws Exception {
        long id = jdbc.sql("SELECT MIN(event_id) FROM calendar_event_parties")
                .query(Long.class)
                .single();
        long parties = jdbc.sql("SELECT COUNT(*) FROM calendar_event_parties WHERE event_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        deletedThenRestored("event", "/api/calendar-events/", id, leader, "leader", "calendar_events");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_event_parties WHERE event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(parties);
    }

    @Test
    void aWorkProgramComesBackWithItsItems() throws Exception {
        long program = any("work_programs");
        List<Long> items = jdbc.sql("SELECT id FROM calendar_events WHERE work_program_id = :p AND deleted_at IS NULL")
                .param("p", program)
                .query(Long.class)
                .list();
        assertThat(items).isNotEmpty();
        leader.perform(delete("/api/work-programs/" + program)).andExpect(status().isNoContent());
        seen("event", items.get(0), false);
        admin.perform(get("/api/trash").param("kind", "workProgram"))
                .andExpect(jsonPath("$[0].id").value(program));
        admin.perform(post("/api/trash/workProgram/" + program + "/restore")).andExpect(status().isOk());
        leader.perform(get("/api/work-programs/" + program)).andExpect(status().isOk());
        for (long item : items) {
            assertThat(kept("calendar_events", item)).isFalse();
        }
        seen("event", items.get(0), true);
    }

    private long create(String api, String json) throws Exception {
        String answer = body(
                admin.perform(post(api).contentType(MediaType.APPLICATION_JSON).content(json))
                        .andExpect(status().isCreated())
                        .andReturn());
        return Long.parseLong(answer.replaceAll("(?s)^\\{\"id\":(\\d+).*$", "$1"));
    }

    @Test
    void anUnusedUnitAndAPersonAreKeptHiddenAndRestoredWithTheirNames() throws Exception {
        long unit = create("/api/org-units", "{\"name\": \"Tổ công tác đặc biệt\", \"abbreviation\": \"TCTĐB\"}");
        deletedThenRestored("unit", "/api/org-units/", unit, admin, "admin", "org_units");
        long person = create("/api/people", "{\"name\": \"Nguyễn Văn Thử\", \"titles\": \"Chuyên viên\"}");
        admin.perform(post("/api/aliases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alias\": \"Đ/c Thử\", \"kind\": \"PERSON\", \"targetId\": " + person + "}"))
                .andExpect(status().is2xxSuccessful());
        deletedThenRestored("person", "/api/people/", person, admin, "admin", "people");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM aliases WHERE kind = 'PERSON' AND target_id = :id"
                                + " AND deleted_at IS NULL")
                        .param("id", person)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUnitStillInUseIsRefusedWithAClearMessageAndARestoreUnderADeletedUnitToo() throws Exception {
        admin.perform(delete("/api/org-units/" + vp))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("hãy sáp nhập thay vì xóa")));
        // a unit whose only use is an account granted in it: still in use
        long unit = create("/api/org-units", "{\"name\": \"Ban quản lý dự án\"}");
        jdbc.sql("INSERT INTO users (username, password_hash, created_at) VALUES ('bql', 'x', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("INSERT INTO user_grants (user_id, role, unit_id) SELECT id, 'STAFF', :u FROM users"
                        + " WHERE username = 'bql'")
                .param("u", unit)
                .update();
        admin.perform(delete("/api/org-units/" + unit)).andExpect(status().isUnprocessableEntity());
        // a person of a unit, both deleted: the person comes back only after the unit
        long empty = create("/api/org-units", "{\"name\": \"Tổ tạm thời\"}");
        long person = create("/api/people", "{\"name\": \"Trần Thị Tạm\", \"unitId\": " + empty + "}");
        admin.perform(delete("/api/people/" + person)).andExpect(status().isNoContent());
        admin.perform(delete("/api/org-units/" + empty)).andExpect(status().isNoContent());
        admin.perform(post("/api/trash/person/" + person + "/restore"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("khôi phục đơn vị đó trước")));
        admin.perform(post("/api/trash/unit/" + empty + "/restore")).andExpect(status().isOk());
        admin.perform(post("/api/trash/person/" + person + "/restore")).andExpect(status().isOk());
    }

    @Test
    void anUnknownKindIsABadRequestAndTheOldRoutesStillWork() throws Exception {
        admin.perform(get("/api/trash").param("kind", "nothing")).andExpect(status().isBadRequest());
        admin.perform(post("/api/trash/nothing/1/restore")).andExpect(status().isNotFound());
        admin.perform(get("/api/trash/tasks")).andExpect(status().isOk());
        admin.perform(get("/api/trash/documents")).andExpect(status().isOk());
    }

    @Test
    void whoeverDeletedOnAPageUndoesItInTheSameSessionAndNobodyElseButAnAdministrator() throws Exception {
        long target = any("targets");
        MockHttpSession session = new MockHttpSession();
        leader.perform(post("/targets/" + target + "/delete").session(session))
                .andExpect(redirectedUrl("/targets"))
                .andExpect(flash().attributeExists("undo"));
        assertThat(kept("targets", target)).isTrue();
        // a clerk who may delete targets too, but did not delete this one
        SignIn.mvc(context, SignIn.as(Role.CLERK, null))
                .perform(post("/thung-rac/target/" + target + "/hoan-tac"))
                .andExpect(status().isForbidden());
        // the deleter, from another session (the offer is the session's)
        leader.perform(post("/thung-rac/target/" + target + "/hoan-tac")).andExpect(status().isForbidden());
        assertThat(kept("targets", target)).isTrue();
        leader.perform(post("/thung-rac/target/" + target + "/hoan-tac").session(session))
                .andExpect(redirectedUrl("/targets/" + target))
                .andExpect(flash().attributeExists("restored"));
        assertThat(kept("targets", target)).isFalse();
        assertThat(jdbc.sql("SELECT actor || ' ' || action FROM audit_events WHERE kind = 'target' AND record_id = :id"
                                + " AND outcome = 'DONE' ORDER BY id")
                        .param("id", target)
                        .query(String.class)
                        .list())
                .containsExactly("leader DELETE", "leader RESTORE");

        // used up: deleting again and undoing twice, the second is the administrator's
        leader.perform(post("/targets/" + target + "/delete").session(session)).andExpect(redirectedUrl("/targets"));
        leader.perform(post("/thung-rac/target/" + target + "/hoan-tac").session(session))
                .andExpect(redirectedUrl("/targets/" + target));
        leader.perform(post("/targets/" + target + "/delete")).andExpect(redirectedUrl("/targets"));
        admin.perform(post("/thung-rac/target/" + target + "/hoan-tac")).andExpect(redirectedUrl("/targets/" + target));
        assertThat(kept("targets", target)).isFalse();
    }
}
