package vn.dondoc.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentFilter;
import vn.dondoc.domain.document.DocumentService;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.ImportFile;
import vn.dondoc.domain.imports.ImportJobs;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportStatus;
import vn.dondoc.domain.imports.ImportSummary;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.imports.Proposal;
import vn.dondoc.domain.imports.Proposal.ProposedDocument;
import vn.dondoc.domain.imports.Proposal.ProposedReference;
import vn.dondoc.domain.imports.Proposal.ProposedTask;
import vn.dondoc.domain.org.AliasKind;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskFilter;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.textcore.model.Span;

/** Import with review, end to end on a real database; run on H2 and on PostgreSQL. */
public abstract class ImportRoundTripContract {
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ImportService imports;

    @Autowired
    protected ImportJobs jobs;

    @Autowired
    protected Documents documents;

    @Autowired
    protected DocumentService documentService;

    @Autowired
    protected Search search;

    @Autowired
    protected Tasks tasks;

    @Autowired
    protected OrgUnits units;

    @Autowired
    protected Lexicon lexicon;

    @Autowired
    protected DemoData demo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(jdbc);
        documentService.reindexAll();
        demo.seedOrganisation();
    }

    /** Works the queue here; the background worker may hold a file meanwhile, so wait for the batch to settle. */
    /** The background worker may hold a file meanwhile: wait for the batch to settle. */
    protected void processAndWait(long batch) {
        imports.processUntilDone(batch, 60_000);
    }

    protected List<Document> importAndConfirmSamples() {
        long batch = imports.stage("samples", DemoData.sampleFiles(), false);
        processAndWait(batch);
        List<Document> confirmed = new ArrayList<>();
        for (ImportFile f : jobs.files(batch)) {
            assertThat(f.status()).as(f.fileName()).isEqualTo(ImportStatus.READY);
            Proposal p = imports.proposal(f.id());
            assertThat(p.text()).isNotBlank();
            confirmed.add(imports.confirm(f.id(), p).orElseThrow());
        }
        return confirmed;
    }

    @Test
    void allFiveSamplesImportThroughReviewAndComeBackFromQueriesAndSearch() {
        assertThat(DemoData.sampleFiles()).hasSize(5);
        List<Document> confirmed = importAndConfirmSamples();

        assertThat(confirmed).hasSize(5);
        var listed = documents.list(DocumentFilter.none(), new PageRequest(0, 50));
        assertThat(listed.total()).isEqualTo(5);
        for (Document d : confirmed) {
            Document back = documents.find(d.id()).orElseThrow();
            assertThat(back.contentHash()).hasSize(64).isEqualTo(d.contentHash());
            assertThat(back.text()).isNotBlank();
            assertThat(documents.original(d.id()).orElseThrow()).isNotEmpty();
            assertThat(jobs.find(back.importFileId()).orElseThrow().status()).isEqualTo(ImportStatus.CONFIRMED);
        }
        // every sample speaks of "Hà Tĩnh" or the department: found with and without accents
        assertThat(search.search(new SearchRequest("Hà Tĩnh", null, null, null, null, 0, 20))
                        .total())
                .isGreaterThanOrEqualTo(3);
        assertThat(search.search(new SearchRequest("ha tinh", null, null, null, null, 0, 20))
                        .total())
                .isGreaterThanOrEqualTo(3);
        assertThat(search.search(new SearchRequest("Covid-19", null, null, null, null, 0, 20))
                        .hits())
                .extracting(h -> h.documentId())
                .contains(confirmed.get(0).id());
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        importAndConfirmSamples();
        Map<String, Long> before = TestDatabase.counts(jdbc);
        long searchBefore = search.search(new SearchRequest("", null, null, null, null, 0, 1))
                .total();

        long again = imports.stage("again", DemoData.sampleFiles(), true);
        int processed = imports.processAll();

        ImportSummary s = imports.summary(again);
        assertThat(processed).isZero();
        assertThat(s.count(ImportStatus.DUPLICATE)).isEqualTo(5);
        assertThat(s.files()).allSatisfy(f -> assertThat(f.documentId()).isNotNull());
        Map<String, Long> after = TestDatabase.counts(jdbc);
        after.put("import_files", after.get("import_files") - 5); // the second batch records its 5 skipped files
        after.put("import_batches", after.get("import_batches") - 1);
        assertThat(after).isEqualTo(before);
        assertThat(search.search(new SearchRequest("", null, null, null, null, 0, 1))
                        .total())
                .isEqualTo(searchBefore);
        assertThat(search.outOfStep()).isFalse();
    }

    @Test
    void theSameFileTwiceInOneBatchIsStoredOnce() {
        byte[] text = "Số: 1/TB-VP\nThông báo thử nghiệm".getBytes(StandardCharsets.UTF_8);
        long batch =
                imports.stage("twice", List.of(new IncomingFile("a.txt", text), new IncomingFile("b.txt", text)), true);
        processAndWait(batch);
        ImportSummary s = imports.summary(batch);
        assertThat(s.count(ImportStatus.CONFIRMED)).isEqualTo(1);
        assertThat(s.count(ImportStatus.DUPLICATE)).isEqualTo(1);
        assertThat(documents.allIds()).hasSize(1);
    }

    @Test
    void anEmptyOrBinaryFileGetsItsOwnErrorAndTheRestOfTheBatchIsImported() {
        List<IncomingFile> files = new ArrayList<>(DemoData.sampleFiles().subList(0, 2));
        files.add(new IncomingFile("rong.txt", new byte[0]));
        files.add(new IncomingFile("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3}));
        long batch = imports.stage("mixed", files, true);
        processAndWait(batch);

        ImportSummary s = imports.summary(batch);
        assertThat(s.count(ImportStatus.CONFIRMED)).isEqualTo(2);
        assertThat(s.files())
                .filteredOn(f -> f.fileName().equals("rong.txt"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(ImportStatus.FAILED);
                    assertThat(f.errorCode()).isEqualTo("empty");
                });
        assertThat(s.files())
                .filteredOn(f -> f.fileName().equals("anh.png"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(ImportStatus.FAILED);
                    assertThat(f.errorCode()).isEqualTo("unreadable");
                    assertThat(f.errorDetail()).contains("PNG");
                });
    }

    private ImportFile stagedReady(String name, String text) {
        long batch =
                imports.stage("one", List.of(new IncomingFile(name, text.getBytes(StandardCharsets.UTF_8))), false);
        processAndWait(batch);
        ImportFile f = jobs.files(batch).get(0);
        assertThat(f.status()).isEqualTo(ImportStatus.READY);
        return f;
    }

    private static Proposal reviewed(
            ImportFile f,
            Proposal p,
            String number,
            LocalDate date,
            List<ProposedTask> ts,
            List<ProposedReference> refs) {
        return new Proposal(
                f.id(),
                f.fileName(),
                p.text(),
                new ProposedDocument(
                        number,
                        "THONG_BAO",
                        "Thông báo thử",
                        "Sở Lao động - Thương binh và Xã hội",
                        date,
                        "Hà Tĩnh",
                        null,
                        null,
                        null),
                refs,
                List.of(),
                ts,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void theReviewersCorrectionsAndDropsAreWhatIsStoredAndItemsKeepTheirSourceSpan() {
        String text = "Số: 5/TB-SLĐTBXH\n1. Văn phòng chủ trì tổng hợp báo cáo.\n2. Việc không cần theo dõi.\n";
        ImportFile f = stagedReady("tb5.txt", text);
        Proposal p = imports.proposal(f.id());
        ProposedTask kept = new ProposedTask(
                true,
                "Tổng hợp báo cáo quý",
                "1",
                List.of("VP"),
                List.of("Phòng CM", "Phòng XYZ"),
                LocalDate.of(2020, 9, 30),
                new Span(18, 56),
                List.of());
        ProposedTask dropped = new ProposedTask(
                false, "Việc không cần theo dõi", "2", List.of(), List.of(), null, new Span(57, 80), List.of());

        Document d = imports.confirm(
                        f.id(),
                        reviewed(f, p, "5/TB-SLĐTBXH", LocalDate.of(2020, 7, 14), List.of(kept, dropped), List.of()))
                .orElseThrow();

        List<Task> stored = tasks.list(new TaskFilter(null, null, d.id(), null, null, null), new PageRequest(0, 10))
                .items();
        assertThat(stored).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Tổng hợp báo cáo quý");
            assertThat(t.spanStart()).isEqualTo(18);
            assertThat(t.spanEnd()).isEqualTo(56);
            assertThat(t.startDate()).isEqualTo(LocalDate.of(2020, 7, 14));
            assertThat(t.lead())
                    .singleElement()
                    .satisfies(l -> assertThat(l.unitName()).isEqualTo("Văn phòng Sở"));
            assertThat(t.cooperating()).extracting(c -> c.rawName()).containsExactly("Phòng CM", "Phòng XYZ");
            assertThat(t.cooperating().get(0).unitName()).isEqualTo("Các phòng chuyên môn");
            assertThat(t.cooperating().get(1).unitId())
                    .as("unknown names stay as written, unresolved")
                    .isNull();
        });
        assertThat(documents.find(d.id()).orElseThrow().title()).isEqualTo("Thông báo thử");
        assertThat(documents.find(d.id()).orElseThrow().issuerUnitId()).isNotNull();
    }

    @Test
    void aNameTheLexiconLearnsFromTheReviewerResolvesInTheNextImport() {
        ImportFile f = stagedReady("a.txt", "Văn bản A, Phòng XYZ thực hiện.");
        assertThat(imports.confirm(
                                f.id(),
                                reviewed(
                                        f,
                                        imports.proposal(f.id()),
                                        "7/TB-VP",
                                        null,
                                        List.of(new ProposedTask(
                                                true,
                                                "Việc A",
                                                null,
                                                List.of("Phòng XYZ"),
                                                List.of(),
                                                null,
                                                null,
                                                List.of())),
                                        List.of()))
                        .isOk())
                .isTrue();
        long lđvl = units.findByNameOrAbbreviation("LĐVL").orElseThrow().id();

        lexicon.put("Phòng XYZ", AliasKind.UNIT, lđvl);

        ImportFile g = stagedReady("b.txt", "Văn bản B, Phòng XYZ thực hiện.");
        Document d = imports.confirm(
                        g.id(),
                        reviewed(
                                g,
                                imports.proposal(g.id()),
                                "8/TB-VP",
                                null,
                                List.of(new ProposedTask(
                                        true, "Việc B", null, List.of("Phòng XYZ"), List.of(), null, null, List.of())),
                                List.of()))
                .orElseThrow();
        Task t = tasks.list(new TaskFilter(null, null, d.id(), null, null, null), new PageRequest(0, 5))
                .items()
                .get(0);
        assertThat(t.parties()).singleElement().satisfies(pty -> {
            assertThat(pty.role()).isEqualTo(PartyRole.LEAD);
            assertThat(pty.unitId()).isEqualTo(lđvl);
        });
    }

    @Test
    void aTaskDueBeforeTheDocumentDateIsRefusedWithAReasonAndNothingIsStored() {
        ImportFile f = stagedReady("c.txt", "Văn bản C");
        Map<String, Long> before = TestDatabase.counts(jdbc);
        Outcome<Document> out = imports.confirm(
                f.id(),
                reviewed(
                        f,
                        imports.proposal(f.id()),
                        "9/TB-VP",
                        LocalDate.of(2021, 5, 1),
                        List.of(new ProposedTask(
                                true, "Việc C", null, List.of(), List.of(), LocalDate.of(2021, 4, 1), null, List.of())),
                        List.of()));

        assertThat(out)
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        r -> assertThat(r.reasons())
                                .extracting(
                                        x -> ((vn.dondoc.domain.common.Rejection) x).code(),
                                        x -> ((vn.dondoc.domain.common.Rejection) x).field())
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "task.deadlineBeforeStart", "tasks[0].deadline")));
        assertThat(TestDatabase.counts(jdbc)).isEqualTo(before);
        assertThat(jobs.find(f.id()).orElseThrow().status()).isEqualTo(ImportStatus.READY);
    }

    @Test
    void aSpanOutsideTheStoredTextOrAnUnknownTypeIsRefused() {
        ImportFile f = stagedReady("d.txt", "Văn bản D ngắn");
        Proposal p = imports.proposal(f.id());
        Proposal bad = new Proposal(
                f.id(),
                f.fileName(),
                p.text(),
                new ProposedDocument(null, "SACH_TRANG", null, null, null, null, null, null, null),
                List.of(),
                List.of(),
                List.of(new ProposedTask(
                        true, "Việc D", null, List.of(), List.of(), null, new Span(3, 5000), List.of())),
                List.of(),
                List.of(),
                List.of());

        Outcome<Document> out = imports.confirm(f.id(), bad);

        assertThat(out)
                .isInstanceOfSatisfying(
                        Outcome.Rejected.class,
                        r -> assertThat(r.reasons())
                                .extracting(x -> ((vn.dondoc.domain.common.Rejection) x).code())
                                .containsExactlyInAnyOrder("document.type", "import.spanOutsideText"));
        assertThat(documents.allIds()).isEmpty();
    }

    @Test
    void aCitationStaysUnresolvedUntilTheCitedDocumentArrives() {
        ImportFile f = stagedReady("plan.txt", "Kế hoạch thực hiện Chỉ thị số 42-CT/TU");
        Document plan = imports.confirm(
                        f.id(),
                        reviewed(
                                f,
                                imports.proposal(f.id()),
                                "10/KH-SLĐTBXH",
                                null,
                                List.of(),
                                List.of(new ProposedReference(
                                        true, "42-CT/TU", "CHI_THI", null, null, new Span(30, 38), null))))
                .orElseThrow();
        assertThat(documents.referencesFrom(plan.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.citedDocumentId()).isNull());

        ImportFile g = stagedReady("ct42.txt", "Chỉ thị 42-CT/TU của Ban Thường vụ Tỉnh ủy");
        Document directive = imports.confirm(
                        g.id(), reviewed(g, imports.proposal(g.id()), "42-CT/TU", null, List.of(), List.of()))
                .orElseThrow();

        assertThat(documents.referencesFrom(plan.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.citedDocumentId()).isEqualTo(directive.id()));
        assertThat(documents.referencesTo(directive.id()))
                .extracting(r -> r.documentId())
                .containsExactly(plan.id());
    }

    @Test
    void deletingADocumentTakesItOutOfTheSearchIndexAndRestoringItBringsItBack() {
        ImportFile f = stagedReady("x.txt", "Văn bản về chuyển đổi số độc nhất vô nhị");
        Document d = imports.confirm(f.id(), imports.proposal(f.id())).orElseThrow();
        assertThat(search.search(new SearchRequest("vô nhị", null, null, null, null, 0, 5))
                        .total())
                .isEqualTo(1);

        documentService.delete(d.id());

        assertThat(search.search(new SearchRequest("vô nhị", null, null, null, null, 0, 5))
                        .total())
                .isZero();
        assertThat(documents.find(d.id())).isEmpty();

        assertThat(documentService.restore(d.id())).isTrue();
        assertThat(search.search(new SearchRequest("vô nhị", null, null, null, null, 0, 5))
                        .total())
                .isEqualTo(1);
        assertThat(documents.find(d.id())).isPresent();
    }
}
