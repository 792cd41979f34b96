package vn.dondoc.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dondoc.domain.access.Visibility;
import vn.dondoc.domain.task.TaskStatus;

/**
 * Port: the figures of a dashboard, aggregated by the database (one query per list, never one per task).
 * {@code unitIds} null: every unit; {@code programId} null: every program (a program is the document tasks came from);
 * {@code due} null: every task, else only tasks whose deadline falls in it (a review of a period).
 * {@code visible}: only the records the person asking may read (tasks, results, agenda items), so a figure never
 * counts what its reader may not open.
 */
public interface DashboardFigures {

    /** Tasks counted per lead unit and per what decides their bucket (status, deadline, completion day). */
    record UnitGroup(
            Long unitId, String unitName, TaskStatus status, LocalDate deadline, LocalDate completedOn, long count) {}

    /** Tasks counted (once each) per program and per what decides their bucket. */
    record ProgramGroup(
            Long programId,
            String programTitle,
            TaskStatus status,
            LocalDate deadline,
            LocalDate completedOn,
            long count) {}

    record TaskLine(long id, String text, String leadUnits, LocalDate deadline, int progress) {}

    /** A stated result under its plan: {@code percentOfPlan} stated, or computed from the stored target. */
    record BelowPlan(
            long resultId,
            String indicator,
            double actual,
            Double planned,
            double percentOfPlan,
            String unit,
            String period,
            Long documentId) {}

    record Event(LocalDate date, String session, String time, String content, String place) {}

    /** A document tasks came from: an action program, a plan, a conclusion. */
    record Program(long id, String title) {}

    /** Every program that has tasks, most recent first. */
    List<Program> programs(Visibility visible);

    /** Deadlines from {@code from} to {@code to}, both included. */
    record DueRange(LocalDate from, LocalDate to) {}

    /**
     * The day of the view, for the groups: the database folds together the tasks whose bucket that day cannot
     * differ (instead of one group per deadline and completion day), so a province gives a few groups per unit.
     * {@code overdueThrough}: the last working day before {@code asOf} (an open task due on or before it is
     * overdue that day, one due after it is not); a cancelled task counts nowhere and gives no group.
     */
    record AsOf(LocalDate asOf, LocalDate overdueThrough) {}

    /** Groups whose status, deadline and completion day, bucketed on {@code asOf}, give each task's bucket. */
    List<UnitGroup> unitGroups(Set<Long> unitIds, Long programId, DueRange due, AsOf asOf, Visibility visible);

    List<ProgramGroup> programGroups(Set<Long> unitIds, Long programId, DueRange due, AsOf asOf, Visibility visible);

    /** Open tasks with a deadline on or before {@code until}, earliest first. */
    List<TaskLine> openTasksDueBy(LocalDate until, Set<Long> unitIds, Long programId, int limit, Visibility visible);

    /**
     * Tasks still open on {@code asOf} whose deadline is on or before it: open now, or done only after that day
     * (a review of a past period lists what was overdue then, whatever happened since). Earliest first.
     */
    List<TaskLine> openOn(LocalDate asOf, Set<Long> unitIds, Long programId, int limit, Visibility visible);

    List<BelowPlan> belowPlan(Set<Long> unitIds, Long programId, int limit, Visibility visible);

    List<Event> events(LocalDate from, LocalDate to, Visibility visible);
}
