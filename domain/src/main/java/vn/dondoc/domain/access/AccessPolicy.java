package vn.dondoc.domain.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what on a record of which units (issue 9). Pure rules, no framework: the API, the pages
 * and the use cases all ask here.
 * <ul>
 * <li>admin: everything;</li>
 * <li>clerk (văn thư): reads, creates, edits and deletes records of its subtree, confirms imports,
 *     publishes;</li>
 * <li>leader (lãnh đạo): reads its subtree, creates, assigns and edits tasks, changes status (approves),
 *     publishes, posts progress;</li>
 * <li>staff (chuyên viên): reads its unit's subtree; updates, changes status and posts progress on
 *     records its unit leads or cooperates on;</li>
 * <li>viewer: reads its subtree.</li>
 * </ul>
 * A record that belongs to no unit (an incoming document from outside the tree) is the agency's: every
 * signed-in person reads it, and the roles that may change records change it from any unit. Nobody
 * without an account may do anything here; what is published to the public is decided elsewhere.
 */
public final class AccessPolicy {
    private static final Map<Role, Set<Action>> OVER_SUBTREE = Map.of(
            Role.CLERK,
                    EnumSet.of(
                            Action.READ,
                            Action.CREATE,
                            Action.UPDATE,
                            Action.DELETE,
                            Action.CONFIRM_IMPORT,
                            Action.PUBLISH),
            Role.LEADER,
                    EnumSet.of(
                            Action.READ,
                            Action.CREATE,
                            Action.UPDATE,
                            Action.DELETE,
                            Action.CHANGE_STATUS,
                            Action.PUBLISH,
                            Action.POST_PROGRESS),
            Role.STAFF, EnumSet.of(Action.READ),
            Role.VIEWER, EnumSet.of(Action.READ),
            Role.ADMIN, EnumSet.allOf(Action.class));
    /** What staff may do on the records their own unit works on. */
    private static final Set<Action> STAFF_ON_OWN_WORK =
            EnumSet.of(Action.READ, Action.UPDATE, Action.CHANGE_STATUS, Action.POST_PROGRESS);

    private final UnitTree tree;

    public AccessPolicy(UnitTree tree) {
        this.tree = tree;
    }

    public boolean allows(Actor actor, Action action, RecordScope scope) {
        if (action == Action.READ) {
            return readable(actor, scope);
        }
        for (Grant g : actor.grants()) {
            if (allows(g, action, scope)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reading, the one rule of every read (a record's page and the lists, counts and exports through
     * {@link #visibility}): an administrator reads everything; every other grant reads the agency's records
     * and the records of its subtree, whatever part a unit of the subtree plays in them (owner, lead,
     * cooperating, reader). Staff read the rest of their unit, which includes what it leads or cooperates on.
     */
    private boolean readable(Actor actor, RecordScope scope) {
        for (Grant g : actor.grants()) {
            if (g.role() == Role.ADMIN || g.unitId() == null || scope.agencyWide()) {
                return true;
            }
            if (anyWithin(scope.readingUnits(), g.unitId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the actor may read, resolved once: the subtree of each grant, united (a person may hold several
     * roles in several units). Agrees with {@code allows(actor, READ, scope)} for every scope.
     */
    public Visibility visibility(Actor actor) {
        if (actor.grants().isEmpty()) {
            return Visibility.NOTHING;
        }
        java.util.Set<Long> units = new java.util.HashSet<>();
        for (Grant g : actor.grants()) {
            if (g.role() == Role.ADMIN || g.unitId() == null) {
                return Visibility.EVERYTHING;
            }
            units.addAll(tree.subtree(g.unitId()));
        }
        return new Visibility(false, true, units);
    }

    /**
     * Whether the actor may see a person's contact (an e-mail address that receives a unit's reminders): an
     * administrator sees all; a clerk or a leader those of their subtree's units (they run its follow-up); anyone
     * their own ({@code username} theirs). Staff and viewers read a unit's records, not its people's addresses.
     */
    public boolean seesContact(Actor actor, long unitId, String username) {
        if (username != null && username.equals(actor.username())) {
            return true;
        }
        for (Grant g : actor.grants()) {
            if (g.role() == Role.ADMIN
                    || (g.role() == Role.CLERK || g.role() == Role.LEADER)
                            && (g.unitId() == null || tree.within(unitId, g.unitId()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor may change an indicator's rule (direction, aggregation, numerator and denominator, weight) or
     * add a criterion's threshold on it. Both decide how the figures of every unit whose records use the indicator
     * roll up and are judged, so they are not one unit's data: an administrator may, and a leader whose grant's
     * subtree holds every one of those units (a province leader for a province-wide indicator, a department's leader
     * for one only its divisions report on). Clerks, staff and viewers may not; nor may anyone but an administrator
     * change an indicator no unit uses yet ({@code usingUnits} empty), which is the agency's as a whole.
     */
    public boolean mayChangeIndicatorRule(Actor actor, Set<Long> usingUnits) {
        for (Grant g : actor.grants()) {
            if (g.role() == Role.ADMIN) {
                return true;
            }
            if (g.role() == Role.LEADER && !usingUnits.isEmpty()) {
                if (g.unitId() == null || usingUnits.stream().allMatch(u -> u != null && tree.within(u, g.unitId()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the actor may do this kind of thing anywhere at all (to show or hide a button, a menu). */
    public boolean allowsSomewhere(Actor actor, Action action) {
        return actor.grants().stream()
                .anyMatch(g -> OVER_SUBTREE.get(g.role()).contains(action)
                        || g.role() == Role.STAFF && STAFF_ON_OWN_WORK.contains(action));
    }

    private boolean allows(Grant g, Action action, RecordScope scope) {
        if (g.role() == Role.ADMIN) {
            return true;
        }
        if (action == Action.MANAGE_USERS || action == Action.ADMINISTER) {
            return false;
        }
        if (g.role() == Role.STAFF
                && STAFF_ON_OWN_WORK.contains(action)
                && (scope.agencyWide() ? action == Action.READ : anyWithin(scope.workingUnits(), g.unitId()))) {
            return true;
        }
        if (!OVER_SUBTREE.get(g.role()).contains(action)) {
            return false;
        }
        return scope.agencyWide() || anyWithin(scope.allUnits(), g.unitId());
    }

    private boolean anyWithin(Set<Long> units, Long grantUnit) {
        if (grantUnit == null) {
            return true;
        }
        for (Long u : units) {
            if (u != null && tree.within(u, grantUnit)) {
                return true;
            }
        }
        return false;
    }
}
