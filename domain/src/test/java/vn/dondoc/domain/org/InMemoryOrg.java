package vn.dondoc.domain.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.domain.common.Page;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.search.SearchRequest;
import vn.dondoc.domain.search.SearchResults;

/**
 * The org tree, people, lexicon and unresolved names of a small agency kept in memory, for the org rules'
 * unit tests; what was sent to search is recorded so a test can say what would be found again.
 */
final class InMemoryOrg {
    final Map<Long, OrgUnit> unitRows = new LinkedHashMap<>();
    final List<Person> personRows = new ArrayList<>();
    final List<Alias> aliasRows = new ArrayList<>();
    /** Parties of stored tasks and events as written, with what they are linked to: raw name → unit id. */
    final Map<String, Long> taskParties = new LinkedHashMap<>();

    final Map<String, Long> eventParties = new LinkedHashMap<>();
    final List<String> reindexed = new ArrayList<>();

    final OrgUnits units = new OrgUnits() {
        public Optional<OrgUnit> find(long id) {
            return Optional.ofNullable(unitRows.get(id));
        }

        public Page<OrgUnit> list(String q, Long parent, Boolean active, PageRequest r) {
            return new Page<>(all(), 0, r.size(), unitRows.size());
        }

        public List<OrgUnit> all() {
            return List.copyOf(unitRows.values());
        }

        public Optional<OrgUnit> findByNameOrAbbreviation(String s) {
            return unitRows.values().stream()
                    .filter(u -> Texts.key(u.name()).equals(Texts.key(s))
                            || u.abbreviation() != null
                                    && Texts.key(u.abbreviation()).equals(Texts.key(s)))
                    .findFirst();
        }

        public OrgUnit save(OrgUnit u) {
            OrgUnit saved = u.id() == null ? u.withId((long) unitRows.size() + 1) : u;
            unitRows.put(saved.id(), saved);
            return saved;
        }

        public void retire(long id, LocalDate day, long successorId) {
            OrgUnit u = unitRows.get(id);
            unitRows.put(
                    id,
                    new OrgUnit(
                            u.id(),
                            u.parentId(),
                            u.name(),
                            u.abbreviation(),
                            u.kind(),
                            u.validFrom(),
                            day,
                            successorId));
        }

        public boolean delete(long id) {
            return unitRows.remove(id) != null;
        }

        public boolean isReferenced(long id) {
            return taskParties.containsValue(id)
                    || unitRows.values().stream().anyMatch(u -> Long.valueOf(id).equals(u.parentId()));
        }
    };

    final People people = new People() {
        public Optional<Person> find(long id) {
            return personRows.stream().filter(p -> p.id() == id).findFirst();
        }

        public Optional<Person> findByName(String n) {
            return personRows.stream()
                    .filter(p -> Texts.key(p.name()).equals(Texts.key(n)))
                    .findFirst();
        }

        public Page<Person> list(String q, Long unitId, PageRequest r) {
            return new Page<>(personRows, 0, r.size(), personRows.size());
        }

        public Person save(Person p) {
            Person saved = p.id() == null ? p.withId((long) personRows.size() + 1) : p;
            personRows.removeIf(x -> x.id().equals(saved.id()));
            personRows.add(saved);
            return saved;
        }

        public boolean delete(long id) {
            return personRows.removeIf(p -> p.id() == id);
        }
    };

    final Lexicon lexicon = new Lexicon() {
        public Optional<Alias> find(String a) {
            return aliasRows.stream()
                    .filter(x -> Texts.key(x.alias()).equals(Texts.key(a)))
                    .findFirst();
        }

        public Page<Alias> list(AliasKind k, PageRequest r) {
            return new Page<>(aliasRows, 0, r.size(), aliasRows.size());
        }

        public Alias put(String a, AliasKind k, long t) {
            Alias x = new Alias((long) aliasRows.size() + 1, a, k, t);
            aliasRows.add(x);
            return x;
        }

        public boolean delete(long id) {
            return aliasRows.removeIf(a -> a.id() == id);
        }
    };

    final UnresolvedNames unresolved = new UnresolvedNames() {
        public List<String> names() {
            List<String> names = new ArrayList<>();
            taskParties.forEach((n, u) -> {
                if (u == null) names.add(n);
            });
            eventParties.forEach((n, u) -> {
                if (u == null && !names.contains(n)) names.add(n);
            });
            return names;
        }

        public List<Long> linkTaskParties(String rawName, long unitId) {
            if (taskParties.containsKey(rawName) && taskParties.get(rawName) == null) {
                taskParties.put(rawName, unitId);
                return List.of((long) List.copyOf(taskParties.keySet()).indexOf(rawName) + 1);
            }
            return List.of();
        }

        public List<Long> linkEventParties(String rawName, Long unitId, Long personId) {
            if (eventParties.containsKey(rawName) && eventParties.get(rawName) == null) {
                eventParties.put(rawName, unitId);
                return List.of(1L);
            }
            return List.of();
        }
    };

    final Search search = new Search() {
        public void changed(RecordKind kind, long id) {
            reindexed.add(kind + "#" + id);
        }

        public Map<RecordKind, Long> rebuild() {
            return Map.of();
        }

        public boolean outOfStep() {
            return false;
        }

        public SearchResults search(SearchRequest request) {
            throw new UnsupportedOperationException("not needed by the org rules");
        }
    };

    final Transactor tx = Transactor.direct();

    final NameResolver resolver = new NameResolver(lexicon, units, people, java.time.Clock.systemDefaultZone());

    OrgUnit unit(String name, String abbreviation) {
        return units.save(new OrgUnit(null, null, name, abbreviation, null, null, null, null));
    }
}
