package vn.dondoc.domain.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;

/** A name taught to the lexicon reaches the records imported before it was known. */
class LexiconServiceTest {
    private final InMemoryOrg agency = new InMemoryOrg();
    private final LexiconService lexicon = new LexiconService(
            agency.lexicon, agency.units, agency.people, agency.resolver, agency.unresolved, agency.search, agency.tx);

    @Test
    void aTaughtNameLinksTheTasksAndEventsThatWroteIt() {
        OrgUnit bdt = agency.unit("Ban Dân tộc tỉnh", "BDT");
        agency.taskParties.put("Ban DT tỉnh", null);
        agency.taskParties.put("Sở Nội vụ", null);
        agency.eventParties.put("Ban DT tỉnh", null);

        var taught = lexicon.teach("Ban DT tỉnh", AliasKind.UNIT, bdt.id()).orElseThrow();

        assertThat(taught.tasksLinked()).isEqualTo(1);
        assertThat(taught.eventsLinked()).isEqualTo(1);
        assertThat(agency.taskParties).containsEntry("Ban DT tỉnh", bdt.id()).containsEntry("Sở Nội vụ", null);
        assertThat(agency.reindexed).contains("TASK#1", "EVENT#1");
    }

    @Test
    void aNameNeedsTextAndSomethingThatExistsToPointTo() {
        assertThat(((Outcome.Rejected<?>) lexicon.teach(" ", AliasKind.UNIT, 1L)).reasons())
                .extracting(Rejection::code)
                .containsExactly("alias.required");
        assertThat(((Outcome.Rejected<?>) lexicon.teach("VP", AliasKind.UNIT, 99L)).reasons())
                .extracting(Rejection::code)
                .containsExactly("unit.unknown");
        assertThat(((Outcome.Rejected<?>) lexicon.teach("Đ/c Lạc", AliasKind.PERSON, 99L)).reasons())
                .extracting(Rejection::code)
                .containsExactly("person.unknown");
        assertThat(agency.aliasRows).isEmpty();
    }
}
