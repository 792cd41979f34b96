package vn.dondoc.domain.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.domain.common.Texts;

/**
 * Turns names as written ("VP", "Phòng CM", "Đ/c Lạc - TUV, BTĐU, GD") into units and people:
 * the agency lexicon first, then unit names and abbreviations, then people by name. A unit that was
 * merged away resolves to its successor, so new work lands where it is done today.
 */
public final class NameResolver {
    private static final Pattern COMRADE = Pattern.compile(
            "^(?:đ/c|đồng chí|d/c)\\s+([^-–,(]+?)\\s*(?:[-–(,].*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon lexicon;
    private final OrgUnits units;
    private final People people;
    private final Clock clock;

    public NameResolver(Lexicon lexicon, OrgUnits units, People people, Clock clock) {
        this.clock = clock;
        this.lexicon = lexicon;
        this.units = units;
        this.people = people;
    }

    public ResolvedName resolve(String raw) {
        String name = Texts.clean(raw);
        if (name == null) {
            return ResolvedName.unresolved(raw);
        }
        Optional<Alias> alias = lexicon.find(name);
        Matcher m = COMRADE.matcher(name);
        String personName = m.matches() ? m.group(1).trim() : null;
        if (alias.isEmpty() && personName != null) {
            alias = lexicon.find("Đ/c " + personName);
        }
        if (alias.isPresent()) {
            Alias a = alias.get();
            if (a.kind() == AliasKind.UNIT) {
                return units.find(a.targetId())
                        .map(this::current)
                        .map(u -> new ResolvedName(raw, u.id(), null, u.name()))
                        .orElse(ResolvedName.unresolved(raw));
            }
            return people.find(a.targetId())
                    .map(p -> new ResolvedName(raw, p.unitId(), p.id(), p.name()))
                    .orElse(ResolvedName.unresolved(raw));
        }
        if (personName != null) {
            return people.findByName(personName)
                    .map(p -> new ResolvedName(raw, p.unitId(), p.id(), p.name()))
                    .orElse(ResolvedName.unresolved(raw));
        }
        return units.findByNameOrAbbreviation(name)
                .map(this::current)
                .map(u -> new ResolvedName(raw, u.id(), null, u.name()))
                .orElse(ResolvedName.unresolved(raw));
    }

    /** Follows successors of retired units (bounded, in case of a cycle in bad data). */
    private OrgUnit current(OrgUnit unit) {
        OrgUnit u = unit;
        for (int i = 0; i < 16 && u.successorId() != null && !u.activeOn(LocalDate.now(clock)); i++) {
            Optional<OrgUnit> next = units.find(u.successorId());
            if (next.isEmpty()) {
                break;
            }
            u = next.get();
        }
        return u;
    }
}
