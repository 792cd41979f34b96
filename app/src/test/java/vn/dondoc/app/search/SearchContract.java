package vn.dondoc.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.CalendarService;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.org.OrgService;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.TargetService;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.search.SearchIndex;

/** Search over documents and records follows every change; run on H2 and on PostgreSQL. */
public abstract class SearchContract {
    private static final String MOLISA = "Sở Lao động - Thương binh và Xã hội";

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected Search search;

    @Autowired
    protected SearchIndex index;

    @Autowired
    protected DocumentService documents;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected CalendarService calendar;

    @Autowired
    protected TargetService targets;

    @Autowired
    protected OrgService org;

    @Autowired
    protected ImportService imports;

    protected MockMvc mvc;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documents.reindexAll();
        demo.seedOrganisation();
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
    }

    private long unit(String abbreviation) {
        return units.findByNameOrAbbreviation(abbreviation).orElseThrow().id();
    }

    private Task task(String text, String lead, String... cooperating) {
        List<Long> coop = java.util.Arrays.stream(cooperating).map(this::unit).toList();
        return tasks.create(new TaskDraft(
                        text,
                        null,
                        LocalDate.of(2025, 1, 2),
                        LocalDate.of(2025, 6, 30),
                        List.of(unit(lead)),
                        coop,
                        null))
                .orElseThrow();
    }

    private List<SearchHit> find(String q, RecordKind kind) {
        return search.search(new SearchRequest(q, Set.of(kind), null, null, null, null, null, null, null, 0, 50))
                .hits();
    }

    private List<SearchHit> findTasks(String q, String status, String unit) {
        return search.search(new SearchRequest(
                        q, Set.of(RecordKind.TASK), null, null, status, unit, null, null, null, 0, 50))
                .hits();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private long total(RecordKind kind) {
        return search.search(new SearchRequest("", Set.of(kind), null, null, null, null, null, null, null, 0, 1))
                .total();
    }

    @Test
    void searchingLaoDongWithoutAccentsFindsATaskLedByTheLabourDepartment() throws Exception {
        Task t = task("Tổng hợp báo cáo tình hình thực hiện kế hoạch năm", "SLĐTBXH", "VP");

        assertThat(ids(find("lao dong", RecordKind.TASK))).containsExactly(t.id());
        assertThat(ids(findTasks("", null, MOLISA))).containsExactly(t.id());
        assertThat(ids(findTasks("", null, "văn phòng sở")))
                .as("cooperating unit, any case")
                .containsExactly(t.id());
        mvc.perform(get("/api/search").param("q", "lao dong").param("kind", "TASK"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.total").value(1))
                .andExpect(MockMvcResultMatchers.jsonPath("$.hits[0].kind").value("TASK"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.hits[0].id").value(t.id()))
                .andExpect(MockMvcResultMatchers.jsonPath("$.hits[0].title")
                        .value("Tổng hợp báo cáo tình hình thực hiện kế hoạch năm"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.hits[0].snippet").value(Matchers.containsString("<mark>")))
                .andExpect(MockMvcResultMatchers.jsonPath("$.hits[0].link").value("/tasks/" + t.id()));
    }

    @Test
    void aStatusChangeIsVisibleInAStatusFilteredSearch() {
        Task t = task("Rà soát hồ sơ người có công", "LĐVL");
        assertThat(ids(findTasks("ra soat", "NEW", null))).containsExactly(t.id());
        assertThat(findTasks("ra soat", "IN_PROGRESS", null)).isEmpty();

        tasks.changeStatus(t.id(), TaskStatus.IN_PROGRESS).orElseThrow();

        assertThat(ids(findTasks("ra soat", "IN_PROGRESS", null))).containsExactly(t.id());
        assertThat(findTasks("ra soat", "NEW", null)).isEmpty();

        tasks.report(t.id(), LocalDate.of(2025, 3, 1), null, 100, "Xong").orElseThrow();
        assertThat(ids(findTasks("", "DONE", null))).containsExactly(t.id());
        assertThat(find("hoàn thành", RecordKind.TASK))
                .as("the status label is searchable text")
                .hasSize(1);
    }

    @Test
    void aRejectedChangeLeavesTheIndexAsItWas() {
        Task t = task("Kiểm tra an toàn lao động", "TTr");
        Outcome<Task> out = tasks.update(t.id(), new TaskDraft("", null, null, null, List.of(), List.of(), null));
        assertThat(out).isInstanceOf(Outcome.Rejected.class);
        assertThat(ids(find("kiem tra an toan", RecordKind.TASK))).containsExactly(t.id());
    }

    @Test
    void editingAndDeletingTasksEventsTargetsAndResultsKeepsSearchInStep() {
        Task t = task("Tuyên truyền chính sách bảo hiểm thất nghiệp", "LĐVL");
        tasks.update(
                        t.id(),
                        new TaskDraft(
                                "Tuyên truyền chính sách giáo dục nghề nghiệp",
                                null,
                                null,
                                null,
                                List.of(unit("LĐVL")),
                                List.of(),
                                null))
                .orElseThrow();
        assertThat(find("that nghiep", RecordKind.TASK)).isEmpty();
        assertThat(ids(find("giao duc nghe nghiep", RecordKind.TASK))).containsExactly(t.id());

        CalendarEvent e = calendar.save(new CalendarEvent(
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 5, 12),
                        null,
                        "MORNING",
                        "8h00",
                        "Họp giao ban tuần",
                        "Phòng họp tầng 3",
                        "Văn phòng Sở",
                        "Đ/c Lạc",
                        false,
                        null,
                        null))
                .orElseThrow();
        assertThat(ids(find("giao ban phong hop", RecordKind.EVENT))).containsExactly(e.id());
        assertThat(find("giao ban", RecordKind.EVENT).get(0).date()).isEqualTo(LocalDate.of(2025, 5, 12));
        calendar.save(new CalendarEvent(
                        e.id(),
                        null,
                        null,
                        LocalDate.of(2025, 5, 13),
                        null,
                        null,
                        null,
                        "Hội nghị sơ kết quý",
                        null,
                        "Văn phòng Sở",
                        null,
                        false,
                        null,
                        null))
                .orElseThrow();
        assertThat(find("giao ban", RecordKind.EVENT)).isEmpty();
        assertThat(ids(find("so ket", RecordKind.EVENT))).containsExactly(e.id());

        Target tg = targets.save(new Target(
                        null,
                        0,
                        "Sản phẩm OCOP",
                        null,
                        "GTE",
                        30,
                        null,
                        "sản phẩm",
                        "2021-2025",
                        "toàn tỉnh",
                        null,
                        null))
                .orElseThrow();
        Result rs = targets.save(new Result(
                        null,
                        0,
                        "Lao động được giải quyết việc làm",
                        null,
                        9997,
                        "người",
                        105.0,
                        "2024",
                        "Phòng Lao động - Việc làm",
                        null,
                        null,
                        null))
                .orElseThrow();
        assertThat(ids(find("ocop toan tinh", RecordKind.TARGET))).containsExactly(tg.id());
        assertThat(ids(find("9997 nguoi", RecordKind.RESULT))).containsExactly(rs.id());
        assertThat(search.search(new SearchRequest(
                                "ocop", Set.of(RecordKind.TARGET), null, null, null, null, 2021, null, null, 0, 5))
                        .total())
                .as("a target without document: year of its period")
                .isEqualTo(1);

        tasks.delete(t.id());
        calendar.deleteEvent(e.id());
        targets.deleteTarget(tg.id());
        targets.deleteResult(rs.id());
        for (RecordKind k : RecordKind.values()) {
            assertThat(total(k)).as(k.name()).isZero();
        }
    }

    @Test
    void renamingAUnitMakesItsTasksFoundUnderTheNewName() {
        Task t = task("Thanh tra việc chi trả trợ cấp ưu đãi", "TTr");
        OrgUnit inspectorate = units.find(unit("TTr")).orElseThrow();

        org.save(new OrgUnit(
                        inspectorate.id(),
                        inspectorate.parentId(),
                        "Thanh tra Sở Lao động",
                        inspectorate.abbreviation(),
                        inspectorate.kind(),
                        inspectorate.validFrom(),
                        inspectorate.validTo(),
                        inspectorate.successorId()))
                .orElseThrow();

        assertThat(ids(findTasks("", null, "Thanh tra Sở Lao động"))).containsExactly(t.id());
    }

    @Test
    void mergingAUnitMovesItsOpenTasksToTheSuccessorInSearch() {
        Task t = task("Thanh tra việc chấp hành pháp luật lao động", "TTr");
        OrgUnit successor =
                units.save(new OrgUnit(null, unit("SLĐTBXH"), "Thanh tra Sở Nội vụ", null, null, null, null, null));

        org.merge(unit("TTr"), successor.id(), LocalDate.of(2025, 3, 1)).orElseThrow();

        assertThat(ids(findTasks("", null, "Thanh tra Sở Nội vụ"))).containsExactly(t.id());
    }

    @Test
    void importingTheSamplesMakesTheirTasksEventsAndTargetsSearchableAndDeletingADocumentTakesThemAway() {
        List<Document> docs = importSamples();
        assertThat(total(RecordKind.TASK)).isPositive();
        assertThat(total(RecordKind.EVENT)).isPositive();
        assertThat(find("", RecordKind.TASK))
                .allSatisfy(h -> assertThat(h.documentId()).isNotNull());
        assertThat(find("lao dong", RecordKind.TASK)).isNotEmpty();
        assertThat(search.outOfStep()).isFalse();

        Document withTasks =
                docs.stream().filter(d -> hitsFrom(d.id()) > 1).findFirst().orElseThrow();
        documents.delete(withTasks.id());

        assertThat(hitsFrom(withTasks.id())).isZero();
        assertThat(search.outOfStep()).isFalse();
    }

    @Test
    void aRestrictedReaderFindsExactlyItsUnitsRecordsAndADocumentFollowsTheUnitsOfItsTasks() {
        Document d = importSamples().get(0);
        documents
                .updateMetadata(
                        d.id(),
                        new Document(
                                d.id(),
                                d.number(),
                                d.type(),
                                d.title(),
                                d.issuer(),
                                unit("TTr"),
                                d.issuedOn(),
                                d.place(),
                                null,
                                null,
                                null,
                                null,
                                null))
                .orElseThrow(); // now a unit's own document
        OrgUnit team =
                units.save(new OrgUnit(null, unit("SLĐTBXH"), "Tổ công tác số hóa", null, null, null, null, null));
        vn.dondoc.domain.access.Visibility teamOnly =
                new vn.dondoc.domain.access.Visibility(false, false, Set.of(team.id()));
        Task t = tasks.create(new TaskDraft(
                        "Khảo sát nhu cầu đào tạo nghề",
                        null,
                        LocalDate.of(2025, 1, 2),
                        LocalDate.of(2025, 6, 30),
                        List.of(unit("LĐVL")),
                        List.of(),
                        d.id()))
                .orElseThrow();
        SearchRequest everything = new SearchRequest("", Set.of(), null, null, null, null, null, null, null, 0, 200);
        assertThat(search.search(everything, teamOnly).orElseThrow().total())
                .as("the team works on nothing yet")
                .isZero();

        tasks.update(
                        t.id(),
                        new TaskDraft(
                                "Khảo sát nhu cầu đào tạo nghề",
                                null,
                                null,
                                null,
                                List.of(team.id()),
                                List.of(),
                                d.id()))
                .orElseThrow();

        var seen = search.search(everything, teamOnly).orElseThrow();
        long targetsOfD = jdbc.sql("SELECT COUNT(*) FROM targets WHERE document_id = :d")
                .param("d", d.id())
                .query(Long.class)
                .single();
        assertThat(seen.hits())
                .extracting(h -> h.kind() + ":" + h.id())
                .contains("TASK:" + t.id(), "DOCUMENT:" + d.id())
                .as("the document's targets are read with it")
                .filteredOn(k -> k.startsWith("TARGET:"))
                .hasSize((int) targetsOfD);
        assertThat(seen.total())
                .as("the total counts exactly the hits")
                .isEqualTo(seen.hits().size());
        assertThat(search.search(
                                new SearchRequest(
                                        "dao tao nghe",
                                        Set.of(RecordKind.TASK),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        0,
                                        10),
                                teamOnly)
                        .orElseThrow()
                        .hits())
                .extracting(SearchHit::id)
                .containsExactly(t.id());

        tasks.update(
                        t.id(),
                        new TaskDraft(
                                "Khảo sát nhu cầu đào tạo nghề",
                                null,
                                null,
                                null,
                                List.of(unit("LĐVL")),
                                List.of(),
                                d.id()))
                .orElseThrow();
        assertThat(search.search(everything, teamOnly).orElseThrow().total())
                .as("the document went with the task")
                .isZero();
    }

    @Test
    void aNewDocumentNumberIsSearchableOnTheRecordsTakenFromIt() {
        Document d = importSamples().stream()
                .filter(x -> hitsFrom(x.id()) > 1)
                .findFirst()
                .orElseThrow();
        documents
                .updateMetadata(
                        d.id(),
                        new Document(
                                d.id(),
                                "77/KH-SLĐTBXH",
                                d.type(),
                                d.title(),
                                d.issuer(),
                                d.issuerUnitId(),
                                d.issuedOn(),
                                d.place(),
                                null,
                                null,
                                null,
                                null,
                                null))
                .orElseThrow();

        List<SearchHit> hits = search.search(new SearchRequest("77/KH-SLĐTBXH", null, null, null, null, 0, 50))
                .hits();
        assertThat(hits.get(0).kind()).isEqualTo(RecordKind.DOCUMENT);
        assertThat(hits)
                .filteredOn(h -> h.kind() != RecordKind.DOCUMENT)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.documentId()).isEqualTo(d.id()));
    }

    @Test
    void reindexingFromTheDatabaseRestoresEveryKind() {
        importSamples();
        Task t = task("Việc nhập tay không có văn bản", "VP");
        Map<RecordKind, Long> before = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind k : RecordKind.values()) {
            before.put(k, total(k));
        }
        index.deleteAll();
        index.commit();
        assertThat(documents.indexOutOfStep()).isTrue();

        Map<RecordKind, Long> rebuilt = documents.reindexAll();

        assertThat(documents.indexOutOfStep()).isFalse();
        assertThat(rebuilt).isEqualTo(before);
        for (RecordKind k : RecordKind.values()) {
            assertThat(total(k)).as(k.name()).isEqualTo(before.get(k));
        }
        assertThat(ids(find("nhap tay", RecordKind.TASK))).containsExactly(t.id());
    }

    @Test
    void theSearchPageShowsEachHitsKindInVietnamese() throws Exception {
        Task t = task("Tổng hợp báo cáo tình hình lao động", "SLĐTBXH");
        String html = new String(
                mvc.perform(get("/search").param("q", "lao dong"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("class=\"badge\">Nhiệm vụ<", "/tasks/" + t.id(), "<mark>");
        String filtered = new String(
                mvc.perform(get("/search").param("q", "lao dong").param("kind", "EVENT"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(filtered).doesNotContain("/tasks/" + t.id());
    }

    /** Read by the workers, confirmed here: the index follows the confirmation before it returns. */
    private List<Document> importSamples() {
        long batch = imports.stage("samples", DemoData.sampleFiles(), false);
        imports.processUntilDone(batch, 120_000);
        List<Document> docs = imports.summary(batch).files().stream()
                .map(f -> imports.confirm(f.id(), imports.proposal(f.id())).orElseThrow())
                .toList();
        assertThat(docs).hasSize(5);
        return docs;
    }

    /** Records in the index taken from this document, every page of them. */
    private long hitsFrom(long documentId) {
        Set<RecordKind> records = Set.of(RecordKind.TASK, RecordKind.EVENT, RecordKind.TARGET, RecordKind.RESULT);
        long n = 0;
        for (int page = 0; ; page++) {
            List<SearchHit> hits = search.search(
                            new SearchRequest("", records, null, null, null, null, null, null, null, page, 100))
                    .hits();
            n += hits.stream()
                    .filter(h -> h.documentId() != null && h.documentId() == documentId)
                    .count();
            if (hits.size() < 100) {
                return n;
            }
        }
    }
}
