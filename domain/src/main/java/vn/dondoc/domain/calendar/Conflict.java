package vn.dondoc.domain.calendar;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One problem in the program: its kind, the events involved (ascending ids) and the arguments of
 * its Vietnamese message (key "conflict." + kind). {@link #key()} names it across recomputations,
 * so a clerk's acceptance sticks to it.
 */
public record Conflict(ConflictKind kind, List<Long> eventIds, List<Object> args) {
    public Conflict {
        eventIds = eventIds.stream().sorted().toList();
        args = List.copyOf(args);
    }

    public String key() {
        return kind + ":" + eventIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                + (args.isEmpty() ? "" : ":" + args.get(0));
    }

    public String messageCode() {
        return "conflict." + kind;
    }
}
