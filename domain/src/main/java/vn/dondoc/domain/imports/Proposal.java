package vn.dondoc.domain.imports;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.domain.org.ResolvedName;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.Span;

/**
 * What the extraction proposes for one file, shown for review next to the source text ({@code text};
 * every item's {@code span} points into it). The reviewer edits fields, sets {@code keep} false to drop
 * an item, and sends it back to confirm. {@code keep} null means kept. Resolution fields are output only,
 * and so are {@code certainty} (how sure the engine is of an item; the least sure come first in each list) and
 * {@code candidates} (lines that looked like tasks but were not taken, "có thể là nhiệm vụ").
 */
public record Proposal(
        long fileId,
        String fileName,
        String text,
        ProposedDocument document,
        List<ProposedReference> references,
        List<ProposedEvent> events,
        List<ProposedTask> tasks,
        List<ProposedTarget> targets,
        List<ProposedResult> results,
        List<Diagnostic> diagnostics,
        List<ProposedCandidate> candidates) {

    public Proposal {
        references = nonNull(references);
        events = nonNull(events);
        tasks = nonNull(tasks);
        targets = nonNull(targets);
        results = nonNull(results);
        diagnostics = nonNull(diagnostics);
        candidates = nonNull(candidates);
    }

    /** Without candidates: a proposal as a client sends it back. */
    public Proposal(
            long fileId,
            String fileName,
            String text,
            ProposedDocument document,
            List<ProposedReference> references,
            List<ProposedEvent> events,
            List<ProposedTask> tasks,
            List<ProposedTarget> targets,
            List<ProposedResult> results,
            List<Diagnostic> diagnostics) {
        this(fileId, fileName, text, document, references, events, tasks, targets, results, diagnostics, List.of());
    }

    /**
     * How sure the engine is of an item, in [0, 1], and the codes of the evidence against it (worded in the UI as
     * {@code doubt.<code>}). Null when unknown (an item a person added).
     */
    public record Certainty(double value, List<String> doubts) {
        public Certainty {
            doubts = nonNull(doubts);
        }

        /** Shown as "needs a second look". */
        public boolean unsure() {
            return value < vn.dondoc.textcore.model.Confidence.UNSURE_BELOW;
        }
    }

    /** A line that looked like a task but was not taken: the reviewer may add it as one. */
    public record ProposedCandidate(String text, String section, Span span) {}

    /** Unsure items first (least sure first), then the rest in document order; items without a certainty last. */
    static <T> List<T> uncertainFirst(List<T> items, java.util.function.Function<T, Certainty> certainty) {
        List<T> sorted = new java.util.ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparingDouble((T x) -> {
            Certainty c = certainty.apply(x);
            return c == null ? 2.0 : c.unsure() ? c.value() : 1.0;
        }));
        return List.copyOf(sorted);
    }

    /** The same proposal with each kind's items ordered for review: the ones the engine doubts first. */
    public Proposal uncertainFirst() {
        return new Proposal(
                fileId,
                fileName,
                text,
                document,
                uncertainFirst(references, ProposedReference::certainty),
                uncertainFirst(events, ProposedEvent::certainty),
                uncertainFirst(tasks, ProposedTask::certainty),
                uncertainFirst(targets, ProposedTarget::certainty),
                uncertainFirst(results, ProposedResult::certainty),
                diagnostics,
                candidates);
    }

    static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    static boolean kept(Boolean keep) {
        return keep == null || keep;
    }

    public record ProposedDocument(
            String number,
            String type,
            String title,
            String issuer,
            LocalDate issuedOn,
            String place,
            ResolvedName issuerResolved,
            Span numberSpan,
            Span titleSpan) {}

    public record ProposedReference(
            Boolean keep,
            String number,
            String type,
            LocalDate date,
            String issuer,
            Span span,
            Long resolvedDocumentId,
            Certainty certainty) {
        public ProposedReference(
                Boolean keep,
                String number,
                String type,
                LocalDate date,
                String issuer,
                Span span,
                Long resolvedDocumentId) {
            this(keep, number, type, date, issuer, span, resolvedDocumentId, null);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedEvent(
            Boolean keep,
            LocalDate date,
            LocalDate endDate,
            String session,
            String time,
            String content,
            String place,
            List<String> preparingUnits,
            List<String> chairs,
            boolean nonWorking,
            Span span,
            List<ResolvedName> resolved,
            Certainty certainty,
            List<String> participants) {
        public ProposedEvent(
                Boolean keep,
                LocalDate date,
                LocalDate endDate,
                String session,
                String time,
                String content,
                String place,
                List<String> preparingUnits,
                List<String> chairs,
                boolean nonWorking,
                Span span,
                List<ResolvedName> resolved) {
            this(
                    keep,
                    date,
                    endDate,
                    session,
                    time,
                    content,
                    place,
                    preparingUnits,
                    chairs,
                    nonWorking,
                    span,
                    resolved,
                    null,
                    List.of());
        }

        public ProposedEvent {
            preparingUnits = nonNull(preparingUnits);
            chairs = nonNull(chairs);
            resolved = nonNull(resolved);
            participants = nonNull(participants); // proposals stored before participants were read have none
        }

        /** The same item with other participants (a revised program keeps those the clerk added). */
        public ProposedEvent withParticipants(List<String> names) {
            return new ProposedEvent(
                    keep,
                    date,
                    endDate,
                    session,
                    time,
                    content,
                    place,
                    preparingUnits,
                    chairs,
                    nonWorking,
                    span,
                    resolved,
                    certainty,
                    names);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedTask(
            Boolean keep,
            String text,
            String section,
            List<String> lead,
            List<String> cooperating,
            LocalDate deadline,
            Span span,
            List<ResolvedName> resolved,
            Certainty certainty) {
        public ProposedTask(
                Boolean keep,
                String text,
                String section,
                List<String> lead,
                List<String> cooperating,
                LocalDate deadline,
                Span span,
                List<ResolvedName> resolved) {
            this(keep, text, section, lead, cooperating, deadline, span, resolved, null);
        }

        public ProposedTask {
            lead = nonNull(lead);
            cooperating = nonNull(cooperating);
            resolved = nonNull(resolved);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedTarget(
            Boolean keep,
            String indicator,
            String comparator,
            double value,
            Double valueTo,
            String unit,
            String scope,
            LocalDate by,
            Span span,
            Certainty certainty) {
        public ProposedTarget(
                Boolean keep,
                String indicator,
                String comparator,
                double value,
                Double valueTo,
                String unit,
                String scope,
                LocalDate by,
                Span span) {
            this(keep, indicator, comparator, value, valueTo, unit, scope, by, span, null);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedResult(
            Boolean keep,
            String indicator,
            double actual,
            String unit,
            Double percentOfPlan,
            Double planned,
            Span span,
            Certainty certainty) {
        public ProposedResult(
                Boolean keep,
                String indicator,
                double actual,
                String unit,
                Double percentOfPlan,
                Double planned,
                Span span) {
            this(keep, indicator, actual, unit, percentOfPlan, planned, span, null);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }
}
