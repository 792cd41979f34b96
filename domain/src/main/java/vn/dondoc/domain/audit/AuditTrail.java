package vn.dondoc.domain.audit;

import java.util.List;
import java.util.function.Consumer;

/** Port: the append-only audit trail. Nothing here changes or removes a line once written. */
public interface AuditTrail {
    void record(AuditEvent event);

    /** A record's history, oldest first. */
    List<AuditEvent> of(String kind, long recordId);

    /** The newest lines, newest first. */
    List<AuditEvent> latest(int limit);

    /** Every line in order, for the export. */
    void forEach(Consumer<AuditEvent> each);
}
