package vn.dondoc.domain.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an item takes place: its days, and the part of each day it occupies. Items in work
 * programs rarely say when they end: a start time alone is taken to run to the end of its
 * session, a session alone fills that session, and neither means the whole day.
 */
public record TimeSlot(LocalDate firstDay, LocalDate lastDay, LocalTime start, LocalTime end) {
    static final LocalTime MORNING_END = LocalTime.of(12, 0);
    static final LocalTime AFTERNOON_END = LocalTime.of(18, 0);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{1,2})?");

    /** The slot of an event, or null when it has no date. */
    public static TimeSlot of(CalendarEvent e) {
        if (e.date() == null) {
            return null;
        }
        LocalDate last = e.endDate() != null && e.endDate().isAfter(e.date()) ? e.endDate() : e.date();
        LocalTime[] times = times(e.time());
        LocalTime sessionStart = sessionStart(e.session());
        LocalTime sessionEnd = sessionEnd(e.session());
        LocalTime start = times[0] != null ? times[0] : sessionStart;
        LocalTime end = times[1];
        if (end == null) {
            end = times[0] != null && e.session() == null ? sessionEnd(sessionOf(times[0])) : sessionEnd;
        }
        if (!end.isAfter(start)) {
            end = LocalTime.MAX;
        }
        return new TimeSlot(e.date(), last, start, end);
    }

    public boolean overlaps(TimeSlot o) {
        boolean daysMeet = !firstDay.isAfter(o.lastDay) && !o.firstDay.isAfter(lastDay);
        return daysMeet && start.isBefore(o.end) && o.start.isBefore(end);
    }

    /** Session a clock time falls in: before noon morning, before six afternoon, then evening. */
    public static String sessionOf(LocalTime t) {
        return t.isBefore(MORNING_END) ? "MORNING" : t.isBefore(AFTERNOON_END) ? "AFTERNOON" : "EVENING";
    }

    /** "8h00", "14 giờ 30", "7h30 - 11h30", "08:00": up to two clock times, null when absent or unreadable. */
    static LocalTime[] times(String text) {
        LocalTime[] out = new LocalTime[2];
        if (text == null) {
            return out;
        }
        Matcher m = CLOCK.matcher(text);
        int i = 0;
        while (i < 2 && m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                out[i++] = LocalTime.of(h, min);
            }
        }
        return out;
    }

    private static LocalTime sessionStart(String session) {
        if (session == null) {
            return LocalTime.MIN;
        }
        return switch (session) {
            case "AFTERNOON" -> MORNING_END;
            case "EVENING" -> AFTERNOON_END;
            default -> LocalTime.MIN;
        };
    }

    private static LocalTime sessionEnd(String session) {
        if (session == null) {
            return LocalTime.MAX;
        }
        return switch (session) {
            case "MORNING" -> MORNING_END;
            case "AFTERNOON" -> AFTERNOON_END;
            default -> LocalTime.MAX;
        };
    }
}
