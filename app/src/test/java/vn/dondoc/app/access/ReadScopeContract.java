package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.target.Indicator;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;

/**
 * Issue 9, items 2–3 for reads: every role granted in Văn phòng Sở (VP) × a record of its own unit and of
 * another unit (Phòng LĐVL) × every read — a task, a document, a target, a result, an agenda item, their
 * lists, pages, exports, the dashboard, search, the audit trail — through {@code /api} and the pages. A cell
 * asserts that the record is shown (200, in the list, in the file) or refused (403) / filtered out (absent,
 * and the total counts only what is shown). Expected: a person reads their own unit's records; only an
 * administrator and a leader of the Sở (the subtree above both units) read the other unit's.
 */
public abstract class ReadScopeContract {
    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected Documents documents;

    @Autowired
    protected Targets targets;

    @Autowired
    protected Search search;

    @Autowired
    protected vn.dondoc.domain.calendar.Calendars calendars;

    @Autowired
    protected vn.dondoc.domain.calendar.CalendarService calendarService;

    @Autowired
    protected vn.dondoc.domain.imports.ImportService importService;

    @Autowired
    protected vn.dondoc.domain.imports.ImportJobs importJobs;

    /**
     * One unit's records, each carrying a word found nowhere else: also its work program, the indicator its result
     * reports on, an import batch a clerk of the unit uploaded (and its one file), and its reminders' address.
     */
    record Records(
            long unit,
            String word,
            long task,
            long document,
            long target,
            long result,
            long event,
            long program,
            long indicator,
            long batch,
            long file,
            String email) {}

    /**
     * A person, whether they should read the other unit's records, and whether they see a unit's people's addresses
     * (administrator, clerk, leader: AccessPolicy.seesContact).
     */
    record Who(String name, RequestPostProcessor as, boolean readsOther, boolean seesContacts) {}

    /** A read, and whether the person saw the unit's record through it. */
    interface Probe {
        boolean sees(MockMvc mvc, Records r) throws Exception;
    }

    private static final LocalDate OVERDUE = LocalDate.now().minusDays(20);
    private long vp;
    private long ldvl;
    private long so;
    private long khtc;
    private Records own;
    private Records other;

    private void fixtures() {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        vp = unit("VP");
        ldvl = unit("LĐVL");
        so = unit("SLĐTBXH");
        khtc = unit("KHTC");
        own = records(vp, "Alphaquyen");
        other = records(ldvl, "Betaquyen");
        // one criterion: its evaluation lists every unit
        jdbc.sql(
                        "INSERT INTO criteria (name, indicator_id, comparator, threshold, level_name) VALUES ('Tiêu chí', :i, 'GTE', 1, 'Đạt')")
                .param("i", own.indicator())
                .update();
        importService.processUntilDone(own.batch(), 60_000);
        importService.processUntilDone(other.batch(), 60_000);
        search.rebuild();
    }

    private long unit(String abbr) {
        return units.findByNameOrAbbreviation(abbr).orElseThrow().id();
    }

    private Records records(long unit, String word) {
        long doc = document(unit, word);
        long task = tasks.create(new TaskDraft(
                        "Kiểm tra quyền " + word + " hằng tháng", null, null, OVERDUE, List.of(unit), List.of(), doc))
                .orElseThrow()
                .id();
        Indicator ind = targets.indicator("Chỉ tiêu " + word, "%");
        long target = targets.insertTarget(new Target(
                        null, ind.id(), ind.name(), doc, "GTE", 90.0, null, "%", "2025", "phạm vi " + word, null, null))
                .id();
        long result = targets.insertResult(new Result(
                        null, ind.id(), ind.name(), null, 40.0, "%", 44.0, "2025", "đơn vị " + word, unit, null, null))
                .id();
        long program = calendars
                .insertProgram(new vn.dondoc.domain.calendar.WorkProgram(
                        null, null, "Chương trình " + word, unit, LocalDate.now(), LocalDate.now()))
                .id();
        long batch = importService.stage(
                "Đợt " + word,
                List.of(new vn.dondoc.domain.imports.IncomingFile(
                        word + ".txt",
                        ("THÔNG BÁO\nVề việc kiểm tra " + word + "\nGiao đơn vị thực hiện trước ngày 30/12/2025.\n")
                                .getBytes(StandardCharsets.UTF_8))),
                false,
                Set.of(unit));
        long file = importJobs.files(batch).get(0).id();
        String email = word.toLowerCase(java.util.Locale.ROOT) + "@donvi.gov.vn";
        jdbc.sql("INSERT INTO reminder_recipients (unit_id, email) VALUES (:u, :e)")
                .param("u", unit)
                .param("e", email)
                .update();
        return new Records(
                unit, word, task, doc, target, result, event(unit, word), program, ind.id(), batch, file, email);
    }

    private long document(Long issuer, String word) {
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID())
                .replace("-", "")
                .substring(0, 64);
        return documents
                .insert(
                        new Document(
                                null,
                                "7/TB-" + word,
                                "TB",
                                "Thông báo " + word,
                                "Sở",
                                issuer,
                                null,
                                null,
                                "thu.txt",
                                hash,
                                "Nội dung " + word,
                                null,
                                Instant.now()),
                        ("Nội dung " + word).getBytes())
                .id();
    }

    private long event(long unit, String word) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO calendar_events (event_date, day_session, content, preparing_units)"
                        + " VALUES (:d, 'MORNING', :c, :p)")
                .param("d", LocalDate.now())
                .param("c", "Họp " + word.toUpperCase(java.util.Locale.ROOT))
                .param("p", word.toUpperCase(java.util.Locale.ROOT))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql(
                        "INSERT INTO calendar_event_parties (event_id, role, raw_name, unit_id) VALUES (:e, 'PREPARING', :n, :u)")
                .param("e", id)
                .param("n", word)
                .param("u", unit)
                .update();
        return id;
    }

    private List<Who> people() {
        List<Who> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(new Who(
                    role == Role.ADMIN ? "ADMIN" : role + " of VP",
                    SignIn.as(role, role == Role.ADMIN ? null : vp),
                    role == Role.ADMIN,
                    role == Role.ADMIN || role == Role.CLERK || role == Role.LEADER));
        }
        out.add(new Who("LEADER of the Sở", SignIn.as(Role.LEADER, so), true, true));
        out.add(new Who(
                "STAFF of VP and VIEWER of KHTC",
                SignIn.as(new Actor("two.units", List.of(new Grant(Role.STAFF, vp), new Grant(Role.VIEWER, khtc)))),
                false,
                false));
        return out;
    }

    // ---- the reads ----

    private static String body(MvcResult r) {
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean ok(MockMvc mvc, String url, boolean html) throws Exception {
        var req = get(url);
        if (html) {
            req.accept(MediaType.TEXT_HTML);
        }
        int status = mvc.perform(req).andReturn().getResponse().getStatus();
        assertThat(status).as(url).isIn(200, 403);
        return status == 200;
    }

    private static String text(MockMvc mvc, String url, boolean html) throws Exception {
        var req = get(url);
        if (html) {
            req.accept(MediaType.TEXT_HTML);
        }
        MvcResult r = mvc.perform(req).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return body(r);
    }

    /** A page of a JSON list: whether {@code id} is among its items, after checking the total counts what is listed. */
    private static boolean listed(MockMvc mvc, String url, String idPath, long id) throws Exception {
        String json = text(mvc, url, false);
        List<Number> ids = JsonPath.read(json, idPath);
        Number total = JsonPath.read(json, "$.total");
        assertThat(total.longValue())
                .as("total of " + url + " counts exactly the listed items")
                .isEqualTo(ids.size());
        return ids.stream().anyMatch(n -> n.longValue() == id);
    }

    private static String xlsx(MockMvc mvc, String url) throws Exception {
        MvcResult r = mvc.perform(get(url)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell c : row) {
                    out.append(c.toString()).append('\t');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * {@code everyone}: the record is the agency's (agenda items), read by every signed-in person; {@code contacts}:
     * a person's address, seen only by those who see contacts ({@link Who#seesContacts}) of a unit they read.
     */
    private record Read(String name, Probe probe, boolean everyone, boolean contacts) {
        Read(String name, Probe probe) {
            this(name, probe, false, false);
        }

        Read(String name, Probe probe, boolean everyone) {
            this(name, probe, everyone, false);
        }

        boolean expected(Who who, boolean ownUnit) {
            return (ownUnit || who.readsOther() || everyone) && (!contacts || who.seesContacts());
        }
    }

    /** A JSON array answer: whether one of its items' {@code path} equals {@code id}. */
    private static boolean inArray(MockMvc mvc, String url, String path, long id) throws Exception {
        List<Number> ids = JsonPath.read(text(mvc, url, false), path);
        return ids.stream().anyMatch(n -> n.longValue() == id);
    }

    private List<Read> reads() {
        String today = LocalDate.now().toString();
        return List.of(
                new Read("api: a task", (m, r) -> ok(m, "/api/tasks/" + r.task(), false)),
                new Read("page: a task", (m, r) -> ok(m, "/tasks/" + r.task(), true)),
                new Read(
                        "api: a task's progress reports",
                        (m, r) -> ok(m, "/api/tasks/" + r.task() + "/reports", false)),
                new Read(
                        "api: the task list",
                        (m, r) -> listed(m, "/api/tasks?size=200", "$.items[*].task.id", r.task())),
                new Read(
                        "api: the overdue task list",
                        (m, r) -> listed(m, "/api/tasks?overdue=true&size=200", "$.items[*].task.id", r.task())),
                new Read(
                        "api: the task list filtered by the record's unit",
                        (m, r) -> listed(m, "/api/tasks?size=200&unitId=" + r.unit(), "$.items[*].task.id", r.task())),
                new Read(
                        "page: the task list", (m, r) -> text(m, "/tasks", true).contains("/tasks/" + r.task() + "\"")),
                new Read(
                        "page: the overdue task list",
                        (m, r) -> text(m, "/tasks?overdue=true", true).contains("/tasks/" + r.task() + "\"")),
                new Read(
                        "page: the overview's overdue tasks",
                        (m, r) -> text(m, "/", true).contains("/tasks/" + r.task() + "\"")),
                new Read(
                        "api: the task export (CSV)",
                        (m, r) -> text(m, "/api/tasks/export.csv", false).contains(r.word())),
                new Read(
                        "api: the task export (XLSX)",
                        (m, r) -> xlsx(m, "/api/tasks/export.xlsx").contains(r.word())),
                new Read("api: a document", (m, r) -> ok(m, "/api/documents/" + r.document(), false)),
                new Read(
                        "api: a document's original",
                        (m, r) -> ok(m, "/api/documents/" + r.document() + "/original", false)),
                new Read("page: a document", (m, r) -> ok(m, "/documents/" + r.document(), true)),
                new Read(
                        "api: the document list",
                        (m, r) -> listed(m, "/api/documents?size=200", "$.items[*].id", r.document())),
                new Read(
                        "page: the document list",
                        (m, r) -> text(m, "/documents", true).contains("/documents/" + r.document() + "\"")),
                new Read("api: a target", (m, r) -> ok(m, "/api/targets/" + r.target(), false)),
                new Read(
                        "api: the target list",
                        (m, r) -> listed(m, "/api/targets?size=200", "$.items[*].id", r.target())),
                new Read(
                        "api: the target export (CSV)",
                        (m, r) -> text(m, "/api/targets/export.csv", false).contains(r.word())),
                new Read(
                        "api: the target export (XLSX)",
                        (m, r) -> xlsx(m, "/api/targets/export.xlsx").contains(r.word())),
                new Read("api: a result", (m, r) -> ok(m, "/api/results/" + r.result(), false)),
                new Read(
                        "api: the result list",
                        (m, r) -> listed(m, "/api/results?size=200", "$.items[*].id", r.result())),
                new Read(
                        "api: the result export (CSV)",
                        (m, r) -> text(m, "/api/results/export.csv", false).contains(r.word())),
                new Read(
                        "api: the result export (XLSX)",
                        (m, r) -> xlsx(m, "/api/results/export.xlsx").contains(r.word())),
                new Read(
                        "api: an agenda item not published",
                        (m, r) -> ok(m, "/api/calendar-events/" + r.event(), false),
                        true),
                new Read(
                        "api: the agenda",
                        (m, r) -> listed(
                                m,
                                "/api/calendar-events?size=200&from=" + today + "&to=" + today,
                                "$.items[*].id",
                                r.event()),
                        true),
                new Read(
                        "page: the calendar",
                        (m, r) -> text(m, "/calendar?from=" + today + "&to=" + today, true)
                                .contains("Họp " + r.word().toUpperCase(java.util.Locale.ROOT)),
                        true),
                new Read("api: the dashboard of everything the person may read", (m, r) -> {
                    String json = text(m, "/api/dashboard", false);
                    List<Number> ids = JsonPath.read(json, "$.overdue[*].id");
                    return ids.stream().anyMatch(n -> n.longValue() == r.task());
                }),
                new Read(
                        "page: the dashboard",
                        (m, r) -> text(m, "/dashboard", true).contains(r.word())),
                new Read(
                        "api: the reminders",
                        (m, r) -> text(m, "/api/reminders", false).contains(r.word())),
                new Read("api: search", (m, r) -> listedHits(m, "/api/search?q=" + r.word(), r)),
                new Read(
                        "page: search",
                        (m, r) -> text(m, "/search?q=" + r.word(), true).contains("/tasks/" + r.task() + "\"")),
                new Read("api: a task's audit trail", (m, r) -> ok(m, "/api/audit?kind=task&id=" + r.task(), false)),
                new Read(
                        "api: a document's audit trail",
                        (m, r) -> ok(m, "/api/audit?kind=document&id=" + r.document(), false)),
                new Read(
                        "api: a result's audit trail",
                        (m, r) -> ok(m, "/api/audit?kind=result&id=" + r.result(), false)),
                // work programs: the owner unit's (Access.workProgram, Visible.workPrograms)
                new Read("api: a work program", (m, r) -> ok(m, "/api/work-programs/" + r.program(), false)),
                new Read(
                        "api: a work program's changes",
                        (m, r) -> ok(m, "/api/work-programs/" + r.program() + "/changes", false)),
                new Read("page: a work program", (m, r) -> ok(m, "/calendar/programs/" + r.program(), true)),
                new Read(
                        "api: the work program list",
                        (m, r) -> listed(m, "/api/work-programs?size=200", "$.items[*].id", r.program())),
                // roll-ups and criteria: a unit's figures go with reading its records
                new Read(
                        "api: an indicator rolled up under the unit",
                        (m, r) -> ok(
                                m, "/api/indicators/" + r.indicator() + "/rollup?period=2025&root=" + r.unit(), false)),
                new Read(
                        "api: the criteria evaluation",
                        (m, r) -> inArray(m, "/api/criteria/evaluation?year=2025", "$[*].unitId", r.unit())),
                // imports: a batch is its uploader's units' (Visible.importBatches), with its files and proposals
                new Read("api: an import batch", (m, r) -> ok(m, "/api/imports/" + r.batch(), false)),
                new Read(
                        "api: the import batch list",
                        (m, r) -> listed(m, "/api/imports?size=200", "$.items[*].id", r.batch())),
                new Read("api: an import file", (m, r) -> ok(m, "/api/imports/files/" + r.file(), false)),
                new Read(
                        "api: an import file's proposal",
                        (m, r) -> ok(m, "/api/imports/files/" + r.file() + "/proposal", false)),
                new Read(
                        "page: the import list",
                        (m, r) -> text(m, "/imports", true).contains("/imports/" + r.batch() + "\"")),
                new Read("page: an import batch", (m, r) -> ok(m, "/imports/" + r.batch(), true)),
                new Read(
                        "page: an import file's review",
                        (m, r) -> ok(m, "/imports/files/" + r.file() + "/review", true)),
                new Read(
                        "page: the overview's import batches",
                        (m, r) -> text(m, "/", true).contains("/imports/" + r.batch() + "\"")),
                // reminder recipients: addresses, for administrators and the clerks and leaders of the unit's subtree
                new Read(
                        "api: the reminder recipients",
                        (m, r) -> text(m, "/api/reminder-recipients", false).contains(r.email()),
                        false,
                        true));
    }

    /** Search: the task and the document of the unit are found, and the total counts exactly the hits shown. */
    private static boolean listedHits(MockMvc mvc, String url, Records r) throws Exception {
        String json = text(mvc, url + "&size=100", false);
        List<String> kinds = JsonPath.read(json, "$.hits[*].kind");
        List<Number> ids = JsonPath.read(json, "$.hits[*].id");
        Number total = JsonPath.read(json, "$.total");
        assertThat(total.longValue())
                .as("search total counts exactly the hits shown")
                .isEqualTo(ids.size());
        boolean task = false;
        boolean document = false;
        for (int i = 0; i < ids.size(); i++) {
            task |= kinds.get(i).equals("TASK") && ids.get(i).longValue() == r.task();
            document |= kinds.get(i).equals("DOCUMENT") && ids.get(i).longValue() == r.document();
        }
        assertThat(task).as("task and document found together").isEqualTo(document);
        return task;
    }

    @TestFactory
    Stream<DynamicTest> everyRoleReadsItsOwnUnitsRecordsAndOnlyTheSubtreeAboveReadsAnothers() {
        fixtures();
        List<DynamicTest> cells = new ArrayList<>();
        for (Who who : people()) {
            MockMvc mvc = SignIn.mvc(context, who.as());
            for (Read read : reads()) {
                for (boolean ownUnit : List.of(true, false)) {
                    boolean expected = read.expected(who, ownUnit);
                    String cell = read.name() + " × " + who.name() + " × " + (ownUnit ? "own unit" : "other unit")
                            + " → " + (expected ? "shown" : "refused");
                    cells.add(DynamicTest.dynamicTest(
                            cell,
                            () -> assertThat(read.probe().sees(mvc, ownUnit ? own : other))
                                    .as(cell)
                                    .isEqualTo(expected)));
                }
            }
        }
        assertThat(cells).hasSizeGreaterThan(400);
        return cells.stream();
    }

    @Test
    void everyListShowsExactlyTheRecordsWhosePageThePersonMayOpen() throws Exception {
        fixtures();
        long agencyDoc = document(null, "Epsilonquyen");
        long readDoc = document(ldvl, "Zetaquyen");
        tasks.create(new TaskDraft("Phối hợp Zetaquyen", null, null, null, List.of(ldvl), List.of(vp), readDoc))
                .orElseThrow();
        tasks.create(new TaskDraft("Việc chung Epsilonquyen", null, null, null, List.of(), List.of(), agencyDoc));
        Indicator ind = targets.indicator("Chỉ tiêu chung", "%");
        targets.insertTarget(
                new Target(null, ind.id(), ind.name(), null, "GTE", 1.0, null, "%", "2025", null, null, null));
        targets.insertTarget(
                new Target(null, ind.id(), ind.name(), readDoc, "GTE", 2.0, null, "%", "2025", null, null, null));
        targets.insertResult(
                new Result(null, ind.id(), ind.name(), readDoc, 1.0, "%", null, "2025", null, null, null, null));
        targets.insertResult(
                new Result(null, ind.id(), ind.name(), null, 1.0, "%", null, "2025", null, null, null, null));
        record Kind(String list, String idPath, String one, String table) {}
        List<Kind> kinds = List.of(
                new Kind("/api/tasks?size=200", "$.items[*].task.id", "/api/tasks/", "tasks"),
                new Kind("/api/documents?size=200", "$.items[*].id", "/api/documents/", "documents"),
                new Kind("/api/targets?size=200", "$.items[*].id", "/api/targets/", "targets"),
                new Kind("/api/results?size=200", "$.items[*].id", "/api/results/", "results"));
        int checked = 0;
        for (Who who : people()) {
            MockMvc mvc = SignIn.mvc(context, who.as());
            for (Kind k : kinds) {
                List<Number> listedIds = JsonPath.read(text(mvc, k.list(), false), k.idPath());
                Set<Long> listed = new java.util.HashSet<>(
                        listedIds.stream().map(Number::longValue).toList());
                for (long id : jdbc.sql("SELECT id FROM " + k.table() + " ORDER BY id")
                        .query(Long.class)
                        .list()) {
                    assertThat(ok(mvc, k.one() + id, false))
                            .as(who.name() + " opens " + k.one() + id + " iff listed")
                            .isEqualTo(listed.contains(id));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aDocumentIsReadByTheUnitsItsTasksNameButStaysTheIssuersToChange() throws Exception {
        fixtures();
        long doc = document(ldvl, "Gammaquyen");
        tasks.create(new TaskDraft("Phối hợp Gammaquyen", null, null, null, List.of(ldvl), List.of(vp), doc))
                .orElseThrow();
        MockMvc clerkOfVp = SignIn.mvc(context, SignIn.as(Role.CLERK, vp));
        assertThat(ok(clerkOfVp, "/documents/" + doc, true)).isTrue();
        assertThat(listed(clerkOfVp, "/api/documents?size=200", "$.items[*].id", doc))
                .isTrue();
        assertThat(clerkOfVp
                        .perform(post("/documents/" + doc + "/delete").accept(MediaType.TEXT_HTML))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockMvc clerkOfKhtc = SignIn.mvc(context, SignIn.as(Role.CLERK, khtc));
        assertThat(ok(clerkOfKhtc, "/documents/" + doc, true)).isFalse();
    }

    @Test
    void theAgencysOwnRecordsAreReadByEverySignedInPersonAndByNobodyWithoutAnAccount() throws Exception {
        fixtures();
        long doc = document(null, "Deltaquyen");
        MockMvc viewer = SignIn.mvc(context, SignIn.as(Role.VIEWER, khtc));
        assertThat(ok(viewer, "/api/documents/" + doc, false)).isTrue();
        assertThat(listed(viewer, "/api/documents?size=200", "$.items[*].id", doc))
                .isTrue();
        assertThat(listed(viewer, "/api/documents?size=200", "$.items[*].id", own.document()))
                .isFalse();
        MockMvc nobody = SignIn.mvc(context, SignIn.nobody());
        for (String url : List.of(
                "/api/documents",
                "/api/tasks",
                "/api/tasks/export.csv",
                "/api/search?q=Alphaquyen",
                "/api/dashboard",
                "/api/targets",
                "/api/results")) {
            assertThat(nobody.perform(get(url)).andReturn().getResponse().getStatus())
                    .as(url)
                    .isEqualTo(401);
        }
    }

    @Test
    void aConflictIsListedOnlyToThoseWhoMayReadEveryItemOfIt() throws Exception {
        fixtures();
        // two items on a Sunday: each a conflict of its own (a day off)
        LocalDate sunday = LocalDate.of(2030, 1, 6);
        jdbc.sql("UPDATE calendar_events SET event_date = :d")
                .param("d", sunday)
                .update();
        assertThat(calendarService.conflicts(sunday, sunday, vn.dondoc.domain.access.Visibility.EVERYTHING))
                .hasSize(2);
        assertThat(calendarService.conflicts(sunday, sunday, vn.dondoc.domain.access.Visibility.NOTHING))
                .isEmpty();
        // agenda items are the agency's: every signed-in person reads them, so every one is listed the conflicts
        for (Who who : people()) {
            String json = text(
                    SignIn.mvc(context, who.as()), "/api/calendar/conflicts?from=" + sunday + "&to=" + sunday, false);
            List<Number> ids = JsonPath.read(json, "$[*].eventIds[*]");
            assertThat(ids.stream().map(Number::longValue))
                    .as(who.name())
                    .containsExactlyInAnyOrder(own.event(), other.event());
        }
    }

    @Test
    void aPersonSeesTheirOwnReminderAddressWhateverTheirRole() throws Exception {
        fixtures();
        jdbc.sql(
                        "INSERT INTO reminder_recipients (unit_id, email, username) VALUES (:u, 'chuyenvien@donvi.gov.vn', 'cv.ldvl')")
                .param("u", ldvl)
                .update();
        MockMvc self = SignIn.mvc(context, SignIn.as(new Actor("cv.ldvl", List.of(new Grant(Role.STAFF, ldvl)))));
        String json = text(self, "/api/reminder-recipients", false);
        assertThat(json)
                .contains("chuyenvien@donvi.gov.vn")
                .doesNotContain(other.email())
                .doesNotContain(own.email());
    }

    @Test
    void aBatchUploadedWithoutAUnitIsTheAdministratorsAndABatchOfTheUnitIsItsClerks() throws Exception {
        fixtures();
        long agencyBatch = importService.stage(
                "Đợt chung",
                List.of(new vn.dondoc.domain.imports.IncomingFile(
                        "chung.txt", "THÔNG BÁO chung".getBytes(StandardCharsets.UTF_8))),
                false);
        MockMvc clerkOfSo = SignIn.mvc(context, SignIn.as(Role.CLERK, so));
        assertThat(ok(clerkOfSo, "/api/imports/" + agencyBatch, false)).isFalse();
        assertThat(ok(SignIn.mvc(context, SignIn.as(Role.ADMIN, null)), "/api/imports/" + agencyBatch, false))
                .isTrue();
        // a clerk's upload belongs to the clerk's unit: its clerk sees it, a clerk of another unit does not, nor acts
        // on it
        MockMvc clerkOfVp = SignIn.mvc(context, SignIn.as(Role.CLERK, vp));
        MvcResult up = clerkOfVp
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "files",
                                "vp.txt",
                                "text/plain",
                                "THÔNG BÁO của Văn phòng".getBytes(StandardCharsets.UTF_8))))
                .andReturn();
        assertThat(up.getResponse().getStatus()).isEqualTo(202);
        Number batch = JsonPath.read(body(up), "$.batch.id");
        Number file = JsonPath.read(body(up), "$.files[0].id");
        assertThat(ok(clerkOfVp, "/api/imports/" + batch, false)).isTrue();
        assertThat(ok(clerkOfSo, "/api/imports/" + batch, false)).isTrue();
        MockMvc clerkOfKhtc = SignIn.mvc(context, SignIn.as(Role.CLERK, khtc));
        assertThat(ok(clerkOfKhtc, "/api/imports/" + batch, false)).isFalse();
        assertThat(clerkOfKhtc
                        .perform(post("/api/imports/files/" + file + "/drop"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(importJobs.find(file.longValue()).orElseThrow().status())
                .isNotEqualTo(vn.dondoc.domain.imports.ImportStatus.DROPPED);
    }

    @Test
    void listCountsPagesAndTheirTotalsAgreeForAPersonOfOneUnit() throws Exception {
        fixtures();
        for (int i = 0; i < 7; i++) {
            tasks.create(new TaskDraft("Việc của VP số " + i, null, null, null, List.of(vp), List.of(), null))
                    .orElseThrow();
            tasks.create(new TaskDraft("Việc của LĐVL số " + i, null, null, null, List.of(ldvl), List.of(), null))
                    .orElseThrow();
        }
        MockMvc viewer = SignIn.mvc(context, SignIn.as(Role.VIEWER, vp));
        String first = text(viewer, "/api/tasks?size=5&page=0", false);
        String second = text(viewer, "/api/tasks?size=5&page=1", false);
        Number total = JsonPath.read(first, "$.total");
        List<Number> a = JsonPath.read(first, "$.items[*].task.id");
        List<Number> b = JsonPath.read(second, "$.items[*].task.id");
        assertThat(total.longValue()).isEqualTo(8);
        assertThat(a).hasSize(5);
        assertThat(b).hasSize(3);
        String page = text(viewer, "/tasks", true);
        assertThat(page).contains("8").doesNotContain("Việc của LĐVL");
        Predicate<String> noOther = s -> !s.contains("Việc của LĐVL");
        assertThat(text(viewer, "/api/tasks/export.csv", false)).matches(noOther);
    }
}
