package vn.dondoc.app.search;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far an instance's index has followed the change log: every id up to {@code high} was applied, except the
 * holes — ids below {@code high} not seen yet, because the transaction that took them had not committed (or
 * rolled back). A hole is looked for again at every poll until its row shows up or it is older than the
 * timeout (a rolled-back transaction leaves a hole for good). Not thread-safe: its owner serialises the calls.
 */
final class FollowCursor {
    /** Holes kept at most: more than the rows of the transactions that can be open at once. */
    static final int MAX_HOLES = 10_000;

    private long high;
    /** Hole id → when it was first noticed (epoch ms). */
    private final TreeMap<Long, Long> holes = new TreeMap<>();

    FollowCursor(long high) {
        this.high = high;
    }

    long high() {
        return high;
    }

    Map<Long, Long> holes() {
        return holes;
    }

    /** A row was read and applied: it fills its hole, or moves {@code high} and opens the holes it jumped. */
    void saw(long id, long nowMs) {
        if (id <= high) {
            holes.remove(id);
            return;
        }
        for (long h = Math.max(high + 1, id - MAX_HOLES); h < id; h++) {
            holes.put(h, nowMs);
        }
        high = id;
        while (holes.size() > MAX_HOLES) {
            holes.pollFirstEntry();
        }
    }

    /** Gives up on the holes older than {@code timeoutMs}: their transactions rolled back. */
    void expire(long nowMs, long timeoutMs) {
        holes.values().removeIf(t -> nowMs - t > timeoutMs);
    }

    /** Whether the row of this id has been accounted for (applied, or given up on). */
    boolean passed(long id) {
        return id <= high && !holes.containsKey(id);
    }

    /** "high;hole@ms,hole@ms": what the position file holds. */
    String format() {
        return high + ";"
                + holes.entrySet().stream()
                        .map(e -> e.getKey() + "@" + e.getValue())
                        .collect(Collectors.joining(","));
    }

    static FollowCursor parse(String text) {
        String[] parts = text.strip().split(";", -1);
        FollowCursor c = new FollowCursor(Long.parseLong(parts[0].strip()));
        if (parts.length > 1 && !parts[1].isBlank()) {
            for (String hole : parts[1].split(",")) {
                String[] h = hole.split("@");
                c.holes.put(Long.parseLong(h[0]), Long.parseLong(h[1]));
            }
        }
        return c;
    }
}
