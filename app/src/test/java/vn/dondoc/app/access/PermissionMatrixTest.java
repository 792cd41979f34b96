package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;

/**
 * Issue 9's matrix: every role (granted in Văn phòng Sở) × every action × a record of its own unit and
 * of another unit (Phòng LĐVL), through the API and through the pages; each cell asserts the allowed
 * answer or the 403. The expected cells are written out below, independently of the policy's code.
 * Publishing has no address yet (the calendar's publication comes with issue 10): its cells ask the policy.
 */
@H2Config
class PermissionMatrixTest {
    /** Allowed on a record of the person's own unit (first set) and of another unit (second set). */
    private static final Map<Role, List<Set<Action>>> EXPECTED = new EnumMap<>(Map.of(
            Role.ADMIN, List.of(Set.of(Action.values()), Set.of(Action.values())),
            Role.CLERK,
                    List.of(
                            Set.of(
                                    Action.READ,
                                    Action.CREATE,
                                    Action.UPDATE,
                                    Action.DELETE,
                                    Action.CONFIRM_IMPORT,
                                    Action.PUBLISH),
                            Set.of(Action.CONFIRM_IMPORT)),
            Role.LEADER,
                    List.of(
                            Set.of(
                                    Action.READ,
                                    Action.CREATE,
                                    Action.UPDATE,
                                    Action.DELETE,
                                    Action.PUBLISH,
                                    Action.CHANGE_STATUS,
                                    Action.POST_PROGRESS),
                            Set.of()),
            Role.STAFF,
                    List.of(Set.of(Action.READ, Action.UPDATE, Action.CHANGE_STATUS, Action.POST_PROGRESS), Set.of()),
            Role.VIEWER, List.of(Set.of(Action.READ), Set.of())));
    /** The actions of the matrix (ADMINISTER is the org tree's, covered by MANAGE_USERS's cells). */
    private static final List<Action> ACTIONS = List.of(
            Action.READ,
            Action.CREATE,
            Action.UPDATE,
            Action.DELETE,
            Action.CONFIRM_IMPORT,
            Action.PUBLISH,
            Action.CHANGE_STATUS,
            Action.POST_PROGRESS,
            Action.MANAGE_USERS);

    /** What a page does (creating, editing, publishing and accounts are API-only for now). */
    private static final Set<Action> PAGE_ACTIONS =
            Set.of(Action.READ, Action.DELETE, Action.CONFIRM_IMPORT, Action.CHANGE_STATUS, Action.POST_PROGRESS);

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    TaskService tasks;

    @Autowired
    Documents documents;

    @Autowired
    Access access;

    @Autowired
    vn.dondoc.domain.target.Targets targets;

    private long vp;
    private long ldvl;

    private long task(long lead) {
        return tasks.create(new TaskDraft("Nhiệm vụ thử quyền", null, null, null, List.of(lead), List.of(), null))
                .orElseThrow()
                .id();
    }

    private long document(long issuer) {
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .substring(0, 64);
        return documents
                .insert(
                        new Document(
                                null,
                                "1/TB-" + hash.substring(0, 6),
                                "TB",
                                "Thông báo thử quyền",
                                "Văn phòng",
                                issuer,
                                null,
                                null,
                                "thu.txt",
                                hash,
                                "Nội dung",
                                null,
                                Instant.now()),
                        "Nội dung".getBytes())
                .id();
    }

    /** A request for {@code action} on a record of {@code unit}, through the API; null where the API has none. */
    private MockHttpServletRequestBuilder api(Action action, long unit) {
        return switch (action) {
            case READ -> get("/api/tasks/" + task(unit));
            case CREATE ->
                post("/api/tasks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Việc mới\", \"leadUnitIds\": [" + unit + "]}");
            case UPDATE ->
                put("/api/tasks/" + task(unit))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Việc đã sửa\", \"leadUnitIds\": [" + unit + "]}");
            case DELETE -> delete("/api/tasks/" + task(unit));
            // no such file: a person allowed to confirm gets past the check to the 404
            case CONFIRM_IMPORT ->
                post("/api/imports/files/987654/confirm")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}");
            case CHANGE_STATUS ->
                post("/api/tasks/" + task(unit) + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\"}");
            case POST_PROGRESS ->
                post("/api/tasks/" + task(unit) + "/reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": " + unit + ", \"percent\": 30, \"note\": \"Đang làm\"}");
            case MANAGE_USERS ->
                post("/api/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"u"
                                + UUID.randomUUID().toString().substring(0, 8)
                                + "\", \"password\": \"mat-khau-du-dai\"," + " \"role\": \"VIEWER\", \"unitId\": "
                                + unit + "}");
            default -> null;
        };
    }

    /** The same through the pages. */
    private AbstractMockHttpServletRequestBuilder<?> page(Action action, long unit) {
        return switch (action) {
            case READ -> get("/tasks/" + task(unit));
            case DELETE -> post("/documents/" + document(unit) + "/delete");
            case CONFIRM_IMPORT ->
                multipart("/imports")
                        .file(new MockMultipartFile(
                                "files", "thu.txt", "text/plain", ("Thông báo " + UUID.randomUUID()).getBytes()));
            case CHANGE_STATUS -> post("/tasks/" + task(unit) + "/status").param("status", "IN_PROGRESS");
            case POST_PROGRESS ->
                post("/tasks/" + task(unit) + "/reports").param("percent", "30").param("unitId", String.valueOf(unit));
            default -> throw new IllegalArgumentException("no page does " + action);
        };
    }

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryActionOnItsOwnUnitAndAnother() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        ldvl = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            Long grantUnit = role == Role.ADMIN ? null : vp;
            MockMvc mvc = SignIn.mvc(context, SignIn.as(role, grantUnit));
            Actor actor = new Actor(role.name(), List.of(new Grant(role, grantUnit)));
            for (int own = 0; own < 2; own++) {
                String where = own == 0 ? "own unit" : "other unit";
                Set<Action> allowed = EXPECTED.get(role).get(own);
                for (Action action : ACTIONS) {
                    boolean expected = allowed.contains(action);
                    String cell = role + " × " + action + " × " + where + " → " + (expected ? "allowed" : "403");
                    boolean ownUnit = own == 0;
                    cells.add(DynamicTest.dynamicTest("api: " + cell, () -> {
                        long unit = ownUnit ? vp : ldvl;
                        if (action == Action.PUBLISH) {
                            assertThat(access.policy().allows(actor, action, RecordScope.ofUnits(Set.of(unit))))
                                    .as(cell)
                                    .isEqualTo(expected);
                            return;
                        }
                        int status = mvc.perform(api(action, unit))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        assertAnswer(cell, expected, status);
                    }));
                    if (!PAGE_ACTIONS.contains(action)) {
                        continue;
                    }
                    cells.add(DynamicTest.dynamicTest("page: " + cell, () -> {
                        long unit = ownUnit ? vp : ldvl;
                        AbstractMockHttpServletRequestBuilder<?> request = page(action, unit);
                        int status = mvc.perform(request.accept(MediaType.TEXT_HTML))
                                .andReturn()
                                .getResponse()
                                .getStatus();
                        assertAnswer(cell, expected, status);
                    }));
                }
            }
        }
        return cells.stream();
    }

    /**
     * Issue 11: entering an actual value for a unit ({@code POST /api/results}, the page's {@code POST /results}):
     * the unit's staff, the clerk and the leader of its subtree may; a viewer and everyone of another unit get a 403
     * in Vietnamese that names the unit.
     */
    @TestFactory
    Stream<DynamicTest> enteringAResultForItsOwnUnitAndAnother() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        long office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        long labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        String labourName = units.find(labour).orElseThrow().name();
        long indicator =
                targets.indicator("Số người được giải quyết việc làm", "người").id();
        Map<Role, Set<Boolean>> allowedOwnOther = Map.of(
                Role.ADMIN,
                Set.of(true, false),
                Role.CLERK,
                Set.of(true),
                Role.LEADER,
                Set.of(true),
                Role.STAFF,
                Set.of(true),
                Role.VIEWER,
                Set.of());
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            MockMvc mvc = SignIn.mvc(context, SignIn.as(role, role == Role.ADMIN ? null : office));
            for (boolean ownUnit : List.of(true, false)) {
                long unit = ownUnit ? office : labour;
                boolean expected = allowedOwnOther.get(role).contains(ownUnit);
                String cell = role + " × result × " + (ownUnit ? "own unit" : "other unit") + " → "
                        + (expected ? "allowed" : "403");
                cells.add(DynamicTest.dynamicTest("api: " + cell, () -> {
                    var answer = mvc.perform(post("/api/results")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"indicatorId\": " + indicator
                                            + ", \"actualValue\": 9997, \"period\": \"2025\","
                                            + " \"reportingUnitId\": " + unit + "}"))
                            .andReturn()
                            .getResponse();
                    if (expected) {
                        assertThat(answer.getStatus()).as(cell).isEqualTo(201);
                    } else {
                        assertThat(answer.getStatus()).as(cell).isEqualTo(403);
                        assertThat(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                                .as(cell)
                                .contains(role == Role.VIEWER ? "không có quyền" : "không được nhập kết quả");
                        if (role != Role.VIEWER) {
                            assertThat(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                                    .contains(labourName);
                        }
                    }
                }));
                cells.add(DynamicTest.dynamicTest("page: " + cell, () -> {
                    int status = mvc.perform(post("/results")
                                    .accept(MediaType.TEXT_HTML)
                                    .param("indicatorId", String.valueOf(indicator))
                                    .param("period", "2025")
                                    .param("reportingUnitId", String.valueOf(unit))
                                    .param("actualValue", "9.997"))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertAnswer(cell, expected, status);
                }));
            }
            boolean mayOpen = role != Role.VIEWER;
            cells.add(DynamicTest.dynamicTest(
                    "page: " + role + " × /results/new → " + (mayOpen ? "allowed" : "403"),
                    () -> assertAnswer(
                            role + " /results/new",
                            mayOpen,
                            mvc.perform(get("/results/new").accept(MediaType.TEXT_HTML))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus())));
        }
        // a value moved to another unit is reporting for that unit
        cells.add(DynamicTest.dynamicTest("api: STAFF moves its unit's result to another unit → 403", () -> {
            MockMvc staff = SignIn.mvc(context, SignIn.as(Role.STAFF, office));
            String body = staff.perform(post("/api/results")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicatorId\": " + indicator + ", \"actualValue\": 5, \"period\": \"2025\","
                                    + " \"reportingUnitId\": " + office + "}"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long id = Long.parseLong(body.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
            int status = staff.perform(put("/api/results/" + id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicatorId\": " + indicator + ", \"actualValue\": 6, \"period\": \"2025\","
                                    + " \"reportingUnitId\": " + labour + "}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(403);
        }));
        return cells.stream();
    }

    /**
     * Issue 9 item 3 / issue 11 item 4: an indicator's aggregation rule ({@code PUT /api/indicators/{id}/rule}) and a
     * criterion's threshold on it ({@code POST /api/criteria}) change how every unit using the indicator is rolled up
     * and judged: an administrator may, and a leader whose subtree holds every unit using it; clerks, staff and
     * viewers may not, nor may a leader for another unit's indicator or for the agency's (used by no unit). There is
     * no page for either (API only): the refusal is the API's 403 and the use case's own rejection.
     */
    @TestFactory
    Stream<DynamicTest> changingAnIndicatorsRuleAndCriteriaOnItsOwnUnitAnotherAndTheAgencys() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        long office = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        long labour = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();
        long ownIndicator =
                targets.indicator("Tỷ lệ hồ sơ đúng hạn của Văn phòng", "%").id();
        long otherIndicator =
                targets.indicator("Số người được giải quyết việc làm", "người").id();
        long agencyIndicator =
                targets.indicator("Tỷ lệ lao động qua đào tạo", "%").id();
        for (long[] used : new long[][] {{ownIndicator, office}, {otherIndicator, labour}}) {
            jdbc.sql("INSERT INTO results (indicator_id, actual_value, period_label, reporting_unit_id)"
                            + " VALUES (:i, 10, '2025', :u)")
                    .param("i", used[0])
                    .param("u", used[1])
                    .update();
        }
        Map<String, Long> indicators =
                Map.of("own unit", ownIndicator, "other unit", otherIndicator, "agency", agencyIndicator);
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            MockMvc mvc = SignIn.mvc(context, SignIn.as(role, role == Role.ADMIN ? null : office));
            Actor actor = new Actor(role.name(), List.of(new Grant(role, role == Role.ADMIN ? null : office)));
            for (Map.Entry<String, Long> whose : indicators.entrySet()) {
                boolean expected = role == Role.ADMIN
                        || role == Role.LEADER && whose.getKey().equals("own unit");
                long indicator = whose.getValue();
                String cell = role + " × indicator of " + whose.getKey() + " → " + (expected ? "allowed" : "403");
                cells.add(DynamicTest.dynamicTest("api: rule: " + cell, () -> {
                    var answer = mvc.perform(put("/api/indicators/" + indicator + "/rule")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"direction\": \"HIGHER_IS_BETTER\", \"aggregation\": \"AVERAGE\"}"))
                            .andReturn()
                            .getResponse();
                    assertAnswer(cell, expected, answer.getStatus());
                    if (!expected && role != Role.VIEWER) {
                        // a viewer changes no target at all (the general refusal); the others hear the rule's
                        assertThat(answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                                .as(cell)
                                .contains("lãnh đạo phụ trách mọi đơn vị dùng chỉ tiêu");
                    }
                }));
                cells.add(DynamicTest.dynamicTest("api: criterion: " + cell, () -> {
                    int status = mvc.perform(post("/api/criteria")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"name\": \"Lao động qua đào tạo\", \"indicatorId\": " + indicator
                                            + ", \"comparator\": \"GTE\", \"threshold\": 70, \"level\": \"NTM\"}"))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertAnswer(cell, expected, status);
                }));
                cells.add(DynamicTest.dynamicTest("use case: " + cell, () -> {
                    var rule = new vn.dondoc.domain.target.IndicatorRule(
                            indicator,
                            vn.dondoc.domain.target.IndicatorRule.Direction.HIGHER_IS_BETTER,
                            vn.dondoc.domain.target.IndicatorRule.Aggregation.SUM,
                            null,
                            null,
                            null);
                    assertThat(rollUp.saveRule(rule, actor).isOk()).as(cell).isEqualTo(expected);
                }));
            }
        }
        return cells.stream();
    }

    @Autowired
    vn.dondoc.domain.target.RollUpService rollUp;

    private static void assertAnswer(String cell, boolean expected, int status) {
        if (expected) {
            assertThat(status).as(cell).isNotEqualTo(403).isLessThan(500);
            if (!cell.contains("CONFIRM_IMPORT × other") && !cell.contains("CONFIRM_IMPORT × own")) {
                assertThat(status).as(cell).isLessThan(400);
            }
        } else {
            assertThat(status).as(cell).isEqualTo(403);
        }
    }
}
