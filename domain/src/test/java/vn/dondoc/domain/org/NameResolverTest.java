package vn.dondoc.domain.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;

/** Resolution through the lexicon, with small in-memory stores. */
class NameResolverTest {
    final List<OrgUnit> unitList = new ArrayList<>();
    final List<Person> personList = new ArrayList<>();
    final List<Alias> aliasList = new ArrayList<>();

    final OrgUnits units = new OrgUnits() {
        public Optional<OrgUnit> find(long id) { return unitList.stream().filter(u -> u.id() == id).findFirst(); }
        public Page<OrgUnit> list(String q, Long p, Boolean a, PageRequest r) { return new Page<>(unitList, 0, 10, unitList.size()); }
        public List<OrgUnit> all() { return unitList; }
        public Optional<OrgUnit> findByNameOrAbbreviation(String s) {
            return unitList.stream().filter(u -> Texts.key(u.name()).equals(Texts.key(s))
                    || (u.abbreviation() != null && Texts.key(u.abbreviation()).equals(Texts.key(s)))).findFirst();
        }
        public OrgUnit save(OrgUnit u) { OrgUnit s = u.withId((long) unitList.size() + 1); unitList.add(s); return s; }
        public void retire(long id, LocalDate day, long succ) { }
        public boolean delete(long id) { return false; }
        public boolean isReferenced(long id) { return false; }
    };
    final People people = new People() {
        public Optional<Person> find(long id) { return personList.stream().filter(p -> p.id() == id).findFirst(); }
        public Optional<Person> findByName(String n) { return personList.stream().filter(p -> Texts.key(p.name()).equals(Texts.key(n))).findFirst(); }
        public Page<Person> list(String q, Long u, PageRequest r) { return new Page<>(personList, 0, 10, personList.size()); }
        public Person save(Person p) { Person s = p.withId((long) personList.size() + 1); personList.add(s); return s; }
        public boolean delete(long id) { return false; }
    };
    final Lexicon lexicon = new Lexicon() {
        public Optional<Alias> find(String a) { return aliasList.stream().filter(x -> Texts.key(x.alias()).equals(Texts.key(a))).findFirst(); }
        public Page<Alias> list(AliasKind k, PageRequest r) { return new Page<>(aliasList, 0, 10, aliasList.size()); }
        public Alias put(String a, AliasKind k, long t) { Alias x = new Alias((long) aliasList.size() + 1, a, k, t); aliasList.add(x); return x; }
        public boolean delete(long id) { return false; }
    };
    final NameResolver resolver = new NameResolver(lexicon, units, people);

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
        OrgUnit successor = units.save(new OrgUnit(null, null, "Phòng Kế hoạch - Tài chính", "KHTC", null, null, null, null));
        unitList.add(new OrgUnit(99L, null, "Phòng Tài chính", "TC", null, null, LocalDate.of(2020, 1, 1), successor.id()));
        assertThat(resolver.resolve("TC").unitId()).isEqualTo(successor.id());
    }

    @Test
    void anUnknownNameStaysUnresolvedAsWritten() {
        ResolvedName r = resolver.resolve("Phòng XYZ");
        assertThat(r.resolved()).isFalse();
        assertThat(r.raw()).isEqualTo("Phòng XYZ");
    }
}
