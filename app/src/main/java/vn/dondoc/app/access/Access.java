package vn.dondoc.app.access;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.ForbiddenException;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.AccessPolicy;
import vn.dondoc.domain.access.Action;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.RecordScope;
import vn.dondoc.domain.access.UnitTree;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.common.RecordNotFoundException;
import vn.dondoc.domain.document.Documents;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.target.Targets;
import vn.dondoc.domain.task.PartyRole;
import vn.dondoc.domain.task.Task;
import vn.dondoc.domain.task.TaskParty;
import vn.dondoc.domain.task.Tasks;

/**
 * The permission check of every request: who is asking (from the security context), which units the
 * record belongs to, and what {@link AccessPolicy} says. Refusals are {@link ForbiddenException}s (403).
 */
@Component
public class Access {
    private final AccessPolicy policy;
    private final Messages messages;
    private final Tasks tasks;
    private final Documents documents;
    private final Targets targets;
    private final Calendars calendars;
    private final OrgUnits units;

    Access(
            UnitTree tree,
            Messages messages,
            Tasks tasks,
            Documents documents,
            Targets targets,
            Calendars calendars,
            OrgUnits units) {
        this.units = units;
        this.policy = new AccessPolicy(tree);
        this.messages = messages;
        this.tasks = tasks;
        this.documents = documents;
        this.targets = targets;
        this.calendars = calendars;
    }

    /** The person behind the current request; {@link Actor#ANONYMOUS} when nobody signed in. */
    public static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        return Actor.ANONYMOUS;
    }

    private static final String VISIBILITY = Access.class.getName() + ".visibility";

    /**
     * What the current person may read, resolved once per request (the subtree of each grant) and kept on the
     * request; every list, count, export, figure and search of the request filters with it.
     */
    public Visibility visibility() {
        Actor actor = currentActor();
        var attrs = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attrs == null) {
            return policy.visibility(actor);
        }
        Object cached =
                attrs.getAttribute(VISIBILITY, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Cached c && java.util.Objects.equals(c.actor(), actor)) {
            return c.visibility();
        }
        Visibility v = policy.visibility(actor);
        attrs.setAttribute(
                VISIBILITY,
                new Cached(actor, v),
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return v;
    }

    private record Cached(Actor actor, Visibility visibility) {}

    /**
     * The units the current person holds a grant in (a grant without a unit adds none): what an import batch they
     * upload belongs to ({@code Visible.importBatches}).
     */
    public Set<Long> grantUnits() {
        return currentActor().grants().stream()
                .map(vn.dondoc.domain.access.Grant::unitId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Refuses (403) a read the caller found outside the person's visibility (an agenda item, say). */
    public void requireSeen(String kind, boolean seen) {
        if (!seen) {
            throw refusal(Action.READ, kind);
        }
    }

    /**
     * Refuses (403) a change of an indicator's rule or criteria the person may not make ({@link
     * AccessPolicy#mayChangeIndicatorRule}, asked by the rules of the roll-up, which refuse it again themselves).
     */
    public void requireIndicatorRule(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException(messages.get("problem.forbidden.indicatorRule"));
        }
    }

    public AccessPolicy policy() {
        return policy;
    }

    public boolean allows(Action action, RecordScope scope) {
        return policy.allows(currentActor(), action, scope);
    }

    /** Refuses (403) unless the current person may do {@code action} on a record of {@code kind} within {@code scope}. */
    public void require(Action action, String kind, RecordScope scope) {
        if (!allows(action, scope)) {
            throw refusal(action, kind);
        }
    }

    /** Refuses unless the current person may do {@code action} somewhere at all (lists, new records). */
    public void requireSomewhere(Action action, String kind) {
        if (!policy.allowsSomewhere(currentActor(), action)) {
            throw refusal(action, kind);
        }
    }

    ForbiddenException refusal(Action action, String kind) {
        if (messages.has("problem.forbidden." + action.name())) {
            return new ForbiddenException(messages.get("problem.forbidden." + action.name()));
        }
        return new ForbiddenException(messages.get(
                "problem.forbidden.action", messages.get("action." + action.name()), messages.get("record." + kind)));
    }

    /** The units of any kind of record, as far as permissions know them (the agency's when unknown). */
    public RecordScope scopeOf(String kind, long id) {
        return switch (kind) {
            case "task" -> task(id);
            case "document" -> document(id);
            case "result" -> resultRead(id);
            case "target" -> target(id);
            case "workProgram" -> workProgram(id);
            default -> RecordScope.AGENCY;
        };
    }

    /** A task's lead and cooperating units. */
    public RecordScope task(long id) {
        Task t = tasks.find(id).orElseThrow(() -> new RecordNotFoundException("task", id));
        return taskScope(
                t.parties().stream()
                        .filter(p -> p.role() == PartyRole.LEAD)
                        .map(TaskParty::unitId)
                        .collect(Collectors.toSet()),
                t.parties().stream()
                        .filter(p -> p.role() != PartyRole.LEAD)
                        .map(TaskParty::unitId)
                        .collect(Collectors.toSet()));
    }

    /**
     * Who answers a task's requests ("đề nghị hoàn thành", a later deadline): the unit that assigned it, never
     * its lead unit itself. That is the issuer of the task's document when the issuer is a unit of the tree and
     * not one of the leads, else the units right above the leads; the agency (its leaders and clerks) when
     * there is neither. Staff of the lead unit, and its own leaders, may ask but not answer.
     */
    public RecordScope assigner(long taskId) {
        Task t = tasks.find(taskId).orElseThrow(() -> new RecordNotFoundException("task", taskId));
        Set<Long> leads = t.parties().stream()
                .filter(p -> p.role() == PartyRole.LEAD && p.unitId() != null)
                .map(TaskParty::unitId)
                .collect(Collectors.toSet());
        Long issuer = t.documentId() == null
                ? null
                : documents.find(t.documentId()).map(d -> d.issuerUnitId()).orElse(null);
        if (issuer != null && !leads.contains(issuer) && units.find(issuer).isPresent()) {
            return RecordScope.ofUnits(Set.of(issuer));
        }
        Set<Long> above = leads.stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .map(vn.dondoc.domain.org.OrgUnit::parentId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return above.isEmpty() ? RecordScope.AGENCY : RecordScope.ofUnits(above);
    }

    /**
     * Refuses (403) a report or a request posted in the name of a unit the person does not answer for: a
     * cooperating unit's staff posts its own part, never the lead unit's (no unit named: the lead unit's).
     */
    public void requireReportingFor(long taskId, Long unitId) {
        Set<Long> named = unitId != null
                ? Set.of(unitId)
                : tasks.find(taskId).orElseThrow(() -> new RecordNotFoundException("task", taskId)).parties().stream()
                        .filter(p -> p.role() == PartyRole.LEAD && p.unitId() != null)
                        .map(TaskParty::unitId)
                        .collect(Collectors.toSet());
        if (!named.isEmpty() && !allows(Action.POST_PROGRESS, RecordScope.ofUnits(named))) {
            throw refusal(Action.POST_PROGRESS, "task");
        }
    }

    /** A task to be, led by and shared with these units. */
    public static RecordScope taskScope(Set<Long> leads, Set<Long> cooperating) {
        Set<Long> l = leads == null
                ? Set.of()
                : leads.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> c = cooperating == null
                ? Set.of()
                : cooperating.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return RecordScope.ofTask(l, c);
    }

    /**
     * A document belongs to its issuer when the issuer is a unit of the tree, else to the agency. It is also
     * read by the units its tasks name (lead or cooperating): the glossary's "chủ trì / phối hợp" units are, in
     * effect, its recipients (nơi nhận), and a unit told to carry out a task must be able to read the document
     * that assigns it — the text, the deadline's wording, the other units involved. Those units only read it:
     * changing or deleting it stays with the issuer's subtree (and documents from outside the tree stay the
     * agency's, read by every signed-in person). {@code Visible.documents} is the same rule in SQL.
     */
    public RecordScope document(long id) {
        var d = documents.find(id).orElseThrow(() -> new RecordNotFoundException("document", id));
        RecordScope own = d.issuerUnitId() == null ? RecordScope.AGENCY : RecordScope.ofUnits(Set.of(d.issuerUnitId()));
        if (own.agencyWide()) {
            return own;
        }
        return own.readBy(documents.unitsNamedByTasks(id));
    }

    /** A target is read with the document it comes from; without one it is the agency's. */
    public RecordScope target(long id) {
        var t = targets.findTarget(id).orElseThrow(() -> new RecordNotFoundException("target", id));
        return t.documentId() == null ? RecordScope.AGENCY : documentOrAgency(t.documentId());
    }

    /** Reading a result: its reporting unit's; without one, read with its document (as {@code Visible.results}). */
    public RecordScope resultRead(long id) {
        var r = targets.findResult(id).orElseThrow(() -> new RecordNotFoundException("result", id));
        if (r.reportingUnitId() != null) {
            return RecordScope.ofUnits(Set.of(r.reportingUnitId()));
        }
        return r.documentId() == null ? RecordScope.AGENCY : documentOrAgency(r.documentId());
    }

    /**
     * A work program (chương trình công tác) is read like a result: by its owner unit's subtree; without an owner,
     * with the document it comes from; with neither, it is the agency's. {@code Visible.workPrograms} is the same
     * rule in SQL. (Its items stay the agency's agenda, see {@code Visible.events}.)
     */
    public RecordScope workProgram(long id) {
        var p = calendars.findProgram(id).orElseThrow(() -> new RecordNotFoundException("workProgram", id));
        if (p.ownerUnitId() != null) {
            return RecordScope.ofUnits(Set.of(p.ownerUnitId()));
        }
        return p.documentId() == null ? RecordScope.AGENCY : documentOrAgency(p.documentId());
    }

    private RecordScope documentOrAgency(long documentId) {
        try {
            return document(documentId);
        } catch (RecordNotFoundException gone) {
            return RecordScope.AGENCY;
        }
    }

    /**
     * Whether the current person may write an actual value reported by this unit (null: the agency as a whole):
     * those who create records there (clerk, leader of the subtree) and those who report on its work (its staff).
     */
    public boolean mayReportFor(Long unitId) {
        RecordScope scope = unitId == null ? RecordScope.AGENCY : RecordScope.ofUnits(Set.of(unitId));
        return allows(Action.CREATE, scope) || allows(Action.POST_PROGRESS, scope);
    }

    /** Refuses (403) unless {@link #mayReportFor} this unit; the refusal names it ({@code unitName}, null: the agency). */
    public void requireReportFor(Long unitId, String unitName) {
        if (!mayReportFor(unitId)) {
            throw new ForbiddenException(
                    unitId == null
                            ? messages.get("problem.forbidden.reportForAgency")
                            : messages.get("problem.forbidden.reportFor", unitName));
        }
    }

    /** A result belongs to the unit that reported it. */
    public RecordScope result(long id) {
        var r = targets.findResult(id).orElseThrow(() -> new RecordNotFoundException("result", id));
        return r.reportingUnitId() == null ? RecordScope.AGENCY : RecordScope.ofUnits(Set.of(r.reportingUnitId()));
    }
}
