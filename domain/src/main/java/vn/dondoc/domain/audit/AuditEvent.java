package vn.dondoc.domain.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who ({@code actor}, null for nobody signed in), when, from which
 * address, what ({@code action}: CREATE, UPDATE, DELETE, CONFIRM_IMPORT, PUBLISH, CHANGE_STATUS,
 * POST_PROGRESS, SIGN_IN, SIGN_IN_FAILED ...), on which record, whether it went through, and the
 * record's fields before and after as JSON.
 */
public record AuditEvent(
        Long id,
        Instant at,
        String actor,
        String address,
        String action,
        String kind,
        Long recordId,
        String outcome,
        String before,
        String after) {
    public static final String DONE = "DONE";
    public static final String REFUSED = "REFUSED";
    public static final String FAILED = "FAILED";
}
