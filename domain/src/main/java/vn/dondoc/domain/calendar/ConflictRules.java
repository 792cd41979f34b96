package vn.dondoc.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.org.OrgUnit;

/**
 * Checks a stretch of the calendar for what a clerk would otherwise catch by eye, or not at all:
 * a person chairing or taking part in two items at once, a room booked twice, an item on a day off, a preparing
 * unit that no longer exists. Pure: the caller loads the items, the days off and the units.
 */
public final class ConflictRules {
    /** "Lãnh đạo Sở", "các Phó Giám đốc", "đại diện ...": several people, not one who can be double-booked. */
    private static final Pattern COLLECTIVE = Pattern.compile("^(các |đại diện |thành viên )|lãnh đạo");

    private final DayOffs dayOffs;
    private final Function<Long, Optional<OrgUnit>> units;

    public ConflictRules(DayOffs dayOffs, Function<Long, Optional<OrgUnit>> units) {
        this.dayOffs = dayOffs;
        this.units = units;
    }

    public List<Conflict> check(List<ScheduledItem> items) {
        List<ScheduledItem> live = items.stream()
                .filter(i -> !i.event().nonWorking() && i.event().date() != null)
                .toList();
        List<Conflict> out = new ArrayList<>();
        for (int a = 0; a < live.size(); a++) {
            for (int b = a + 1; b < live.size(); b++) {
                pairConflicts(live.get(a), live.get(b), out);
            }
        }
        for (ScheduledItem i : live) {
            dayOff(i, out);
            goneUnits(i, out);
        }
        return out;
    }

    private void pairConflicts(ScheduledItem a, ScheduledItem b, List<Conflict> out) {
        TimeSlot sa = TimeSlot.of(a.event());
        TimeSlot sb = TimeSlot.of(b.event());
        if (!sa.overlaps(sb)) {
            return;
        }
        List<Long> ids = List.of(a.event().id(), b.event().id());
        LocalDate day = sa.firstDay().isAfter(sb.firstDay()) ? sa.firstDay() : sb.firstDay();
        Map<String, String> chairsOfB = new LinkedHashMap<>();
        b.chairs().forEach(p -> chairsOfB.put(personKey(p), p.rawName()));
        Map<String, String> shared = new LinkedHashMap<>();
        for (ScheduledItem.Party p : a.chairs()) {
            String k = personKey(p);
            if (k != null && chairsOfB.containsKey(k)) {
                shared.putIfAbsent(k, p.rawName());
            }
        }
        shared.values().forEach(name -> out.add(new Conflict(ConflictKind.CHAIR_BUSY, ids, List.of(name, day))));
        // a participant is as busy as a chair: the same person in both items, not chairing both
        Map<String, String> inB = people(b);
        Map<String, String> busy = new LinkedHashMap<>();
        people(a).forEach((k, name) -> {
            if (inB.containsKey(k) && !shared.containsKey(k)) {
                busy.putIfAbsent(k, name);
            }
        });
        busy.values()
                .forEach(name -> out.add(new Conflict(
                        ConflictKind.PERSON_BUSY,
                        ids,
                        List.of(
                                name,
                                day,
                                String.valueOf(a.event().content()),
                                String.valueOf(b.event().content())))));
        String roomA = Texts.key(a.event().place());
        if (roomA != null
                && !roomA.isEmpty()
                && roomA.equals(Texts.key(b.event().place()))) {
            out.add(new Conflict(
                    ConflictKind.ROOM_BUSY, ids, List.of(Texts.clean(a.event().place()), day)));
        }
    }

    private void dayOff(ScheduledItem i, List<Conflict> out) {
        CalendarEvent e = i.event();
        LocalDate last = e.endDate() != null && e.endDate().isAfter(e.date()) ? e.endDate() : e.date();
        // a conference spanning a weekend is normal; only the first and last days must be working days
        for (LocalDate d : last.equals(e.date()) ? List.of(e.date()) : List.of(e.date(), last)) {
            dayOffs.reason(d)
                    .ifPresent(why -> out.add(new Conflict(ConflictKind.DAY_OFF, List.of(e.id()), List.of(d, why))));
        }
    }

    private void goneUnits(ScheduledItem i, List<Conflict> out) {
        for (ScheduledItem.Party p : i.preparingUnits()) {
            if (p.unitId() == null) {
                continue;
            }
            units.apply(p.unitId()).filter(u -> !u.activeOn(i.event().date())).ifPresent(u -> {
                String successor = u.successorId() == null
                        ? null
                        : units.apply(u.successorId()).map(OrgUnit::name).orElse(null);
                out.add(new Conflict(
                        ConflictKind.UNIT_GONE,
                        List.of(i.event().id()),
                        successor == null ? List.of(u.name(), "") : List.of(u.name(), successor)));
            });
        }
    }

    /** Everyone an item takes, chairs and participants, by person key (collective names left out). */
    private static Map<String, String> people(ScheduledItem i) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<ScheduledItem.Party> parties : List.of(i.chairs(), i.participants())) {
            for (ScheduledItem.Party p : parties) {
                String k = personKey(p);
                if (k != null) {
                    out.putIfAbsent(k, p.rawName());
                }
            }
        }
        return out;
    }

    /** A resolved person by id; otherwise the name as written, folded ("Đ/c Lạc" = "đ/c lạc"). */
    private static String personKey(ScheduledItem.Party p) {
        if (p.personId() != null) {
            return "person:" + p.personId();
        }
        String k = Texts.key(p.rawName());
        if (k.isEmpty() || COLLECTIVE.matcher(k).find()) {
            return null;
        }
        return "name:" + k;
    }
}
