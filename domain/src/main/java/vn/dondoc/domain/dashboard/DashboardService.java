package vn.dondoc.domain.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.dashboard.DashboardFigures.Event;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.followup.TaskBucket;
import vn.dondoc.domain.followup.Timeliness;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.workday.Holiday;
import vn.dondoc.domain.workday.WorkingCalendar;
import vn.dondoc.textcore.format.VietnameseNumbers;

/**
 * Builds dashboards from aggregated figures: the database counts tasks per (unit, status, deadline, completion
 * day); here each group gets its bucket on the working-day calendar, so a province's tasks cost a few queries.
 */
public final class DashboardService {
    /** "Sắp đến hạn": due within this many working days. */
    public static final int DUE_SOON_WORKING_DAYS = 7;

    private static final int LIST_LIMIT = 200;

    private final DashboardFigures figures;
    private final OrgUnits units;
    private final Supplier<WorkingCalendar> calendar;

    public DashboardService(DashboardFigures figures, OrgUnits units, Supplier<WorkingCalendar> calendar) {
        this.figures = figures;
        this.units = units;
        this.calendar = calendar;
    }

    /** {@code unitId}: the unit and every unit under it; {@code programId}: tasks from that document. */
    public Dashboard build(LocalDate asOf, Long unitId, Long programId) {
        return build(asOf, unitId, programId, null, Visibility.EVERYTHING);
    }

    /** {@code visible}: the figures count only what the person asking may read. */
    public Dashboard build(LocalDate asOf, Long unitId, Long programId, Visibility visible) {
        return build(asOf, unitId, programId, null, visible);
    }

    /** {@code due}: only tasks due in that range count in the buckets (the overdue list stays whole). */
    public Dashboard build(LocalDate asOf, Long unitId, Long programId, DashboardFigures.DueRange due) {
        return build(asOf, unitId, programId, due, Visibility.EVERYTHING);
    }

    public Dashboard build(
            LocalDate asOf, Long unitId, Long programId, DashboardFigures.DueRange due, Visibility visible) {
        WorkingCalendar cal = calendar.get();
        Timeliness timeliness = new Timeliness(cal);
        Set<Long> scope = unitId == null ? null : subtree(unitId);
        DashboardFigures.AsOf day = new DashboardFigures.AsOf(asOf, cal.addWorkingDays(asOf, -1));

        Map<Long, String> unitNames = new LinkedHashMap<>();
        Map<Long, Map<TaskBucket, Long>> perUnit = new LinkedHashMap<>();
        for (DashboardFigures.UnitGroup g : figures.unitGroups(scope, programId, due, day, visible)) {
            timeliness.bucket(g.status(), g.deadline(), g.completedOn(), asOf).ifPresent(b -> {
                unitNames.putIfAbsent(g.unitId(), g.unitName());
                perUnit.computeIfAbsent(g.unitId(), k -> emptyBuckets()).merge(b, g.count(), Long::sum);
            });
        }
        Map<TaskBucket, Long> totals = emptyBuckets();
        Map<Long, String> programNames = new LinkedHashMap<>();
        Map<Long, Map<TaskBucket, Long>> perProgram = new LinkedHashMap<>();
        for (DashboardFigures.ProgramGroup g : figures.programGroups(scope, programId, due, day, visible)) {
            timeliness.bucket(g.status(), g.deadline(), g.completedOn(), asOf).ifPresent(b -> {
                totals.merge(b, g.count(), Long::sum);
                programNames.putIfAbsent(g.programId(), g.programTitle());
                perProgram.computeIfAbsent(g.programId(), k -> emptyBuckets()).merge(b, g.count(), Long::sum);
            });
        }

        LocalDate soonLimit = cal.addWorkingDays(asOf, DUE_SOON_WORKING_DAYS);
        List<TaskLine> overdue = new ArrayList<>();
        List<TaskLine> dueSoon = new ArrayList<>();
        for (TaskLine t : figures.openTasksDueBy(soonLimit, scope, programId, LIST_LIMIT, visible)) {
            if (asOf.isAfter(timeliness.dueOn(t.deadline()))) {
                overdue.add(t);
            } else {
                dueSoon.add(t);
            }
        }
        return new Dashboard(
                asOf,
                unitId,
                programId,
                totals,
                rate(totals),
                rows(perUnit, unitNames),
                rows(perProgram, programNames),
                overdue,
                dueSoon,
                DUE_SOON_WORKING_DAYS,
                figures.belowPlan(scope, programId, LIST_LIMIT, visible),
                week(asOf, cal, visible));
    }

    /**
     * A review's overdue list: the tasks overdue as of {@code to} (its deadline, moved past days off, before
     * {@code to}, and not done by then), so their deadlines fall within or before the period, never after it.
     */
    public List<TaskLine> overdueAsOf(LocalDate to, Long unitId, Long programId, Visibility visible) {
        Timeliness timeliness = new Timeliness(calendar.get());
        Set<Long> scope = unitId == null ? null : subtree(unitId);
        return figures.openOn(to, scope, programId, LIST_LIMIT, visible).stream()
                .filter(t -> to.isAfter(timeliness.dueOn(t.deadline())))
                .toList();
    }

    /** Done (on time or late) out of every task that counts; "120/195 — 61,53%". */
    public static Dashboard.Rate rate(Map<TaskBucket, Long> buckets) {
        long done = buckets.getOrDefault(TaskBucket.DONE_ON_TIME, 0L) + buckets.getOrDefault(TaskBucket.DONE_LATE, 0L);
        long total = buckets.values().stream().mapToLong(Long::longValue).sum();
        double percent = total == 0 ? 0 : Math.floor(done * 10000.0 / total) / 100.0;
        return new Dashboard.Rate(
                done, total, percent, done + "/" + total + " — " + VietnameseNumbers.format(percent) + "%");
    }

    private List<Dashboard.Row> rows(Map<Long, Map<TaskBucket, Long>> groups, Map<Long, String> names) {
        List<Dashboard.Row> out = new ArrayList<>();
        groups.forEach((id, buckets) -> out.add(new Dashboard.Row(id, names.get(id), buckets, rate(buckets))));
        out.sort(Comparator.comparing((Dashboard.Row r) -> r.buckets().get(TaskBucket.OPEN_OVERDUE))
                .reversed()
                .thenComparing(r -> r.name() == null ? "" : r.name()));
        return out;
    }

    private List<Dashboard.Day> week(LocalDate asOf, WorkingCalendar cal, Visibility visible) {
        LocalDate monday = asOf.with(DayOfWeek.MONDAY);
        List<Event> events = figures.events(monday, monday.plusDays(6), visible);
        List<Dashboard.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            days.add(new Dashboard.Day(
                    d,
                    cal.isWorkingDay(d),
                    cal.holiday(d).map(Holiday::name).orElse(null),
                    events.stream().filter(e -> d.equals(e.date())).toList()));
        }
        return days;
    }

    /** The unit and every unit under it. */
    public Set<Long> subtree(long root) {
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        for (OrgUnit u : units.all()) {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        }
        Set<Long> out = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    private static Map<TaskBucket, Long> emptyBuckets() {
        Map<TaskBucket, Long> m = new EnumMap<>(TaskBucket.class);
        for (TaskBucket b : TaskBucket.values()) {
            m.put(b, 0L);
        }
        return m;
    }
}
