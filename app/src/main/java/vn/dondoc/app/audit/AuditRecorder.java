package vn.dondoc.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.dondoc.app.access.Access;
import vn.dondoc.app.access.AccessRules;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;

/**
 * Writes the audit trail of every change made through the API or the pages: the rule of the address
 * (from {@link AccessRules}) says what it is and on which record; the record's fields are read before
 * and after. A refused change (403) or a conflict (409) is written too, with its outcome.
 */
@ControllerAdvice
public class AuditRecorder implements HandlerInterceptor, ResponseBodyAdvice<Object> {
    private static final String MATCHED = AuditRecorder.class.getName() + ".matched";
    private static final String BEFORE = AuditRecorder.class.getName() + ".before";
    private static final String CREATED = AuditRecorder.class.getName() + ".created";
    private static final String PAGE_CREATED = AuditRecorder.class.getName() + ".pageCreated";

    private final AccessRules rules;
    private final Snapshots snapshots;
    private final AuditTrail trail;
    private final Clock clock;

    AuditRecorder(AccessRules rules, Snapshots snapshots, AuditTrail trail, Clock clock) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        AccessRules.Matched m = rules.match(request);
        if (m != null && m.changes()) {
            request.setAttribute(MATCHED, m);
            request.setAttribute(BEFORE, snapshots.of(m.kind(), m.recordId()));
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(MATCHED) instanceof AccessRules.Matched m)) {
            return;
        }
        int status = response.getStatus();
        String outcome =
                ex == null && status < 400 ? AuditEvent.DONE : status == 403 ? AuditEvent.REFUSED : AuditEvent.FAILED;
        if (outcome.equals(AuditEvent.FAILED) && status != 409) {
            return; // a rejected form (422), a missing record (404): nothing happened worth keeping
        }
        Long id = m.recordId() != null ? m.recordId() : (Long) request.getAttribute(CREATED);
        String after = outcome.equals(AuditEvent.DONE) ? snapshots.of(m.kind(), id) : null;
        trail.record(new AuditEvent(
                null,
                clock.instant(),
                Access.currentActor().username(),
                request.getRemoteAddr(),
                request.getAttribute(PAGE_CREATED) != null
                        ? "CREATE"
                        : deletes(request, m) ? "DELETE" : m.action().name(),
                m.kind(),
                id,
                outcome,
                (String) request.getAttribute(BEFORE),
                after));
    }

    /**
     * A delete only an administrator may make (a unit, a person, an alias, a day announcement: the rule checks
     * ADMINISTER) says DELETE in the trail like any other, so the trash finds who deleted it.
     */
    private static boolean deletes(HttpServletRequest request, AccessRules.Matched m) {
        return m.action() == vn.dondoc.domain.access.Action.ADMINISTER
                && (request.getMethod().equals("DELETE")
                        || request.getRequestURI().endsWith("/delete"));
    }

    /**
     * One line for a record changed by a request that changes many (a spreadsheet's rows), the same line a single
     * change through the API writes: who, from where, what, the record before ({@link Snapshots#of}) and after.
     */
    public void recordChange(String action, String kind, long id, String before) {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr()
                : null;
        trail.record(new AuditEvent(
                null,
                clock.instant(),
                Access.currentActor().username(),
                address,
                action,
                kind,
                id,
                AuditEvent.DONE,
                before,
                snapshots.of(kind, id)));
    }

    /**
     * A page that created a record names it here, so its line in the trail says which (the API's answer does it
     * itself) and says CREATE, whatever the address's rule checked (a unit's staff enter results under UPDATE).
     */
    public static void created(HttpServletRequest request, long id) {
        request.setAttribute(CREATED, id);
        request.setAttribute(PAGE_CREATED, Boolean.TRUE);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    /** The id of what a POST created, read off the answer ({@code id()} of a record, "id" of a map). */
    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body != null
                && request instanceof ServletServerHttpRequest r
                && r.getServletRequest().getAttribute(MATCHED) != null) {
            Long id = idOf(body);
            if (id != null) {
                r.getServletRequest().setAttribute(CREATED, id);
            }
        }
        return body;
    }

    private static Long idOf(Object body) {
        if (body instanceof Map<?, ?> map) {
            return map.get("id") instanceof Number n ? n.longValue() : null;
        }
        try {
            Method id = body.getClass().getMethod("id");
            return id.invoke(body) instanceof Number n ? n.longValue() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
