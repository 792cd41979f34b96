package vn.dondoc.domain.imports;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.domain.org.ResolvedName;
import vn.dondoc.textcore.model.Diagnostic;
import vn.dondoc.textcore.model.Span;

/**
 * What the extraction proposes for one file, shown for review next to the source text ({@code text};
 * every item's {@code span} points into it). The reviewer edits fields, sets {@code keep} false to drop
 * an item, and sends it back to confirm. {@code keep} null means kept. Resolution fields are output only.
 */
public record Proposal(long fileId, String fileName, String text, ProposedDocument document,
                       List<ProposedReference> references, List<ProposedEvent> events, List<ProposedTask> tasks,
                       List<ProposedTarget> targets, List<ProposedResult> results, List<Diagnostic> diagnostics) {

    public Proposal {
        references = nonNull(references);
        events = nonNull(events);
        tasks = nonNull(tasks);
        targets = nonNull(targets);
        results = nonNull(results);
        diagnostics = nonNull(diagnostics);
    }

    static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    static boolean kept(Boolean keep) {
        return keep == null || keep;
    }

    public record ProposedDocument(String number, String type, String title, String issuer, LocalDate issuedOn,
                                   String place, ResolvedName issuerResolved, Span numberSpan, Span titleSpan) {
    }

    public record ProposedReference(Boolean keep, String number, String type, LocalDate date, String issuer, Span span,
                                    Long resolvedDocumentId) {
        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedEvent(Boolean keep, LocalDate date, LocalDate endDate, String session, String time,
                                String content, String place, List<String> preparingUnits, List<String> chairs,
                                boolean nonWorking, Span span, List<ResolvedName> resolved) {
        public ProposedEvent {
            preparingUnits = nonNull(preparingUnits);
            chairs = nonNull(chairs);
            resolved = nonNull(resolved);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedTask(Boolean keep, String text, String section, List<String> lead, List<String> cooperating,
                               LocalDate deadline, Span span, List<ResolvedName> resolved) {
        public ProposedTask {
            lead = nonNull(lead);
            cooperating = nonNull(cooperating);
            resolved = nonNull(resolved);
        }

        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedTarget(Boolean keep, String indicator, String comparator, double value, Double valueTo,
                                 String unit, String scope, LocalDate by, Span span) {
        public boolean kept() {
            return Proposal.kept(keep);
        }
    }

    public record ProposedResult(Boolean keep, String indicator, double actual, String unit, Double percentOfPlan,
                                 Double planned, Span span) {
        public boolean kept() {
            return Proposal.kept(keep);
        }
    }
}
