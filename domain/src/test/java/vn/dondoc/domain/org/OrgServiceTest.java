package vn.dondoc.domain.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;

/** The org tree's rules: what a unit and a person need, and what a merge tells the other features. */
class OrgServiceTest {
    private final InMemoryOrg agency = new InMemoryOrg();
    private final List<String> told = new ArrayList<>();
    private final OrgService org = new OrgService(
            agency.units,
            agency.people,
            List.of(new OrgChangeListener() {
                @Override
                public void unitRenamed(long unitId) {
                    told.add("renamed " + unitId);
                }

                @Override
                public int unitMerged(long unitId, long successorId) {
                    told.add("merged " + unitId + " into " + successorId);
                    return 3;
                }
            }),
            agency.tx);

    private static List<String> codes(Outcome<?> out) {
        return ((Outcome.Rejected<?>) out)
                .reasons().stream().map(Rejection::code).toList();
    }

    @Test
    void aUnitNeedsANameAnExistingParentAndAnEndAfterItsStart() {
        var out = org.save(
                new OrgUnit(null, 42L, "  ", null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 1, 1), null));
        assertThat(codes(out)).containsExactly("unit.nameRequired", "unit.unknown", "unit.validToBeforeFrom");
        assertThat(agency.unitRows).isEmpty();
    }

    @Test
    void renamingAUnitTellsTheOtherFeaturesSoItsWorkIsFoundUnderTheNewName() {
        OrgUnit tc = agency.unit("Phòng Tài chính", "TC");
        org.save(new OrgUnit(tc.id(), null, "Phòng Tài chính - Kế hoạch", "TCKH", null, null, null, null))
                .orElseThrow();
        org.save(new OrgUnit(tc.id(), null, "Phòng Tài chính - Kế hoạch", "TCKH", "Phòng", null, null, null))
                .orElseThrow();
        assertThat(told).containsExactly("renamed " + tc.id()); // the kind alone changes no name
    }

    @Test
    void mergingAUnitRetiresItAndReportsWhatMovedToTheSuccessor() {
        OrgUnit tc = agency.unit("Phòng Tài chính", "TC");
        OrgUnit khtc = agency.unit("Phòng Kế hoạch - Tài chính", "KHTC");
        Outcome<Integer> out = org.merge(tc.id(), khtc.id(), LocalDate.of(2025, 7, 1));
        assertThat(out.orElseThrow()).isEqualTo(3);
        assertThat(told).containsExactly("merged " + tc.id() + " into " + khtc.id());
        assertThat(agency.unitRows.get(tc.id()).validTo()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(codes(org.merge(tc.id(), khtc.id(), LocalDate.of(2025, 8, 1))))
                .containsExactly("unit.alreadyRetired");
        assertThat(codes(org.merge(khtc.id(), khtc.id(), LocalDate.of(2025, 8, 1))))
                .containsExactly("unit.mergeIntoItself");
    }

    @Test
    void aPersonNeedsANameAndAUnitThatExists() {
        assertThat(codes(org.savePerson(new Person(null, " ", "Chuyên viên", 7L))))
                .containsExactly("person.nameRequired", "unit.unknown");
        OrgUnit vp = agency.unit("Văn phòng Sở", "VP");
        Person p = org.savePerson(new Person(null, "  Nguyễn Thị  Hoa ", " Chánh Văn phòng ", vp.id()))
                .orElseThrow();
        assertThat(p.name()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(p.titles()).isEqualTo("Chánh Văn phòng");
    }
}
