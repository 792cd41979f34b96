package vn.dondoc.app.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.followup.CompletionProposal;
import vn.dondoc.domain.followup.Deadline;
import vn.dondoc.domain.followup.Decision;
import vn.dondoc.domain.followup.Extension;
import vn.dondoc.domain.followup.FollowUps;

@Repository
class JdbcFollowUps implements FollowUps {
    private final JdbcClient jdbc;

    JdbcFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Deadline> statedDeadline(long taskId) {
        return jdbc.sql(
                        "SELECT deadline_text, deadline, recurrence FROM tasks WHERE id = :id AND deadline_text IS NOT NULL")
                .param("id", taskId)
                .query((rs, n) -> new Deadline(
                        rs.getString("deadline_text"),
                        Rows.date(rs, "deadline"),
                        rs.getString("recurrence") == null ? null : Deadline.Every.valueOf(rs.getString("recurrence"))))
                .optional();
    }

    @Override
    public void stateDeadline(long taskId, Deadline d) {
        // a recurring duty's task is the instance of the period its deadline ends (RecurringTasks makes the next ones)
        jdbc.sql("UPDATE tasks SET deadline_text = :text, recurrence = :every, instance_due = "
                        + (d.every() == null ? "NULL" : "deadline") + " WHERE id = :id")
                .param("text", d.text())
                .param("every", d.every() == null ? null : d.every().name())
                .param("id", taskId)
                .update();
    }

    @Override
    public Optional<LocalDate> completedOn(long taskId) {
        return jdbc.sql("SELECT completed_on FROM tasks WHERE id = :id")
                .param("id", taskId)
                .query((rs, n) -> Optional.ofNullable(Rows.date(rs, "completed_on")))
                .optional()
                .flatMap(o -> o);
    }

    @Override
    public void markCompleted(long taskId, LocalDate day) {
        jdbc.sql("UPDATE tasks SET completed_on = :day WHERE id = :id")
                .param("day", day)
                .param("id", taskId)
                .update();
    }

    private static Extension extension(ResultSet rs, int n) throws SQLException {
        return new Extension(
                rs.getLong("id"),
                rs.getLong("task_id"),
                Rows.date(rs, "requested_on"),
                Rows.longOrNull(rs, "unit_id"),
                Rows.date(rs, "old_deadline"),
                Rows.date(rs, "new_deadline"),
                rs.getString("reason"),
                Decision.valueOf(rs.getString("decision")),
                Rows.date(rs, "decided_on"),
                rs.getString("answer"));
    }

    @Override
    public Extension addExtension(Extension e) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO task_extensions (task_id, requested_on, unit_id, old_deadline, new_deadline, reason, decision)"
                                + " VALUES (:t, :on, :u, :old, :new, :reason, :d)")
                .param("t", e.taskId())
                .param("on", e.requestedOn())
                .param("u", e.unitId())
                .param("old", e.oldDeadline())
                .param("new", e.newDeadline())
                .param("reason", e.reason())
                .param("d", e.decision().name())
                .update(keys, "id");
        return findExtension(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<Extension> findExtension(long id) {
        return jdbc.sql("SELECT * FROM task_extensions WHERE id = :id")
                .param("id", id)
                .query(JdbcFollowUps::extension)
                .optional();
    }

    @Override
    public void decideExtension(long id, Decision decision, LocalDate on, String answer) {
        decide("task_extensions", id, decision, on, answer);
    }

    /** A leader's answer to a request (an extension, a completion): the same columns in both tables. */
    private void decide(String table, long id, Decision decision, LocalDate on, String answer) {
        jdbc.sql("UPDATE " + table + " SET decision = :d, decided_on = :on, answer = :a WHERE id = :id")
                .param("d", decision.name())
                .param("on", on)
                .param("a", answer)
                .param("id", id)
                .update();
    }

    @Override
    public List<Extension> extensions(long taskId) {
        return jdbc.sql("SELECT * FROM task_extensions WHERE task_id = :t ORDER BY id")
                .param("t", taskId)
                .query(JdbcFollowUps::extension)
                .list();
    }

    private static CompletionProposal proposal(ResultSet rs, int n) throws SQLException {
        return new CompletionProposal(
                rs.getLong("id"),
                rs.getLong("task_id"),
                rs.getLong("report_id"),
                Rows.date(rs, "proposed_on"),
                Rows.longOrNull(rs, "unit_id"),
                Decision.valueOf(rs.getString("decision")),
                Rows.date(rs, "decided_on"),
                rs.getString("answer"));
    }

    @Override
    public CompletionProposal addProposal(CompletionProposal p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO completion_proposals (task_id, report_id, proposed_on, unit_id, decision)"
                        + " VALUES (:t, :r, :on, :u, :d)")
                .param("t", p.taskId())
                .param("r", p.reportId())
                .param("on", p.proposedOn())
                .param("u", p.unitId())
                .param("d", p.decision().name())
                .update(keys, "id");
        return findProposal(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<CompletionProposal> findProposal(long id) {
        return jdbc.sql("SELECT * FROM completion_proposals WHERE id = :id")
                .param("id", id)
                .query(JdbcFollowUps::proposal)
                .optional();
    }

    @Override
    public void decideProposal(long id, Decision decision, LocalDate on, String answer) {
        decide("completion_proposals", id, decision, on, answer);
    }

    @Override
    public List<CompletionProposal> proposals(long taskId) {
        return jdbc.sql("SELECT * FROM completion_proposals WHERE task_id = :t ORDER BY id")
                .param("t", taskId)
                .query(JdbcFollowUps::proposal)
                .list();
    }
}
