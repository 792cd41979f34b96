package vn.dondoc.domain.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dondoc.domain.common.Texts;

/** Compares two versions of a program item by item: what a reader of the new version must notice. */
public final class ProgramChanges {
    /** Field names, as message keys "event.&lt;field&gt;" name them. */
    private static final Map<String, Function<CalendarEvent, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("date", CalendarEvent::date);
        FIELDS.put("endDate", CalendarEvent::endDate);
        FIELDS.put("session", CalendarEvent::session);
        FIELDS.put("time", e -> Texts.key(e.time()));
        FIELDS.put("content", e -> Texts.key(e.content()));
        FIELDS.put("place", e -> Texts.key(e.place()));
        FIELDS.put("preparing", e -> Texts.key(e.preparingUnits()));
        FIELDS.put("chairs", e -> Texts.key(e.chairs()));
        FIELDS.put("participants", e -> Texts.key(e.participants()));
    }

    private ProgramChanges() {}

    /** Items matched by id (the same stored event before and after). */
    public static List<ProgramChange> byId(List<CalendarEvent> before, List<CalendarEvent> after) {
        Map<Long, CalendarEvent> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.id(), e));
        List<ProgramChange> out = new ArrayList<>();
        for (CalendarEvent now : after) {
            CalendarEvent was = old.remove(now.id());
            if (was == null) {
                out.add(new ProgramChange(ProgramChange.Kind.ADDED, null, now, List.of()));
            } else {
                List<String> fields = differingFields(was, now);
                if (!fields.isEmpty()) {
                    out.add(new ProgramChange(ProgramChange.Kind.CHANGED, was, now, fields));
                }
            }
        }
        old.values().forEach(e -> out.add(new ProgramChange(ProgramChange.Kind.REMOVED, e, null, List.of())));
        out.sort(Comparator.comparing(
                        (ProgramChange c) -> c.item().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.item().id(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    public static List<String> differingFields(CalendarEvent a, CalendarEvent b) {
        List<String> out = new ArrayList<>();
        FIELDS.forEach((name, f) -> {
            if (!Objects.equals(f.apply(a), f.apply(b))) {
                out.add(name);
            }
        });
        return out;
    }
}
