package vn.dondoc.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dondoc.domain.dashboard.DashboardFigures.BelowPlan;
import vn.dondoc.domain.dashboard.DashboardFigures.Event;
import vn.dondoc.domain.dashboard.DashboardFigures.TaskLine;
import vn.dondoc.domain.followup.TaskBucket;

/**
 * What a leader (or a unit, or a program) sees on {@code asOf}: tasks per bucket in all and per unit and program,
 * completion rates ("120/195 — 61,53%"), the overdue and soon-due lists, results below plan, the week.
 */
public record Dashboard(
        LocalDate asOf,
        Long unitId,
        Long programId,
        Map<TaskBucket, Long> totals,
        Rate completion,
        List<Row> units,
        List<Row> programs,
        List<TaskLine> overdue,
        List<TaskLine> dueSoon,
        int dueSoonWorkingDays,
        List<BelowPlan> belowPlan,
        List<Day> week) {

    /** Done out of all (cancelled tasks are out); {@code percent} truncated to two decimals, as reviews write it. */
    public record Rate(long done, long total, double percent, String text) {}

    /** A unit's or a program's line: its buckets and its completion rate. */
    public record Row(Long id, String name, Map<TaskBucket, Long> buckets, Rate completion) {}

    /** One day of the week: working or not (and why), and its calendar events. */
    public record Day(LocalDate date, boolean workingDay, String holiday, List<Event> events) {}
}
