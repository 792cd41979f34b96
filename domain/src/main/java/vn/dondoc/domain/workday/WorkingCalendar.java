package vn.dondoc.domain.workday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days a Vietnamese public agency works: Monday to Friday, less the public holidays of the Labour
 * Code (Tết and Giỗ Tổ Hùng Vương by the lunar calendar), less a day in lieu of a holiday that fell on a
 * weekend, with the year's announcements on top (extra days off, Saturdays worked in exchange), which win.
 * Deadlines ("within 5 working days", "a deadline on a holiday moves to the next working day") and the
 * work calendar's "item on a day off" check both ask this one class. Immutable and thread-safe.
 */
public final class WorkingCalendar {
    private static final WorkingCalendar STANDARD = new WorkingCalendar(List.of());

    private final Map<LocalDate, DayAnnouncement> announced;
    private final Map<Integer, Map<LocalDate, Holiday>> statutoryByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(Collection<DayAnnouncement> announcements) {
        Map<LocalDate, DayAnnouncement> m = new TreeMap<>();
        for (DayAnnouncement a : announcements) {
            m.put(a.date(), a);
        }
        this.announced = Collections.unmodifiableMap(m);
    }

    /** The calendar of the law alone, with nothing announced. */
    public static WorkingCalendar standard() {
        return STANDARD;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayAnnouncement a = announced.get(day);
        if (a != null) {
            return a.kind() == DayAnnouncement.Kind.WORKING_DAY;
        }
        return !isWeekend(day) && !statutory(day.getYear()).containsKey(day);
    }

    /** Why a day is off, when it is off for more than being a weekend. */
    public Optional<Holiday> holiday(LocalDate day) {
        DayAnnouncement a = announced.get(day);
        if (a != null) {
            return a.kind() == DayAnnouncement.Kind.DAY_OFF
                    ? Optional.of(new Holiday(day, a.name(), Holiday.Kind.ANNOUNCED))
                    : Optional.empty();
        }
        return Optional.ofNullable(statutory(day.getYear()).get(day));
    }

    /** Every holiday of a year, in date order: public holidays, days in lieu, announced days off. */
    public List<Holiday> holidays(int year) {
        Map<LocalDate, Holiday> all = new TreeMap<>(statutory(year));
        for (DayAnnouncement a : announced.values()) {
            if (a.date().getYear() != year) {
                continue;
            }
            if (a.kind() == DayAnnouncement.Kind.DAY_OFF) {
                all.put(a.date(), new Holiday(a.date(), a.name(), Holiday.Kind.ANNOUNCED));
            } else {
                all.remove(a.date());
            }
        }
        return List.copyOf(all.values());
    }

    /** Weekend days announced as working days in a year (the other side of a swap). */
    public List<DayAnnouncement> swappedWorkingDays(int year) {
        return announced.values().stream()
                .filter(a -> a.date().getYear() == year && a.kind() == DayAnnouncement.Kind.WORKING_DAY)
                .toList();
    }

    /** The day itself when it is a working day, else the next one: where a deadline on a day off lands. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * {@code n} working days after {@code from} (before it, for negative n): "within 5 working days from
     * receipt". With n = 0, {@link #onOrAfter}.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n == 0) {
            return onOrAfter(from);
        }
        int step = n > 0 ? 1 : -1;
        LocalDate d = from;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Holiday> statutory(int year) {
        return statutoryByYear.computeIfAbsent(year, WorkingCalendar::publicHolidays);
    }

    /**
     * Labour Code 2019, art. 112(1): 1/1; Tết: the last day of the lunar year and the first four days of the
     * new one (the Prime Minister may shift the five days; an admin then announces the difference);
     * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; National Day 2/9 and one adjacent day, taken here as 3/9, or
     * 1/9 when 2/9 is a Monday (the Prime Minister fixes it yearly; an admin announces the difference).
     * A holiday on a weekend gives the next working day off (art. 112(3)).
     */
    private static Map<LocalDate, Holiday> publicHolidays(int year) {
        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.tet(year);
        add(days, tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
        for (int i = 0; i < 4; i++) {
            add(days, tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
        }
        add(days, LunarCalendar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(days, nationalDay, "Quốc khánh (2/9)");
        add(
                days,
                nationalDay.getDayOfWeek() == DayOfWeek.MONDAY ? nationalDay.minusDays(1) : nationalDay.plusDays(1),
                "Quốc khánh (ngày liền kề 2/9)");
        // days in lieu: each holiday on a weekend gives the next day that is neither weekend nor holiday
        List<Holiday> onWeekends = new ArrayList<>(
                days.values().stream().filter(h -> isWeekend(h.date())).toList());
        for (Holiday h : onWeekends) {
            LocalDate d = h.date().plusDays(1);
            while (isWeekend(d) || days.containsKey(d)) {
                d = d.plusDays(1);
            }
            days.put(d, new Holiday(d, "Nghỉ bù " + h.name(), Holiday.Kind.IN_LIEU));
        }
        return Collections.unmodifiableMap(new TreeMap<>(days));
    }

    private static void add(Map<LocalDate, Holiday> days, LocalDate d, String name) {
        days.putIfAbsent(d, new Holiday(d, name, Holiday.Kind.PUBLIC_HOLIDAY));
    }
}
