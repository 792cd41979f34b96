package vn.dondoc.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of issue 9 on a small tree: Sở (1) → Văn phòng (2), Phòng LĐVL (3) → Tổ việc làm (4). */
class AccessPolicyTest {
    private static final Map<Long, Long> PARENT = Map.of(2L, 1L, 3L, 1L, 4L, 3L);
    private final AccessPolicy policy = new AccessPolicy((unit, ancestor) -> {
        for (Long u = unit; u != null; u = PARENT.get(u)) {
            if (u.equals(ancestor)) {
                return true;
            }
        }
        return false;
    });

    private static Actor as(Role role, long unit) {
        return new Actor(role.name().toLowerCase(), List.of(new Grant(role, unit)));
    }

    private static RecordScope taskLedBy(long lead, long... cooperating) {
        return RecordScope.ofTask(
                Set.of(lead),
                java.util.Arrays.stream(cooperating).boxed().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void adminMayDoEverythingIncludingUsersAndNobodyElseManagesUsers() {
        Actor admin = new Actor("admin", List.of(new Grant(Role.ADMIN, null)));
        for (Action a : Action.values()) {
            assertThat(policy.allows(admin, a, taskLedBy(4))).as(a.name()).isTrue();
        }
        for (Role r : List.of(Role.CLERK, Role.LEADER, Role.STAFF, Role.VIEWER)) {
            assertThat(policy.allows(as(r, 1), Action.MANAGE_USERS, RecordScope.AGENCY))
                    .isFalse();
            assertThat(policy.allows(as(r, 1), Action.ADMINISTER, RecordScope.AGENCY))
                    .isFalse();
        }
    }

    @Test
    void aLeaderActsOnItsSubtreeOnlyAndAClerkConfirmsImportsThere() {
        assertThat(policy.allows(as(Role.LEADER, 3), Action.CHANGE_STATUS, taskLedBy(4)))
                .isTrue();
        assertThat(policy.allows(as(Role.LEADER, 3), Action.CHANGE_STATUS, taskLedBy(2)))
                .isFalse();
        assertThat(policy.allows(as(Role.LEADER, 3), Action.READ, taskLedBy(2))).isFalse();
        assertThat(policy.allows(as(Role.LEADER, 3), Action.CONFIRM_IMPORT, RecordScope.AGENCY))
                .isFalse();
        assertThat(policy.allows(as(Role.CLERK, 2), Action.CONFIRM_IMPORT, RecordScope.AGENCY))
                .isTrue();
        assertThat(policy.allows(as(Role.CLERK, 2), Action.PUBLISH, RecordScope.ofUnits(Set.of(2L))))
                .isTrue();
        assertThat(policy.allows(as(Role.CLERK, 2), Action.PUBLISH, RecordScope.ofUnits(Set.of(3L))))
                .isFalse();
        assertThat(policy.allows(as(Role.CLERK, 2), Action.CHANGE_STATUS, taskLedBy(2)))
                .isFalse();
    }

    @Test
    void staffWorksOnWhatItsUnitLeadsOrCooperatesOnAndOnlyReadsTheRest() {
        Actor staff = as(Role.STAFF, 3);
        assertThat(policy.allows(staff, Action.POST_PROGRESS, taskLedBy(3))).isTrue();
        assertThat(policy.allows(staff, Action.POST_PROGRESS, taskLedBy(2, 3))).isTrue();
        assertThat(policy.allows(staff, Action.READ, taskLedBy(2, 3))).isTrue();
        assertThat(policy.allows(staff, Action.POST_PROGRESS, taskLedBy(2))).isFalse();
        assertThat(policy.allows(staff, Action.READ, taskLedBy(2))).isFalse();
        assertThat(policy.allows(staff, Action.DELETE, taskLedBy(3))).isFalse();
        assertThat(policy.allows(staff, Action.CREATE, taskLedBy(3))).isFalse();
        assertThat(policy.allows(staff, Action.UPDATE, RecordScope.AGENCY)).isFalse();
        assertThat(policy.allows(staff, Action.READ, RecordScope.AGENCY)).isTrue();
    }

    @Test
    void aViewerReadsItsSubtreeAndChangesNothingAndNobodyWithoutAGrantDoesAnything() {
        Actor viewer = as(Role.VIEWER, 3);
        assertThat(policy.allows(viewer, Action.READ, taskLedBy(4))).isTrue();
        assertThat(policy.allows(viewer, Action.READ, taskLedBy(2))).isFalse();
        for (Action a : Action.values()) {
            if (a != Action.READ) {
                assertThat(policy.allows(viewer, a, taskLedBy(4))).as(a.name()).isFalse();
            }
            assertThat(policy.allows(Actor.ANONYMOUS, a, RecordScope.AGENCY))
                    .as(a.name())
                    .isFalse();
        }
    }

    @Test
    void severalGrantsAddUp() {
        Actor both = new Actor("x", List.of(new Grant(Role.VIEWER, 2L), new Grant(Role.STAFF, 3L)));
        assertThat(policy.allows(both, Action.READ, taskLedBy(2))).isTrue();
        assertThat(policy.allows(both, Action.POST_PROGRESS, taskLedBy(2))).isFalse();
        assertThat(policy.allows(both, Action.POST_PROGRESS, taskLedBy(4))).isTrue();
    }

    @Test
    void aUnitsAddressesAreSeenByItsClerksAndLeadersAboveItAndByTheirOwner() {
        assertThat(policy.seesContact(new Actor("admin", List.of(new Grant(Role.ADMIN, null))), 4, null))
                .isTrue();
        assertThat(policy.seesContact(as(Role.CLERK, 3), 4, null)).isTrue();
        assertThat(policy.seesContact(as(Role.LEADER, 1), 4, null)).isTrue();
        assertThat(policy.seesContact(as(Role.LEADER, 2), 4, null)).isFalse();
        assertThat(policy.seesContact(as(Role.STAFF, 4), 4, null)).isFalse();
        assertThat(policy.seesContact(as(Role.VIEWER, 3), 4, null)).isFalse();
        assertThat(policy.seesContact(as(Role.STAFF, 4), 4, "staff"))
                .as("their own address")
                .isTrue();
        assertThat(policy.seesContact(Actor.ANONYMOUS, 4, null)).isFalse();
    }
}
