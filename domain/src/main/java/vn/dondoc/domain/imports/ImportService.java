package vn.dondoc.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.ProgramChanges;
import vn.dondoc.domain.calendar.ProgramRevision;
import vn.dondoc.domain.calendar.WorkProgram;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.document.ContentHash;
import vn.dondoc.domain.document.Document;
import vn.dondoc.domain.document.DocumentReference;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.imports.Proposal.Certainty;
import vn.dondoc.domain.imports.Proposal.ProposedCandidate;
import vn.dondoc.domain.imports.Proposal.ProposedDocument;
import vn.dondoc.domain.imports.Proposal.ProposedEvent;
import vn.dondoc.domain.imports.Proposal.ProposedReference;
import vn.dondoc.domain.imports.Proposal.ProposedResult;
import vn.dondoc.domain.imports.Proposal.ProposedTarget;
import vn.dondoc.domain.imports.Proposal.ProposedTask;
import vn.dondoc.domain.org.NameResolver;
import vn.dondoc.domain.org.ResolvedName;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.target.IndicatorNames;
import vn.dondoc.domain.target.Result;
import vn.dondoc.domain.target.Target;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.TaskStatus;
import vn.dondoc.domain.task.Tasks;
import vn.dondoc.textcore.DocumentPipeline;
import vn.dondoc.textcore.model.Assessment;
import vn.dondoc.textcore.model.Confidence;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ResultItem;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.TargetItem;
import vn.dondoc.textcore.model.TaskItem;

/**
 * Import with review: stage files (hash → duplicate check), read and extract them (any instance,
 * one file at a time, state in the store), propose the extracted items for review, and turn a
 * confirmed proposal into records that keep their source spans.
 */
public final class ImportService {
    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());
    private static final String CLERK_MESSAGE = "lỗi khi phân tích nội dung; hãy báo quản trị viên kèm tệp này";
    private final ImportJobs jobs;
    private final Documents documents;
    private final Tasks tasks;
    private final Calendars calendars;
    private final Targets targets;
    private final NameResolver names;
    private final Search search;
    private final TextReader reader;
    private final DocumentPipeline pipeline;
    private final Transactor tx;
    private final int maxAttempts;

    public ImportService(
            ImportJobs jobs,
            Documents documents,
            Tasks tasks,
            Calendars calendars,
            Targets targets,
            NameResolver names,
            Search search,
            TextReader reader,
            DocumentPipeline pipeline,
            Transactor tx) {
        this(jobs, documents, tasks, calendars, targets, names, search, reader, pipeline, tx, DEFAULT_MAX_ATTEMPTS);
    }

    /** How many times a file is taken up (an error, or a crash while reading it) before it is given up. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** {@code maxAttempts}: how many times a file is taken up before it is given up as failed (at least 1). */
    public ImportService(
            ImportJobs jobs,
            Documents documents,
            Tasks tasks,
            Calendars calendars,
            Targets targets,
            NameResolver names,
            Search search,
            TextReader reader,
            DocumentPipeline pipeline,
            Transactor tx,
            int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.jobs = jobs;
        this.documents = documents;
        this.tasks = tasks;
        this.calendars = calendars;
        this.targets = targets;
        this.names = names;
        this.search = search;
        this.reader = reader;
        this.pipeline = pipeline;
        this.tx = tx;
    }

    /** Records a batch: each file is queued, or marked duplicate at once when its hash is known. */
    public long stage(String label, List<IncomingFile> files, boolean autoConfirm) {
        return stage(label, files, autoConfirm, java.util.Set.of());
    }

    /** The same, for a batch that belongs to these units (its uploader's): who may read it, see {@link ImportJobs#batches}. */
    public long stage(String label, List<IncomingFile> files, boolean autoConfirm, java.util.Set<Long> ownerUnits) {
        long batchId = tx.inTransaction(() -> jobs.createBatch(label, autoConfirm, ownerUnits));
        stageMore(batchId, files);
        return batchId;
    }

    /** Adds files to an existing batch (an archive is staged in chunks, never all in memory). */
    public void stageMore(long batchId, List<IncomingFile> files) {
        tx.inTransaction(() -> {
            for (IncomingFile f : files) {
                byte[] bytes = f.bytes() == null ? new byte[0] : f.bytes();
                String hash = ContentHash.sha256(bytes);
                String name = Texts.clean(f.name()) == null ? "(không tên)" : Texts.clean(f.name());
                Optional<Document> doc = documents.findByHash(hash);
                if (doc.isPresent()) {
                    jobs.addFile(
                            batchId,
                            name,
                            bytes,
                            hash,
                            ImportStatus.DUPLICATE,
                            "duplicateDocument",
                            describe(doc.get()),
                            doc.get().id());
                    continue;
                }
                Optional<ImportFile> live = jobs.findLiveByHash(hash);
                if (live.isPresent()
                        && live.get().batchId() != batchId
                        && !live.get().status().finished()) {
                    // unfinished in an earlier batch (an import killed half-way, or still queued): this batch
                    // reads it, so what it reports is what really happened; the earlier file says so
                    jobs.takeOver(live.get().id(), batchId);
                    jobs.addFile(batchId, name, bytes, hash, ImportStatus.QUEUED, null, null, null);
                    continue;
                }
                if (live.isPresent()) {
                    jobs.addFile(
                            batchId,
                            name,
                            bytes,
                            hash,
                            ImportStatus.DUPLICATE,
                            "duplicateFile",
                            live.get().fileName(),
                            null);
                    continue;
                }
                jobs.addFile(batchId, name, bytes, hash, ImportStatus.QUEUED, null, null, null);
            }
            return null;
        });
    }

    /**
     * Reads and extracts one queued file; false when none is left. A bad file fails alone. The file and,
     * with automatic confirmation, its document and all its records are written in one transaction, so a
     * crash leaves either all of them or none (the file then comes back to the queue when its lease runs out).
     */
    public boolean processNext() {
        Optional<ImportFile> claimed = tx.inTransaction(jobs::claimNext);
        if (claimed.isEmpty()) {
            return false;
        }
        ImportFile f = claimed.get();
        try (ImportJobs.Lease lease = jobs.hold(f.id())) {
            process(f);
        }
        return true;
    }

    private void process(ImportFile f) {
        try {
            byte[] bytes = jobs.bytes(f.id()).orElse(new byte[0]);
            TextReader.ReadText read = reader.read(f.fileName(), bytes);
            String text = read.text();
            // fail here, not at review, if extraction cannot cope
            ParsedDocument parsed = pipeline.parse(f.fileName(), text, read.diagnostics());
            boolean auto = jobs.batch(f.batchId()).map(ImportBatch::autoConfirm).orElse(false);
            // one transaction: others see the file READY only once an automatic confirmation is done too
            tx.inTransaction(() -> {
                jobs.markReady(f.id(), text, read.diagnostics());
                if (auto) {
                    Outcome<Document> out = confirm(f.id(), proposalOf(f, parsed), parsed);
                    if (out instanceof Outcome.Rejected<Document> r) {
                        // stays READY for a person to review; the note says why it was not stored automatically
                        jobs.note(
                                f.id(),
                                "rejected",
                                String.join(
                                        ", ",
                                        r.reasons().stream()
                                                .map(x -> x.code() + "@" + x.field())
                                                .toList()));
                    }
                }
                return null;
            });
        } catch (UnreadableFileException e) {
            // the same bytes read the same way: another attempt would fail alike
            tx.inTransaction(() -> {
                jobs.markFailed(f.id(), e.code(), e.detail());
                return null;
            });
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "import file " + f.id() + " failed (attempt " + f.attempts() + ")", e);
            tx.inTransaction(() -> {
                Optional<Document> stored = documents.findByHash(f.contentHash());
                if (stored.isPresent()) {
                    // another worker stored the same content meanwhile (the store keeps each content once)
                    jobs.markDuplicate(f.id(), stored.get().id(), describe(stored.get()));
                } else if (f.attempts() < maxAttempts) {
                    jobs.retryLater(f.id(), "retrying", CLERK_MESSAGE);
                } else {
                    // shown to the clerk: no Java class or stack; the log and `dondoc extract FILE` show the cause
                    jobs.markFailed(
                            f.id(), "extraction", CLERK_MESSAGE + " (" + f.attempts() + "/" + maxAttempts + ")");
                }
                return null;
            });
        }
    }

    /**
     * Files an instance took up and never finished (it was killed or lost power) come back to the queue
     * once their lease runs out, or are given up after the allowed attempts; returns how many changed.
     */
    public int requeueInterrupted() {
        return tx.inTransaction(() -> jobs.requeueExpired(maxAttempts));
    }

    /** A person asks for a failed file to be read again (the import page's "Thử lại"). */
    public boolean retry(long fileId) {
        return tx.inTransaction(() -> {
            jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
            return jobs.retry(fileId);
        });
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Processes queued files until none is left; returns how many were processed. */
    public int processAll() {
        int n = 0;
        while (processNext()) {
            n++;
        }
        return n;
    }

    /**
     * Works the queue here and then waits (up to {@code timeoutMillis}) for files another worker
     * still holds, so the batch is finished when this returns normally.
     */
    public ImportSummary processUntilDone(long batchId, long timeoutMillis) {
        processAll();
        long until = System.currentTimeMillis() + timeoutMillis;
        while (jobs.batch(batchId).map(b -> b.done() < b.total()).orElse(false)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException(
                        "import batch " + batchId + " not finished after " + timeoutMillis + " ms");
            }
            processAll();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return summary(batchId);
    }

    public ImportSummary summary(long batchId) {
        return new ImportSummary(batchId, jobs.files(batchId));
    }

    /** The extracted items of a file awaiting review, with names resolved through the lexicon. */
    public Proposal proposal(long fileId) {
        ImportFile f = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
        if (f.text() == null) {
            throw new RecordNotFoundException("proposal", fileId);
        }
        return proposalOf(f, pipeline.parseAssessed(f.fileName(), f.text(), jobs.readerNotes(fileId)));
    }

    private Proposal proposalOf(ImportFile f, ParsedDocument p) {
        long fileId = f.id();
        NameMemo names = new NameMemo();
        DocumentInfo info = p.document();
        String issuer = info.issuer();
        ProposedDocument doc = new ProposedDocument(
                info.number(),
                info.type() == null ? null : info.type().name(),
                info.title(),
                issuer,
                info.date(),
                info.place(),
                issuer == null ? null : names.resolve(issuer),
                info.numberSpan(),
                info.titleSpan());
        Assessment a = p.assessment();
        List<ProposedReference> refs = new ArrayList<>();
        for (int i = 0; i < p.references().size(); i++) {
            Reference r = p.references().get(i);
            refs.add(new ProposedReference(
                    true,
                    r.number(),
                    r.type() == null ? null : r.type().name(),
                    r.date(),
                    r.issuer(),
                    r.span(),
                    documents.findByNumber(r.number()).stream()
                            .findFirst()
                            .map(Document::id)
                            .orElse(null),
                    certainty(Assessment.at(a.references(), i))));
        }
        List<ProposedEvent> events = new ArrayList<>();
        for (int i = 0; i < p.schedule().size(); i++) {
            ScheduleRow e = p.schedule().get(i);
            events.add(new ProposedEvent(
                    true,
                    e.date(),
                    e.endDate(),
                    e.session() == null ? null : e.session().name(),
                    e.time(),
                    e.content(),
                    e.place(),
                    e.preparingUnits(),
                    e.chairs(),
                    e.nonWorking(),
                    e.span(),
                    resolveAll(names, e.preparingUnits(), e.chairs()),
                    certainty(Assessment.at(a.schedule(), i)),
                    e.participants()));
        }
        List<ProposedTask> ts = new ArrayList<>();
        for (int i = 0; i < p.tasks().size(); i++) {
            TaskItem t = p.tasks().get(i);
            ts.add(new ProposedTask(
                    true,
                    t.text(),
                    t.section(),
                    t.lead(),
                    t.cooperating(),
                    t.deadline(),
                    t.span(),
                    resolveAll(names, t.lead(), t.cooperating()),
                    certainty(Assessment.at(a.tasks(), i))));
        }
        List<ProposedTarget> tg = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            TargetItem t = p.targets().get(i);
            tg.add(new ProposedTarget(
                    true,
                    IndicatorNames.of(t.indicator(), t.unit(), before(p.text(), t.span())),
                    t.comparator() == null ? null : t.comparator().name(),
                    t.value(),
                    t.valueTo(),
                    t.unit(),
                    t.scope(),
                    t.by(),
                    t.span(),
                    certainty(Assessment.at(a.targets(), i))));
        }
        List<ProposedResult> rs = new ArrayList<>();
        for (int i = 0; i < p.results().size(); i++) {
            ResultItem r = p.results().get(i);
            rs.add(new ProposedResult(
                    true,
                    IndicatorNames.of(r.indicator(), r.unit(), before(p.text(), r.span())),
                    r.actual(),
                    r.unit(),
                    r.percentOfPlan(),
                    r.planned(),
                    r.span(),
                    certainty(Assessment.at(a.results(), i))));
        }
        List<ProposedCandidate> candidates = a.candidates().stream()
                .map(c -> new ProposedCandidate(c.text(), c.section(), c.span()))
                .toList();
        return new Proposal(
                fileId,
                f.fileName(),
                p.text(),
                doc,
                List.copyOf(refs),
                List.copyOf(events),
                List.copyOf(ts),
                List.copyOf(tg),
                List.copyOf(rs),
                withSameNumberWarning(p.diagnostics(), info),
                candidates);
    }

    /** The paragraph of a figure up to it: where its indicator's subject is looked for when its name is poor. */
    static String before(String text, vn.dondoc.textcore.model.Span span) {
        if (text == null || span == null || span.start() <= 0 || span.start() > text.length()) {
            return null;
        }
        return text.substring(text.lastIndexOf('\n', span.start() - 1) + 1, span.start());
    }

    /** Diagnostic code of a document whose number and issuer an already stored document has. */
    public static final String SAME_NUMBER = "same-number";

    /**
     * A second document with the same number and issuer ("đã có văn bản số ..."), whatever its format or
     * bytes, is flagged for the reviewer: a revised version, a copy saved as PDF, or a typo in the number.
     */
    private List<vn.dondoc.textcore.model.Diagnostic> withSameNumberWarning(
            List<vn.dondoc.textcore.model.Diagnostic> found, DocumentInfo info) {
        if (info.number() == null) {
            return found;
        }
        String issuerKey = vn.dondoc.domain.common.Texts.key(info.issuer());
        List<Document> same = documents.findByNumber(info.number()).stream()
                .filter(d -> issuerKey == null
                        || d.issuer() == null
                        || issuerKey.equals(vn.dondoc.domain.common.Texts.key(d.issuer())))
                .toList();
        if (same.isEmpty()) {
            return found;
        }
        List<vn.dondoc.textcore.model.Diagnostic> all = new java.util.ArrayList<>();
        all.add(new vn.dondoc.textcore.model.Diagnostic(
                "import",
                SAME_NUMBER,
                info.numberSpan() == null ? new vn.dondoc.textcore.model.Span(0, 0) : info.numberSpan(),
                "Đã có văn bản số " + info.number() + " (#" + same.get(0).id() + "): kiểm tra xem đây là bản sửa đổi,"
                        + " bản sao hay số ký hiệu bị nhầm trước khi lưu."));
        all.addAll(found);
        return all;
    }

    /**
     * Turns a reviewed proposal into records, in one transaction; refuses (with reasons per item)
     * when a kept item breaks a rule, so the reviewer can fix it. Indexes the new document and its records.
     */
    public Outcome<Document> confirm(long fileId, Proposal reviewed) {
        return confirm(fileId, reviewed, null);
    }

    /** {@code parsed}: the extraction of the stored text when the caller has it already (saves a parse). */
    private Outcome<Document> confirm(long fileId, Proposal reviewed, ParsedDocument parsed) {
        return tx.inTransaction(() -> {
            ImportFile f = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
            if (f.status() != ImportStatus.READY) {
                return Outcome.rejected(Rejection.of("import.notReady", "status", f.fileName(), f.status()));
            }
            Optional<Document> dup = documents.findByHash(f.contentHash());
            if (dup.isPresent()) {
                jobs.markDuplicate(fileId, dup.get().id(), describe(dup.get()));
                return Outcome.rejected(Rejection.of("import.duplicate", "file", f.fileName(), describe(dup.get())));
            }
            ParsedDocument source =
                    parsed != null ? parsed : pipeline.parse(f.fileName(), f.text(), jobs.readerNotes(fileId));
            List<Rejection> problems = validate(reviewed, source.text().length());
            if (!problems.isEmpty()) {
                return Outcome.rejected(problems);
            }
            Document doc = write(f, reviewed, source);
            search.changed(RecordKind.DOCUMENT, doc.id());
            return Outcome.ok(doc);
        });
    }

    public void drop(long fileId) {
        tx.inTransaction(() -> {
            ImportFile f = jobs.find(fileId).orElseThrow(() -> new RecordNotFoundException("importFile", fileId));
            if (f.status() == ImportStatus.READY || f.status() == ImportStatus.FAILED) {
                jobs.markDropped(fileId);
            }
            return null;
        });
    }

    /** Spans come back from the client: each must lie inside the stored text. */
    private static void checkSpan(
            vn.dondoc.textcore.model.Span span, int textLength, String field, List<Rejection> problems) {
        if (span != null && span.end() > textLength) {
            problems.add(Rejection.of("import.spanOutsideText", field, span.start(), span.end(), textLength));
        }
    }

    private List<Rejection> validate(Proposal p, int textLength) {
        List<Rejection> problems = new ArrayList<>();
        if (p.document() != null && p.document().type() != null) {
            try {
                vn.dondoc.textcore.model.DocumentType.valueOf(p.document().type());
            } catch (IllegalArgumentException e) {
                problems.add(Rejection.of(
                        "document.type", "document.type", p.document().type()));
            }
        }
        for (int i = 0; i < p.references().size(); i++) {
            checkSpan(p.references().get(i).span(), textLength, "references[" + i + "].span", problems);
        }
        for (int i = 0; i < p.events().size(); i++) {
            checkSpan(p.events().get(i).span(), textLength, "events[" + i + "].span", problems);
        }
        for (int i = 0; i < p.tasks().size(); i++) {
            checkSpan(p.tasks().get(i).span(), textLength, "tasks[" + i + "].span", problems);
        }
        for (int i = 0; i < p.targets().size(); i++) {
            checkSpan(p.targets().get(i).span(), textLength, "targets[" + i + "].span", problems);
        }
        for (int i = 0; i < p.results().size(); i++) {
            checkSpan(p.results().get(i).span(), textLength, "results[" + i + "].span", problems);
        }
        LocalDate start = p.document() == null ? null : p.document().issuedOn();
        for (int i = 0; i < p.tasks().size(); i++) {
            ProposedTask t = p.tasks().get(i);
            if (!t.kept()) {
                continue;
            }
            if (Texts.clean(t.text()) == null) {
                problems.add(Rejection.of("task.textRequired", "tasks[" + i + "].text"));
            }
            if (start != null && t.deadline() != null && t.deadline().isBefore(start)) {
                problems.add(
                        Rejection.of("task.deadlineBeforeStart", "tasks[" + i + "].deadline", t.deadline(), start));
            }
        }
        for (int i = 0; i < p.events().size(); i++) {
            ProposedEvent e = p.events().get(i);
            if (e.kept()
                    && e.date() != null
                    && e.endDate() != null
                    && e.endDate().isBefore(e.date())) {
                problems.add(Rejection.of("event.endBeforeStart", "events[" + i + "].endDate", e.endDate(), e.date()));
            }
        }
        for (int i = 0; i < p.targets().size(); i++) {
            ProposedTarget t = p.targets().get(i);
            if (t.kept() && Texts.clean(t.indicator()) == null) {
                problems.add(Rejection.of("target.indicatorRequired", "targets[" + i + "].indicator"));
            }
            if (t.kept()
                    && t.comparator() != null
                    && !Set.of("GTE", "LTE", "EQ", "RANGE").contains(t.comparator())) {
                problems.add(Rejection.of("target.comparator", "targets[" + i + "].comparator", t.comparator()));
            }
        }
        for (int i = 0; i < p.results().size(); i++) {
            ProposedResult r = p.results().get(i);
            if (r.kept() && Texts.clean(r.indicator()) == null) {
                problems.add(Rejection.of("target.indicatorRequired", "results[" + i + "].indicator"));
            }
        }
        return problems;
    }

    /** Text and spans always come from the stored file ({@code parsed}), never from the client. */
    private Document write(ImportFile f, Proposal reviewed, ParsedDocument parsed) {
        ProposedDocument d = reviewed.document() != null
                ? reviewed.document()
                : new ProposedDocument(null, null, null, null, null, null, null, null, null);
        NameMemo names = new NameMemo();
        ResolvedName issuer = d.issuer() == null ? null : names.resolve(d.issuer());
        byte[] original = jobs.bytes(f.id()).orElse(new byte[0]);
        Document doc = documents.insert(
                new Document(
                        null,
                        Texts.clean(d.number()),
                        d.type(),
                        Texts.clean(d.title()),
                        Texts.clean(d.issuer()),
                        issuer == null ? null : issuer.unitId(),
                        d.issuedOn(),
                        Texts.clean(d.place()),
                        f.fileName(),
                        f.contentHash(),
                        parsed.text(),
                        f.id(),
                        null),
                original);
        long docId = doc.id();
        for (ProposedReference r : inDocumentOrder(reviewed.references(), ProposedReference::span)) {
            if (!r.kept() || Texts.clean(r.number()) == null) {
                continue;
            }
            Long cited = documents.findByNumber(r.number()).stream()
                    .map(Document::id)
                    .filter(id -> id != docId)
                    .findFirst()
                    .orElse(null);
            documents.addReference(new DocumentReference(
                    null,
                    docId,
                    Texts.clean(r.number()),
                    r.type(),
                    r.date(),
                    Texts.clean(r.issuer()),
                    cited,
                    start(r.span()),
                    end(r.span())));
        }
        if (doc.number() != null) {
            documents.resolveReferencesTo(doc.number(), docId);
        }
        List<ProposedEvent> events = inDocumentOrder(reviewed.events(), ProposedEvent::span).stream()
                .filter(ProposedEvent::kept)
                .toList();
        if (!events.isEmpty()) {
            LocalDate from = events.stream()
                    .map(ProposedEvent::date)
                    .filter(x -> x != null)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            LocalDate to = events.stream()
                    .map(e -> e.endDate() != null ? e.endDate() : e.date())
                    .filter(x -> x != null)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            WorkProgram wp = calendars.insertProgram(
                    new WorkProgram(null, docId, doc.title(), issuer == null ? null : issuer.unitId(), from, to));
            List<CalendarEvent> incoming = new ArrayList<>();
            for (ProposedEvent e : events) {
                incoming.add(new CalendarEvent(
                        null,
                        wp.id(),
                        docId,
                        e.date(),
                        e.endDate(),
                        e.session(),
                        Texts.clean(e.time()),
                        Texts.clean(e.content()),
                        Texts.clean(e.place()),
                        String.join("; ", e.preparingUnits()),
                        String.join("; ", e.chairs()),
                        e.participants().isEmpty() ? null : String.join("; ", e.participants()),
                        e.nonWorking(),
                        start(e.span()),
                        end(e.span())));
            }
            Optional<WorkProgram> revised =
                    calendars.listPrograms(null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                            .filter(p -> !p.id().equals(wp.id()) && ProgramRevision.revises(wp, p))
                            .findFirst();
            if (revised.isPresent()) {
                reviseProgram(names, revised.get(), wp, events, incoming);
            } else {
                for (int i = 0; i < events.size(); i++) {
                    CalendarEvent saved = calendars.insertEvent(incoming.get(i));
                    addParties(names, saved.id(), events.get(i));
                }
            }
        }
        List<Task> newTasks = new ArrayList<>();
        for (ProposedTask t : inDocumentOrder(reviewed.tasks(), ProposedTask::span)) {
            if (!t.kept()) {
                continue;
            }
            List<TaskParty> parties = new ArrayList<>();
            t.lead().forEach(n -> parties.add(party(names, PartyRole.LEAD, n)));
            t.cooperating().forEach(n -> parties.add(party(names, PartyRole.COOPERATING, n)));
            newTasks.add(new Task(
                    null,
                    docId,
                    Texts.clean(t.text()),
                    Texts.clean(t.section()),
                    doc.issuedOn(),
                    t.deadline(),
                    TaskStatus.NEW,
                    0,
                    parties,
                    start(t.span()),
                    end(t.span())));
        }
        tasks.insertAll(newTasks);
        String year =
                doc.issuedOn() == null ? null : String.valueOf(doc.issuedOn().getYear());
        for (ProposedTarget t : inDocumentOrder(reviewed.targets(), ProposedTarget::span)) {
            if (!t.kept()) {
                continue;
            }
            var ind = targets.indicator(t.indicator(), t.unit());
            targets.insertTarget(new Target(
                    null,
                    ind.id(),
                    ind.name(),
                    docId,
                    t.comparator() == null ? "EQ" : t.comparator(),
                    t.value(),
                    t.valueTo(),
                    t.unit(),
                    t.by() != null ? String.valueOf(t.by().getYear()) : year,
                    Texts.clean(t.scope()),
                    start(t.span()),
                    end(t.span())));
        }
        for (ProposedResult r : inDocumentOrder(reviewed.results(), ProposedResult::span)) {
            if (!r.kept()) {
                continue;
            }
            var ind = targets.indicator(r.indicator(), r.unit());
            targets.insertResult(new Result(
                    null,
                    ind.id(),
                    ind.name(),
                    docId,
                    r.actual(),
                    r.unit(),
                    r.percentOfPlan(),
                    year,
                    doc.issuer(),
                    doc.issuerUnitId(),
                    start(r.span()),
                    end(r.span())));
        }
        jobs.markConfirmed(f.id(), docId);
        return doc;
    }

    /**
     * A revision of a stored program ("Điều chỉnh lần 2"): its items update the old program's events in
     * place (same ids), new items are added, dropped ones deleted, and what changed is recorded.
     */
    private void reviseProgram(
            NameMemo names,
            WorkProgram previous,
            WorkProgram wp,
            List<ProposedEvent> events,
            List<CalendarEvent> incoming) {
        List<CalendarEvent> old = calendars.eventsOfProgram(previous.id());
        ProgramRevision.Plan plan = ProgramRevision.plan(old, incoming);
        List<CalendarEvent> now = new ArrayList<>();
        for (int i = 0; i < plan.pairs().size(); i++) {
            ProgramRevision.Pair pair = plan.pairs().get(i);
            CalendarEvent r = pair.revised();
            if (pair.old() == null) {
                CalendarEvent saved = calendars.insertEvent(r);
                addParties(names, saved.id(), events.get(i));
                now.add(saved);
            } else {
                // participants the revised program names replace the old ones; where it names none, those the
                // clerk added to the item stay
                String participants =
                        r.participants() != null ? r.participants() : pair.old().participants();
                CalendarEvent updated = new CalendarEvent(
                        pair.old().id(),
                        r.workProgramId(),
                        r.documentId(),
                        r.date(),
                        r.endDate(),
                        r.session(),
                        r.time(),
                        r.content(),
                        r.place(),
                        r.preparingUnits(),
                        r.chairs(),
                        participants,
                        r.nonWorking(),
                        r.spanStart(),
                        r.spanEnd());
                calendars.updateEvent(updated);
                calendars.replaceParties(updated.id(), List.of(), List.of(), List.of());
                addParties(
                        names,
                        updated.id(),
                        events.get(i).withParticipants(vn.dondoc.domain.calendar.CalendarService.split(participants)));
                search.changed(RecordKind.EVENT, updated.id());
                now.add(updated);
            }
        }
        for (CalendarEvent gone : plan.removed()) {
            search.changed(RecordKind.EVENT, gone.id());
            calendars.deleteEvent(gone.id());
        }
        calendars.recordRevision(wp.id(), previous.id(), ProgramChanges.byId(old, now));
    }

    private void addParties(NameMemo names, long eventId, ProposedEvent e) {
        for (String u : new HashSet<>(e.preparingUnits())) {
            ResolvedName rn = names.resolve(u);
            calendars.addParty(eventId, "PREPARING", u, rn.unitId(), rn.personId());
        }
        for (String c : new HashSet<>(e.chairs())) {
            ResolvedName rn = names.resolve(c);
            calendars.addParty(eventId, "CHAIR", c, rn.unitId(), rn.personId());
        }
        for (String p : new LinkedHashSet<>(e.participants())) {
            calendars.addParty(eventId, "PARTICIPANT", p, null, names.resolve(p).personId());
        }
    }

    /**
     * Names resolved once per import: a plan names the same few units on each of its thousands of tasks,
     * and each lookup is several queries.
     */
    private final class NameMemo {
        private final java.util.Map<String, ResolvedName> seen = new java.util.HashMap<>();

        ResolvedName resolve(String raw) {
            ResolvedName r = seen.get(raw);
            if (r == null) {
                r = ImportService.this.names.resolve(raw);
                seen.put(raw, r);
            }
            return r;
        }
    }

    private static Certainty certainty(Confidence c) {
        return c == null ? null : new Certainty(c.value(), c.doubts());
    }

    /** The review page lists the doubtful items first; records are stored in the document's order all the same. */
    private static <T> List<T> inDocumentOrder(
            List<T> items, java.util.function.Function<T, vn.dondoc.textcore.model.Span> span) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingInt(
                x -> span.apply(x) == null ? Integer.MAX_VALUE : span.apply(x).start()));
        return sorted;
    }

    private TaskParty party(NameMemo names, PartyRole role, String raw) {
        ResolvedName rn = names.resolve(raw);
        return new TaskParty(role, Texts.clean(raw), rn.unitId(), rn.resolvedAs());
    }

    @SafeVarargs
    private List<ResolvedName> resolveAll(NameMemo names, List<String>... lists) {
        List<ResolvedName> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> l : lists) {
            for (String s : l) {
                if (seen.add(s)) {
                    out.add(names.resolve(s));
                }
            }
        }
        return out;
    }

    private static Integer start(vn.dondoc.textcore.model.Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(vn.dondoc.textcore.model.Span s) {
        return s == null ? null : s.end();
    }

    private static String describe(Document d) {
        String n = d.number() != null ? d.number() : d.sourceName();
        return n + " (#" + d.id() + ")";
    }
}
