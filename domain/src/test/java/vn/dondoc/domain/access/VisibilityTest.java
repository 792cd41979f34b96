package vn.dondoc.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a person may read, resolved once for the lists, agrees with the rule that guards a single record:
 * Sở (1) → Văn phòng (2), Phòng LĐVL (3) → Tổ việc làm (4); Sở khác (5).
 */
class VisibilityTest {
    private static final Map<Long, Long> PARENT = Map.of(2L, 1L, 3L, 1L, 4L, 3L);
    private static final List<Long> UNITS = List.of(1L, 2L, 3L, 4L, 5L);

    private static final UnitTree TREE = new UnitTree() {
        @Override
        public boolean within(long unit, long ancestor) {
            for (Long u = unit; u != null; u = PARENT.get(u)) {
                if (u == ancestor) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Set<Long> subtree(long root) {
            Set<Long> out = new HashSet<>();
            for (long u : UNITS) {
                if (within(u, root)) {
                    out.add(u);
                }
            }
            return out;
        }
    };
    private final AccessPolicy policy = new AccessPolicy(TREE);

    private static List<RecordScope> scopes() {
        List<RecordScope> all = new ArrayList<>(List.of(RecordScope.AGENCY));
        for (long a : UNITS) {
            all.add(RecordScope.ofUnits(Set.of(a)));
            all.add(RecordScope.ofTask(Set.of(a), Set.of()));
            all.add(RecordScope.AGENCY.readBy(Set.of(a)));
            all.add(RecordScope.ofUnits(Set.of(5L)).readBy(Set.of(a)));
            for (long b : UNITS) {
                all.add(RecordScope.ofTask(Set.of(a), Set.of(b)));
            }
        }
        return all;
    }

    private static List<Actor> actors() {
        List<Actor> all = new ArrayList<>(List.of(
                Actor.ANONYMOUS,
                new Actor("nobody", List.of()),
                new Actor("admin", List.of(new Grant(Role.ADMIN, null))),
                new Actor("agency-viewer", List.of(new Grant(Role.VIEWER, null)))));
        for (Role r : Role.values()) {
            for (long u : UNITS) {
                all.add(new Actor(r + "@" + u, List.of(new Grant(r, u))));
                all.add(new Actor(r + "@" + u + "+staff@4", List.of(new Grant(r, u), new Grant(Role.STAFF, 4L))));
            }
        }
        return all;
    }

    @Test
    void theResolvedVisibilitySeesExactlyWhatThePolicyLetsThePersonRead() {
        int cells = 0;
        for (Actor actor : actors()) {
            Visibility v = policy.visibility(actor);
            for (RecordScope s : scopes()) {
                assertThat(v.sees(s))
                        .as(actor.username() + " reading " + s)
                        .isEqualTo(policy.allows(actor, Action.READ, s));
                cells++;
            }
        }
        assertThat(cells).isGreaterThan(1000);
    }

    @Test
    void aViewerReadsItsSubtreeAndTheAgencysRecordsButNotASiblingUnit() {
        Visibility v = policy.visibility(new Actor("v", List.of(new Grant(Role.VIEWER, 3L))));
        assertThat(v.units()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(v.sees(RecordScope.AGENCY)).isTrue();
        assertThat(v.sees(RecordScope.ofTask(Set.of(4L), Set.of()))).isTrue();
        assertThat(v.sees(RecordScope.ofTask(Set.of(2L), Set.of()))).isFalse();
        assertThat(v.sees(RecordScope.ofUnits(Set.of(1L)))).isFalse();
    }

    @Test
    void severalGrantsInSeveralUnitsUniteTheirSubtrees() {
        Visibility v =
                policy.visibility(new Actor("two", List.of(new Grant(Role.STAFF, 2L), new Grant(Role.VIEWER, 4L))));
        assertThat(v.units()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(v.sees(RecordScope.ofTask(Set.of(3L), Set.of()))).isFalse();
    }

    @Test
    void aDocumentIsReadByTheUnitsItsTasksNameButTheyMayNotChangeIt() {
        Actor clerk = new Actor("clerk", List.of(new Grant(Role.CLERK, 4L)));
        RecordScope doc = RecordScope.ofUnits(Set.of(2L)).readBy(Set.of(4L));
        assertThat(policy.allows(clerk, Action.READ, doc)).isTrue();
        assertThat(policy.allows(clerk, Action.UPDATE, doc)).isFalse();
        assertThat(policy.allows(clerk, Action.DELETE, doc)).isFalse();
    }

    @Test
    void nobodySignedInAndAnAccountWithoutGrantsSeeNothing() {
        assertThat(policy.visibility(Actor.ANONYMOUS).sees(RecordScope.AGENCY)).isFalse();
        assertThat(policy.visibility(new Actor("x", List.of())).sees(RecordScope.AGENCY))
                .isFalse();
        assertThat(policy.visibility(new Actor("a", List.of(new Grant(Role.ADMIN, null))))
                        .everything())
                .isTrue();
    }
}
