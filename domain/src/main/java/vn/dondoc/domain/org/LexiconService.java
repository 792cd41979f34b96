package vn.dondoc.domain.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.common.Rejection;
import vn.dondoc.domain.common.TextLimits;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.common.Transactor;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;

/**
 * Teaching the agency's lexicon a name ("VP" is the Văn phòng, "Đ/c Lạc" is Nguyễn Trí Lạc). A name taught
 * once reaches the records already imported: every party that matched nothing is resolved again, and
 * the ones that now match are linked (and found under their unit in search).
 */
public final class LexiconService {
    private final Lexicon lexicon;
    private final OrgUnits units;
    private final People people;
    private final NameResolver resolver;
    private final UnresolvedNames unresolved;
    private final Search search;
    private final Transactor tx;

    public LexiconService(
            Lexicon lexicon,
            OrgUnits units,
            People people,
            NameResolver resolver,
            UnresolvedNames unresolved,
            Search search,
            Transactor tx) {
        this.lexicon = lexicon;
        this.units = units;
        this.people = people;
        this.resolver = resolver;
        this.unresolved = unresolved;
        this.search = search;
        this.tx = tx;
    }

    /** The alias stored, and how many stored records it linked. */
    public record Taught(Alias alias, int tasksLinked, int eventsLinked) {}

    public Outcome<Taught> teach(String alias, AliasKind kind, Long targetId) {
        if (Texts.clean(alias) == null) {
            return Outcome.rejected(Rejection.of("alias.required", "alias"));
        }
        var tooLong = TextLimits.problem(Texts.clean(alias), TextLimits.ALIAS, "alias");
        if (tooLong.isPresent()) {
            return Outcome.rejected(tooLong.get());
        }
        if (kind == null || targetId == null) {
            return Outcome.rejected(Rejection.of("alias.targetRequired", "targetId"));
        }
        boolean exists = kind == AliasKind.UNIT
                ? units.find(targetId).isPresent()
                : people.find(targetId).isPresent();
        if (!exists) {
            return Outcome.rejected(
                    Rejection.of(kind == AliasKind.UNIT ? "unit.unknown" : "person.unknown", "targetId", targetId));
        }
        return tx.inTransaction(() -> {
            Alias stored = lexicon.put(alias, kind, targetId);
            Set<Long> tasks = new LinkedHashSet<>();
            List<Long> events = new ArrayList<>();
            for (String name : unresolved.names()) {
                ResolvedName r = resolver.resolve(name);
                if (!r.resolved()) {
                    continue;
                }
                if (r.unitId() != null) {
                    tasks.addAll(unresolved.linkTaskParties(name, r.unitId()));
                }
                events.addAll(unresolved.linkEventParties(name, r.unitId(), r.personId()));
            }
            search.changed(RecordKind.TASK, List.copyOf(tasks));
            List<Long> eventIds = events.stream().distinct().toList();
            search.changed(RecordKind.EVENT, eventIds);
            return Outcome.ok(new Taught(stored, tasks.size(), eventIds.size()));
        });
    }
}
