package vn.dondoc.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.imports.Proposal.Certainty;
import vn.dondoc.domain.imports.Proposal.ProposedTask;
import vn.dondoc.textcore.model.Span;

/** The review order: the items the engine doubts first, least sure first; the sure ones keep the document's order. */
class ProposalOrderTest {

    private static ProposedTask task(String text, int start, Certainty c) {
        return new ProposedTask(true, text, null, List.of(), List.of(), null, new Span(start, start + 5), List.of(), c);
    }

    @Test
    void unsureItemsComeFirstLeastSureFirstAndTheRestStayInDocumentOrder() {
        List<ProposedTask> tasks = List.of(
                task("A", 0, new Certainty(0.9, List.of())),
                task("B", 10, new Certainty(0.3, List.of("no-lead"))),
                task("C", 20, null),
                task("D", 30, new Certainty(0.7, List.of())),
                task("E", 40, new Certainty(0.1, List.of("short-text"))));
        Proposal p =
                new Proposal(1, "x.txt", "text", null, List.of(), List.of(), tasks, List.of(), List.of(), List.of());
        assertThat(p.uncertainFirst().tasks()).extracting(ProposedTask::text).containsExactly("E", "B", "A", "D", "C");
        // the other lists and the proposal's own fields are kept
        assertThat(p.uncertainFirst().fileId()).isEqualTo(1);
        assertThat(p.uncertainFirst().candidates()).isEmpty();
    }

    @Test
    void aCertaintyBelowTheLineIsUnsure() {
        assertThat(new Certainty(0.49, null).unsure()).isTrue();
        assertThat(new Certainty(0.5, null).unsure()).isFalse();
        assertThat(new Certainty(0.2, null).doubts()).isEmpty();
    }
}
