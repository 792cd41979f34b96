package vn.dondoc.app.dashboard;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dondoc.app.access.Access;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.RecordScope;

/**
 * Which unit a dashboard or a review covers for the person asking: what they asked for, if they may read it
 * (else 403); when they asked for nothing, the whole agency for those granted it, else their own unit's subtree
 * (someone granted several units: everything they may read). Whatever the unit, the figures count only what
 * the person may read ({@link #visibility()}).
 */
@Component
public class DashboardScope {
    private final Access access;

    DashboardScope(Access access) {
        this.access = access;
    }

    public Long unitFor(Long requested) {
        if (requested != null) {
            access.require(Action.READ, "unit", RecordScope.ofUnits(Set.of(requested)));
            return requested;
        }
        Actor actor = Access.currentActor();
        if (actor.isAdmin() || actor.grants().stream().anyMatch(g -> g.unitId() == null)) {
            return null;
        }
        var granted = actor.grants().stream().map(Grant::unitId).distinct().toList();
        return granted.size() == 1 ? granted.get(0) : null;
    }

    /** What the person asking may read (resolved once per request). */
    public vn.dondoc.domain.access.Visibility visibility() {
        return access.visibility();
    }
}
