package vn.dondoc.textcore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.dondoc.textcore.confidence.ConfidenceScorer;
import vn.dondoc.textcore.extract.FieldRepairer;
import vn.dondoc.textcore.extract.FigureExtractor;
import vn.dondoc.textcore.extract.MetadataExtractor;
import vn.dondoc.textcore.extract.ReferenceExtractor;
import vn.dondoc.textcore.extract.ScheduleExtractor;
import vn.dondoc.textcore.extract.TaskExtractor;
import vn.dondoc.textcore.format.Lexicon;
import vn.dondoc.textcore.model.Assessment;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.DocumentInfo;
import vn.dondoc.textcore.model.DocumentType;
import vn.dondoc.textcore.model.ParsedDocument;
import vn.dondoc.textcore.model.Reference;
import vn.dondoc.textcore.model.ScheduleRow;
import vn.dondoc.textcore.model.Span;
import vn.dondoc.textcore.model.TaskItem;
import vn.dondoc.textcore.normalize.NormalizedText;
import vn.dondoc.textcore.normalize.TextNormalizer;
import vn.dondoc.textcore.repair.DiacriticRepairer;
import vn.dondoc.textcore.segment.Block;
import vn.dondoc.textcore.segment.SegmentedDocument;
import vn.dondoc.textcore.segment.StructureSegmenter;

/**
 * Composes the stages, in the one place that knows their order: normalize → segment → extract
 * (metadata, references, schedule, tasks, targets and results). Every stage is stateless, so one
 * pipeline serves all threads. A stage that fails on odd input costs only its own part of the result
 * and leaves a diagnostic; it never loses the rest.
 */
public final class DocumentPipeline {

    /** The stages, for timing. */
    public enum Stage {
        NORMALIZE,
        SEGMENT,
        METADATA,
        REFERENCES,
        SCHEDULE,
        TASKS,
        FIGURES,
        REPAIR,
        CONFIDENCE
    }

    private static final int MAX_CHARS = 50_000_000;
    private static final Map<Stage, String> STAGE_NAMES = new EnumMap<>(Map.of(
            Stage.NORMALIZE,
            "chuẩn hóa văn bản",
            Stage.SEGMENT,
            "tách đoạn",
            Stage.METADATA,
            "đọc số, ký hiệu, ngày, nơi ban hành",
            Stage.REFERENCES,
            "đọc văn bản được viện dẫn",
            Stage.SCHEDULE,
            "đọc lịch công tác",
            Stage.TASKS,
            "đọc nhiệm vụ",
            Stage.FIGURES,
            "đọc chỉ tiêu và kết quả",
            Stage.REPAIR,
            "khôi phục dấu tiếng Việt",
            Stage.CONFIDENCE,
            "đánh giá độ tin cậy"));

    private final TextNormalizer normalizer;
    private final StructureSegmenter segmenter;
    private final MetadataExtractor metadata;
    private final ReferenceExtractor references;
    private final ScheduleExtractor schedule;
    private final TaskExtractor tasks;
    private final FigureExtractor figures;
    private final FieldRepairer repairer;
    private final ConfidenceScorer confidence;
    private final Map<Stage, java.util.concurrent.atomic.LongAdder> nanos = new EnumMap<>(Stage.class);

    public DocumentPipeline(Lexicon lexicon) {
        this(lexicon, new FieldRepairer(DiacriticRepairer::load));
    }

    /** With another repair stage: tests make it fail to show that its failure is reported. */
    DocumentPipeline(Lexicon lexicon, FieldRepairer repairer) {
        this.normalizer = new TextNormalizer(lexicon);
        this.segmenter = new StructureSegmenter();
        this.metadata = new MetadataExtractor(lexicon);
        this.references = new ReferenceExtractor(lexicon);
        this.schedule = new ScheduleExtractor(lexicon);
        this.tasks = new TaskExtractor(lexicon);
        this.figures = new FigureExtractor(lexicon);
        this.repairer = repairer;
        this.confidence = new ConfidenceScorer(lexicon);
        for (Stage s : Stage.values()) {
            nanos.put(s, new java.util.concurrent.atomic.LongAdder());
        }
    }

    private static final class Holder {
        static final DocumentPipeline STANDARD = new DocumentPipeline(Lexicon.standard());
    }

    /** The pipeline over the standard lexicon (plus the agency's extension, if configured). */
    public static DocumentPipeline standard() {
        return Holder.STANDARD;
    }

    /** Reads one document given as text (any Unicode normal form, HTML/Markdown residue allowed). */
    public ParsedDocument parse(String source, String rawText) {
        return parse(source, rawText, List.of());
    }

    /**
     * Reads one document whose text came from a file reader: what the reader noticed (legacy encoding
     * converted, pages without text ...) heads the result's diagnostics, so every caller (the CLI, the
     * server's import) reports it the same way.
     */
    public ParsedDocument parse(String source, String rawText, List<Diagnostic> readerDiagnostics) {
        List<Diagnostic> diagnostics = new ArrayList<>(readerDiagnostics);
        String raw = rawText == null ? "" : rawText;
        if (raw.length() > MAX_CHARS) {
            diagnostics.add(new Diagnostic(
                    "pipeline",
                    "truncated",
                    new Span(0, 0),
                    "Văn bản dài hơn " + MAX_CHARS + " ký tự; chỉ đọc phần đầu."));
            raw = raw.substring(0, MAX_CHARS);
        }
        final String input = raw;
        NormalizedText normalized = timed(Stage.NORMALIZE, () -> normalizer.normalize(input));
        diagnostics.addAll(normalized.diagnostics());
        String text = normalized.text();
        if (text.isBlank()) {
            diagnostics.add(new Diagnostic("pipeline", "empty", new Span(0, 0), "Văn bản không có nội dung."));
        }
        SegmentedDocument doc = timed(Stage.SEGMENT, () -> segmenter.segment(text));
        DocumentInfo info = guarded(Stage.METADATA, diagnostics, DocumentInfo.empty(), () -> metadata.extract(doc));
        List<Reference> refs = guarded(
                Stage.REFERENCES, diagnostics, List.of(), () -> references.extract(text, info.number(), info.date()));
        List<ScheduleRow> rows = guarded(Stage.SCHEDULE, diagnostics, List.of(), () -> schedule.extract(doc, info));
        List<TaskItem> taskItems =
                withoutAgendaItems(guarded(Stage.TASKS, diagnostics, List.of(), () -> tasks.extract(doc, info)), rows);
        FigureExtractor.Figures figs = guarded(
                Stage.FIGURES,
                diagnostics,
                new FigureExtractor.Figures(List.of(), List.of()),
                () -> figures.extract(doc, info));
        if (info.number() == null && info.type() == null && !text.isBlank()) {
            diagnostics.add(new Diagnostic(
                    "metadata", "no-identity", new Span(0, 0), "Không tìm thấy số, ký hiệu hay loại văn bản."));
        }
        ParsedDocument parsed = new ParsedDocument(
                source,
                text,
                calendarIdentity(info, rows, doc),
                List.copyOf(refs),
                List.copyOf(rows),
                List.copyOf(taskItems),
                List.copyOf(figs.targets()),
                List.copyOf(figs.results()),
                List.copyOf(diagnostics));
        List<Diagnostic> repairFailure = new ArrayList<>(1);
        ParsedDocument repaired = guarded(Stage.REPAIR, repairFailure, null, () -> repairer.repair(parsed));
        if (repaired != null) {
            return repaired;
        }
        // the values stay as printed, and the result says why
        diagnostics.addAll(repairFailure);
        return new ParsedDocument(
                source,
                text,
                info,
                parsed.references(),
                parsed.schedule(),
                parsed.tasks(),
                parsed.targets(),
                parsed.results(),
                List.copyOf(diagnostics));
    }

    /**
     * A work calendar has no type word or symbol of its own (spec: type OTHER): a text with neither whose agenda
     * was read is one, even without a heading ("* THỨ BẢY 11/01/2025" / "- 08 giờ 00: ...").
     */
    private static DocumentInfo calendarIdentity(DocumentInfo info, List<ScheduleRow> rows, SegmentedDocument doc) {
        if (info.type() != null || info.number() != null || rows.size() < 2) {
            return info;
        }
        String title = info.title();
        Span titleSpan = info.titleSpan();
        Block first = doc.blocks().isEmpty() ? null : doc.blocks().get(0);
        if (title == null
                && first != null
                && rows.get(0).span() != null
                && first.span().end() <= rows.get(0).span().start()) {
            // "Sự kiện nổi bật trong tuần từ 23/11 đến 29/11/2026": the heading above the first entry, unless it is a
            // day
            String t = first.text().strip();
            char c = t.isEmpty() ? '-' : t.charAt(0);
            if (t.length() <= 160
                    && Character.isLetter(c)
                    && Character.isUpperCase(c)
                    && t.indexOf('\t') < 0
                    && !t.regionMatches(true, 0, "thứ", 0, 3)
                    && !t.regionMatches(true, 0, "ngày", 0, 4)) {
                title = t;
                titleSpan = first.span();
            }
        }
        return new DocumentInfo(
                null,
                DocumentType.OTHER,
                title,
                info.issuer(),
                info.place(),
                info.date(),
                info.signers(),
                info.recipients(),
                info.numberSpan(),
                titleSpan);
    }

    /**
     * Reads one document and also assesses it: each item's confidence and the task-like lines not taken (see
     * {@link ParsedDocument#assessment()}). For a person reviewing the items; the JSON output does not carry it, so
     * {@link #parse} leaves it out and costs nothing for it.
     */
    public ParsedDocument parseAssessed(String source, String rawText, List<Diagnostic> readerDiagnostics) {
        return assess(parse(source, rawText, readerDiagnostics));
    }

    /** The same document with its assessment; a failure here costs only the confidences, never the items. */
    public ParsedDocument assess(ParsedDocument parsed) {
        Assessment assessed = guarded(Stage.CONFIDENCE, new ArrayList<>(1), Assessment.none(), () -> {
            // segmentation depends on the text alone, and repair changes values, not the text: the same blocks
            SegmentedDocument doc = segmenter.segment(parsed.text());
            return confidence.assess(doc, parsed);
        });
        return parsed.withAssessment(assessed);
    }

    /** An item of a work calendar ("Lãnh đạo UBND tỉnh làm việc tại cơ quan") is an agenda entry, not a task. */
    private static List<TaskItem> withoutAgendaItems(List<TaskItem> found, List<ScheduleRow> rows) {
        if (found.isEmpty() || rows.isEmpty()) {
            return found;
        }
        List<TaskItem> kept = new ArrayList<>(found.size());
        for (TaskItem t : found) {
            boolean agenda = false;
            for (ScheduleRow r : rows) {
                if (t.span() != null
                        && r.span() != null
                        && t.span().start() < r.span().end()
                        && r.span().start() < t.span().end()) {
                    agenda = true;
                    break;
                }
            }
            if (!agenda) {
                kept.add(t);
            }
        }
        return kept;
    }

    private <T> T timed(Stage stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    /** Runs an extraction stage; a bug it trips on odd input becomes a diagnostic, not a lost document. */
    private <T> T guarded(Stage stage, List<Diagnostic> diagnostics, T fallback, Supplier<T> work) {
        try {
            return timed(stage, work);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(new Diagnostic(
                    stage.name().toLowerCase(),
                    "stage-failed",
                    new Span(0, 0),
                    "Bước " + STAGE_NAMES.get(stage) + " gặp lỗi với văn bản này; phần này bị bỏ qua."));
            return fallback;
        }
    }

    /** Total time spent in each stage since this pipeline was built, in nanoseconds. */
    public Map<Stage, Long> stageNanos() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return Collections.unmodifiableMap(out);
    }
}
