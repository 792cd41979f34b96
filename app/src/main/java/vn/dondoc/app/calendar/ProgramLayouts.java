package vn.dondoc.app.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.calendar.CalendarEvent;
import vn.dondoc.domain.calendar.Calendars;
import vn.dondoc.domain.calendar.WorkProgram;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

/** Builds the layout of an export: whose program it is (the agency and its superior) and its rows. */
@Component
class ProgramLayouts {
    private final Calendars calendars;
    private final OrgUnits units;
    private final Messages messages;
    private final Clock clock;

    ProgramLayouts(Calendars calendars, OrgUnits units, Messages messages, Clock clock) {
        this.calendars = calendars;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    ProgramLayout layout(LocalDate from, LocalDate to, Long unitId, List<CalendarEvent> events) {
        OrgUnit agency = agency(from, to).orElse(null);
        OrgUnit superior = agency == null || agency.parentId() == null
                ? null
                : units.find(agency.parentId()).orElse(null);
        String unitName =
                unitId == null ? null : units.find(unitId).map(OrgUnit::name).orElse(null);
        return ProgramLayout.of(
                messages,
                superior == null ? null : superior.name(),
                agency == null ? messages.get("calendar.title") : agency.name(),
                unitName,
                from,
                to,
                LocalDate.now(clock),
                events);
    }

    /** The owner of a program covering the period; otherwise the first unit under the top of the tree. */
    private Optional<OrgUnit> agency(LocalDate from, LocalDate to) {
        for (WorkProgram p :
                calendars.listPrograms(null, new PageRequest(0, 50)).items()) {
            boolean overlaps = p.periodStart() != null
                    && !p.periodStart().isAfter(to)
                    && (p.periodEnd() == null || !p.periodEnd().isBefore(from));
            if (overlaps && p.ownerUnitId() != null) {
                return units.find(p.ownerUnitId());
            }
        }
        List<OrgUnit> all = units.all();
        Optional<OrgUnit> root = all.stream().filter(u -> u.parentId() == null).findFirst();
        return root.flatMap(r ->
                        all.stream().filter(u -> r.id().equals(u.parentId())).findFirst())
                .or(() -> root);
    }
}
