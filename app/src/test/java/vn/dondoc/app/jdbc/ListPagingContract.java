package vn.dondoc.app.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.access.SignIn;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.ContentHash;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;

/**
 * Province-scale lists (issue 13.2): pages by cursor, counts up to a bound, a document's text beside its row.
 * Run on H2 and on PostgreSQL.
 */
public abstract class ListPagingContract {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JdbcTemplate template;

    @Autowired
    protected Tasks tasks;

    @Autowired
    protected Documents documents;

    @Autowired
    protected DocumentService documentService;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected Search search;

    @Autowired
    protected DemoData demo;

    @Autowired
    protected WebApplicationContext context;

    private long unitA;
    private long unitB;
    private int serial;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documentService.reindexAll();
        demo.seedOrganisation();
        var all = units.all();
        unitA = all.get(0).id();
        unitB = all.get(1).id();
    }

    private Task task(LocalDate deadline, long unit) {
        return tasks.insert(new Task(
                null,
                null,
                "Nhiệm vụ " + (++serial),
                null,
                DAY.minusDays(30),
                deadline,
                TaskStatus.NEW,
                0,
                List.of(new TaskParty(PartyRole.LEAD, "đơn vị " + unit, unit, null)),
                null,
                null));
    }

    private Document document(LocalDate issued, long issuerUnit, String text) {
        String body = text + " " + (++serial);
        return documents.insert(
                new Document(
                        null,
                        serial + "/KH-UBND",
                        "KE_HOACH",
                        "Kế hoạch " + serial,
                        "Ủy ban nhân dân",
                        issuerUnit,
                        issued,
                        "Hà Tĩnh",
                        "kh-" + serial + ".txt",
                        ContentHash.sha256(body.getBytes(StandardCharsets.UTF_8)),
                        body,
                        null,
                        null),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** Deadlines with ties (several tasks a day) and undated tasks, for units A and B. */
    private void someTasks() {
        for (int i = 0; i < 23; i++) {
            LocalDate deadline = i % 5 == 4 ? null : DAY.plusDays(i % 4);
            task(deadline, i % 3 == 0 ? unitB : unitA);
        }
    }

    /** Every page by cursor, following {@code next} from the first page. */
    private static <T> List<Long> walk(
            BiFunction<PageRequest, Integer, Page<T>> list, java.util.function.Function<T, Long> id, int size) {
        List<Long> seen = new ArrayList<>();
        String after = null;
        int page = 0;
        do {
            Page<T> p = list.apply(new PageRequest(page++, size, after), page);
            p.items().forEach(t -> seen.add(id.apply(t)));
            after = p.next();
            assertThat(page).as("pages").isLessThan(1000);
        } while (after != null);
        return seen;
    }

    private List<Long> allTaskIds(Visibility v) {
        return tasks.list(TaskFilter.none().visibleTo(v), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(Task::id)
                .toList();
    }

    @Test
    void taskPagesByCursorHaveNoGapsNorDuplicatesAndFollowTheOrder() {
        someTasks();
        List<Long> expected = allTaskIds(Visibility.EVERYTHING);
        assertThat(expected).hasSize(23);
        for (int size : new int[] {1, 4, 7, 23, 50}) {
            List<Long> walked =
                    walk((r, n) -> tasks.list(TaskFilter.none().visibleTo(Visibility.EVERYTHING), r), Task::id, size);
            assertThat(walked).as("size " + size).containsExactlyElementsOf(expected);
        }
        // page= without a cursor still gives the same pages
        assertThat(tasks.list(TaskFilter.none().visibleTo(Visibility.EVERYTHING), new PageRequest(2, 4))
                        .items())
                .extracting(Task::id)
                .containsExactlyElementsOf(expected.subList(8, 12));
        Page<Task> last = tasks.list(TaskFilter.none().visibleTo(Visibility.EVERYTHING), new PageRequest(5, 4));
        assertThat(last.items()).hasSize(3);
        assertThat(last.next()).isNull();
    }

    @Test
    void aCursorIsStableWhenTasksAreAddedBeforeAndAfterIt() {
        someTasks();
        TaskFilter everything = TaskFilter.none().visibleTo(Visibility.EVERYTHING);
        Page<Task> first = tasks.list(everything, new PageRequest(0, 10));
        List<Long> before = allTaskIds(Visibility.EVERYTHING);
        // one sorted before the cursor (earliest deadline), one on the cursor's own day, one undated at the end
        long early = task(DAY.minusDays(10), unitA).id();
        long sameDay = task(first.items().get(9).deadline(), unitA).id();
        long undated = task(null, unitA).id();
        List<Long> rest = new ArrayList<>();
        String after = first.next();
        while (after != null) {
            Page<Task> p = tasks.list(everything, new PageRequest(1, 10, after));
            p.items().forEach(t -> rest.add(t.id()));
            after = p.next();
        }
        // the pages after the cursor: exactly what now follows the first page's last task, once each
        List<Long> now = allTaskIds(Visibility.EVERYTHING);
        long last = first.items().get(9).id();
        assertThat(rest).containsExactlyElementsOf(now.subList(now.indexOf(last) + 1, now.size()));
        assertThat(rest).contains(sameDay, undated).doesNotContain(early).doesNotHaveDuplicates();
        assertThat(rest)
                .doesNotContainAnyElementsOf(
                        first.items().stream().map(Task::id).toList());
        assertThat(rest).hasSize(before.size() - 10 + 2);
    }

    @Test
    void cursorPagesRespectTheReadersVisibility() {
        someTasks();
        Visibility onlyA = new Visibility(false, false, Set.of(unitA));
        List<Long> visible = allTaskIds(onlyA);
        assertThat(visible).isNotEmpty().hasSizeLessThan(23);
        List<Long> walked = walk((r, n) -> tasks.list(TaskFilter.none().visibleTo(onlyA), r), Task::id, 3);
        assertThat(walked).containsExactlyElementsOf(visible);
        assertThat(tasks.list(TaskFilter.none().visibleTo(onlyA), new PageRequest(0, 3))
                        .total())
                .isEqualTo(visible.size());
    }

    @Test
    void aForeignCursorIsRefused() {
        assertThatThrownBy(() -> tasks.list(
                        TaskFilter.none().visibleTo(Visibility.EVERYTHING), new PageRequest(1, 10, "not a cursor")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentPagesByCursorFollowTheNewestFirstOrder() {
        for (int i = 0; i < 17; i++) {
            document(i % 6 == 5 ? null : DAY.minusDays(i % 3), i % 2 == 0 ? unitA : unitB, "Nội dung văn bản");
        }
        DocumentFilter all = new DocumentFilter(null, null, null, null, null).visibleTo(Visibility.EVERYTHING);
        List<Long> expected = documents.list(all, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(Document::id)
                .toList();
        assertThat(expected).hasSize(17);
        for (int size : new int[] {1, 5, 17}) {
            assertThat(walk((r, n) -> documents.list(all, r), Document::id, size))
                    .as("size " + size)
                    .containsExactlyElementsOf(expected);
        }
        DocumentFilter onlyA =
                new DocumentFilter(null, null, null, null, null).visibleTo(new Visibility(false, false, Set.of(unitA)));
        List<Long> visible = documents.list(onlyA, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .map(Document::id)
                .toList();
        assertThat(visible).isNotEmpty().hasSizeLessThan(17);
        assertThat(walk((r, n) -> documents.list(onlyA, r), Document::id, 2)).containsExactlyElementsOf(visible);
    }

    @Test
    void largeListsAreCountedUpToTheBound() throws Exception {
        task(DAY, unitA);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i <= Page.COUNT_BOUND; i++) {
            rows.add(new Object[] {"Nhiệm vụ hàng loạt " + i, java.sql.Date.valueOf(DAY.plusDays(i % 400))});
        }
        template.batchUpdate("INSERT INTO tasks (body, deadline, status) VALUES (?, ?, 'NEW')", rows);
        Page<Task> big = tasks.list(TaskFilter.none().visibleTo(Visibility.EVERYTHING), new PageRequest(0, 5));
        assertThat(big.totalIsBound()).isTrue();
        assertThat(big.total()).isEqualTo(Page.COUNT_BOUND);
        assertThat(big.items()).hasSize(5);
        // a small list keeps its exact count
        Page<Task> small = tasks.list(
                new TaskFilter(null, unitA, null, null, null, null).visibleTo(Visibility.EVERYTHING),
                new PageRequest(0, 5));
        assertThat(small.totalIsBound()).isFalse();
        assertThat(small.total()).isEqualTo(1);

        var mvc = SignIn.mvc(context, SignIn.admin());
        mvc.perform(get("/api/tasks?size=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalAtLeast").value(10_000))
                .andExpect(jsonPath("$.total").doesNotExist())
                .andExpect(jsonPath("$.next").isString());
        mvc.perform(get("/api/tasks?unitId=" + unitA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.totalAtLeast").doesNotExist())
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/tasks?after=xyz")).andExpect(status().isBadRequest());
        // the page shows "more than 10,000" and its next link carries the cursor
        String html = mvc.perform(get("/tasks"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("hơn 10.000").contains("after=");
    }

    @Test
    void theApiFollowsItsCursor() throws Exception {
        someTasks();
        var mvc = SignIn.mvc(context, SignIn.admin());
        Set<Long> seen = new HashSet<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            String json = mvc.perform(get("/api/tasks?size=6" + (after.isEmpty() ? "" : "&after=" + after)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
            node.get("items")
                    .forEach(i -> assertThat(seen.add(i.get("task").get("id").asLong()))
                            .isTrue());
            after = node.has("next") ? node.get("next").asString() : null;
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(allTaskIds(Visibility.EVERYTHING));
    }

    @Test
    void aDocumentsTextLivesBesideItsRowAndIsReadWhereNeeded() throws Exception {
        Document d = document(DAY, unitA, "Triển khai chương trình chuyển đổi số tại xã Thạch Hà");
        // the list reads the short row; the text is in document_texts
        assertThat(documents
                        .list(
                                new DocumentFilter(null, null, null, null, null).visibleTo(Visibility.EVERYTHING),
                                new PageRequest(0, 10))
                        .items())
                .singleElement()
                .satisfies(x -> assertThat(x.text()).isNull());
        assertThat(jdbc.sql("SELECT body FROM document_texts WHERE document_id = :id")
                        .param("id", d.id())
                        .query(String.class)
                        .single())
                .startsWith("Triển khai chương trình");
        // the detail, the original file, the search index
        assertThat(documents.find(d.id()).orElseThrow().text()).startsWith("Triển khai chương trình");
        assertThat(new String(documents.original(d.id()).orElseThrow(), StandardCharsets.UTF_8))
                .startsWith("Triển khai chương trình");
        search.changed(RecordKind.DOCUMENT, d.id());
        assertThat(search.search(new SearchRequest("chuyển đổi số", null, null, null, null, 0, 10))
                        .hits())
                .extracting(h -> h.id())
                .contains(d.id());
        var mvc = SignIn.mvc(context, SignIn.admin());
        mvc.perform(get("/api/documents/" + d.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(d.text()));
        String page = mvc.perform(get("/documents/" + d.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Thạch Hà");
    }
}
