package vn.dondoc.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.document.ContentHash;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.SearchHit;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;
import vn.dondoc.domain.task.TaskStatus;

/**
 * A task write re-indexes its document only when what the index holds about the document changes (the units
 * named by its tasks, who may read it); a status, progress or wording change re-indexes the task alone (issue
 * 13.2). Run on H2 and on PostgreSQL.
 */
public abstract class TaskReindexContract {
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected LuceneSearch search;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected Documents documents;

    @Autowired
    protected DocumentService documentService;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected DemoData demo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documentService.reindexAll();
        demo.seedOrganisation();
    }

    private long indexedBy(Runnable change) {
        long before = search.indexedItems();
        change.run();
        return search.indexedItems() - before;
    }

    private List<Long> documentsFound(long unit) {
        return search
                .search(
                        new SearchRequest("phòng chống thiên tai", null, null, null, null, 0, 10),
                        new Visibility(false, false, Set.of(unit)))
                .orElseThrow()
                .hits()
                .stream()
                .filter(h -> h.kind() == RecordKind.DOCUMENT)
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void aStatusOrProgressChangeReindexesTheTaskAloneAndNewUnitsReindexTheDocument() {
        var all = units.all();
        long issuer = all.get(0).id();
        long lead = all.get(1).id();
        long other = all.get(2).id();
        String body = "Kế hoạch phòng chống thiên tai năm 2026";
        Document doc = documents.insert(
                new Document(
                        null,
                        "12/KH-UBND",
                        "KE_HOACH",
                        "Kế hoạch phòng chống thiên tai",
                        "Ủy ban nhân dân",
                        issuer,
                        LocalDate.of(2026, 3, 2),
                        "Hà Tĩnh",
                        "kh-12.txt",
                        ContentHash.sha256(body.getBytes(StandardCharsets.UTF_8)),
                        body,
                        null,
                        null),
                null);
        search.changed(RecordKind.DOCUMENT, doc.id());
        TaskDraft draft = new TaskDraft(
                "Kiểm tra đê điều", null, null, LocalDate.of(2026, 6, 30), List.of(lead), List.of(), doc.id());
        long[] id = new long[1];
        // a new task names a unit: the document is read by that unit from now on
        assertThat(indexedBy(() -> id[0] =
                        ((Outcome.Ok<Task>) taskService.create(draft)).value().id()))
                .isGreaterThan(1);
        assertThat(documentsFound(lead)).containsExactly(doc.id());
        assertThat(documentsFound(other)).isEmpty();

        assertThat(indexedBy(() -> taskService.changeStatus(id[0], TaskStatus.IN_PROGRESS)))
                .isEqualTo(1);
        assertThat(indexedBy(() -> taskService.report(id[0], null, lead, 60, "Đã kiểm tra 3 xã")))
                .isEqualTo(1);
        assertThat(indexedBy(() -> taskService.update(
                        id[0],
                        new TaskDraft(
                                "Kiểm tra đê điều và hồ đập",
                                null,
                                null,
                                LocalDate.of(2026, 7, 31),
                                List.of(lead),
                                List.of(),
                                doc.id()))))
                .isEqualTo(1);
        // another unit named: the document is indexed again with its new readers
        assertThat(indexedBy(() -> taskService.update(
                        id[0],
                        new TaskDraft(
                                "Kiểm tra đê điều và hồ đập",
                                null,
                                null,
                                LocalDate.of(2026, 7, 31),
                                List.of(lead),
                                List.of(other),
                                doc.id()))))
                .isGreaterThan(1);
        assertThat(documentsFound(other)).containsExactly(doc.id());
        // the change log tells other instances the same: the status change was logged as the task alone
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_changes WHERE record_kind = 'TASK' AND record_id = :id"
                                + " AND op = 'ALONE'")
                        .param("id", id[0])
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
