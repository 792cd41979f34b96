package vn.dondoc.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.app.jdbc.Rows;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;

/** The audit trail in its table: insert and read, never update or delete. */
@Repository
class JdbcAuditTrail implements AuditTrail {
    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static AuditEvent map(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                Rows.instant(rs, "at"),
                rs.getString("actor"),
                rs.getString("address"),
                rs.getString("action"),
                rs.getString("kind"),
                Rows.longOrNull(rs, "record_id"),
                rs.getString("outcome"),
                rs.getString("before"),
                rs.getString("after"));
    }

    @Override
    public void record(AuditEvent e) {
        jdbc.sql("INSERT INTO audit_events (at, actor, address, action, kind, record_id, outcome, before, after)"
                        + " VALUES (:at, :actor, :address, :action, :kind, :id, :outcome, :before, :after)")
                .param("at", e.at().atOffset(ZoneOffset.UTC))
                .param("actor", cut(e.actor(), 100))
                .param("address", cut(e.address(), 100))
                .param("action", e.action())
                .param("kind", e.kind())
                .param("id", e.recordId())
                .param("outcome", e.outcome())
                .param("before", e.before())
                .param("after", e.after())
                .update();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public List<AuditEvent> of(String kind, long recordId) {
        return jdbc.sql("SELECT * FROM audit_events WHERE kind = :k AND record_id = :id ORDER BY id")
                .param("k", kind)
                .param("id", recordId)
                .query(JdbcAuditTrail::map)
                .list();
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_events ORDER BY id DESC LIMIT :n")
                .param("n", limit)
                .query(JdbcAuditTrail::map)
                .list();
    }

    @Override
    public void forEach(Consumer<AuditEvent> each) {
        // streamed row by row: the trail can be long
        jdbc.sql("SELECT * FROM audit_events ORDER BY id")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(map(rs, 0)));
    }
}
