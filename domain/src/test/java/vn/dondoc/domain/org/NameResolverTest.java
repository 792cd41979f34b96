package vn.dondoc.domain.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Resolution through the lexicon, over a small agency in memory. */
class NameResolverTest {
    private final InMemoryOrg agency = new InMemoryOrg();
    private final OrgUnits units = agency.units;
    private final People people = agency.people;
    private final Lexicon lexicon = agency.lexicon;
    private final NameResolver resolver = agency.resolver;

    @Test
    void anAbbreviationResolvesThroughTheLexicon() {
        OrgUnit vp = units.save(new OrgUnit(null, null, "Văn phòng Sở", null, null, null, null, null));
        lexicon.put("VP", AliasKind.UNIT, vp.id());
        assertThat(resolver.resolve("VP").unitId()).isEqualTo(vp.id());
        assertThat(resolver.resolve(" vp ").resolvedAs()).isEqualTo("Văn phòng Sở");
    }

    @Test
    void aComradeWithTitlesResolvesToThePersonAndTheirUnit() {
        OrgUnit so = units.save(new OrgUnit(null, null, "Sở LĐTBXH", "SLĐTBXH", null, null, null, null));
        Person lac = people.save(new Person(null, "Lạc", "TUV, BTĐU, GD", so.id()));
        ResolvedName r = resolver.resolve("Đ/c Lạc - TUV, BTĐU, GD");
        assertThat(r.personId()).isEqualTo(lac.id());
        assertThat(r.unitId()).isEqualTo(so.id());
    }

    @Test
    void aMergedUnitResolvesToItsSuccessor() {
        OrgUnit successor =
                units.save(new OrgUnit(null, null, "Phòng Kế hoạch - Tài chính", "KHTC", null, null, null, null));
        agency.unitRows.put(
                99L,
                new OrgUnit(99L, null, "Phòng Tài chính", "TC", null, null, LocalDate.of(2020, 1, 1), successor.id()));
        assertThat(resolver.resolve("TC").unitId()).isEqualTo(successor.id());
    }

    @Test
    void anUnknownNameStaysUnresolvedAsWritten() {
        ResolvedName r = resolver.resolve("Phòng XYZ");
        assertThat(r.resolved()).isFalse();
        assertThat(r.raw()).isEqualTo("Phòng XYZ");
    }
}
