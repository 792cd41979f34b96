package vn.dondoc.app.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dondoc.domain.common.RecordNotFoundException;

/**
 * Every REST error as an RFC 9457 problem detail with a Vietnamese title and detail. Business
 * rejections are 422 with a list of reasons (code, field, message); nothing leaks a stack trace.
 * Applies to every request that no page handler took (also unknown paths); pages have {@link PageErrors} first.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private final Messages messages;

    public ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                messages.get("problem.notFound.detail", messages.get("record." + e.kind()), String.valueOf(e.id())));
        p.setTitle(messages.get("problem.notFound.title"));
        p.setType(URI.create("urn:dondoc:problem:not-found"));
        return p;
    }

    @ExceptionHandler(RejectedException.class)
    ProblemDetail rejected(RejectedException e) {
        List<String> texts = messages.rejections(e.reasons());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), String.join("; ", texts));
        p.setTitle(messages.get("problem.rejected.title"));
        p.setType(URI.create("urn:dondoc:problem:rejected"));
        p.setProperty(
                "reasons",
                e.reasons().stream()
                        .map(r -> Map.of(
                                "code",
                                r.code(),
                                "field",
                                r.field() == null ? "" : r.field(),
                                "message",
                                messages.rejection(r)))
                        .toList());
        return p;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle(messages.get("problem.forbidden.title"));
        p.setType(URI.create("urn:dondoc:problem:forbidden"));
        return p;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                messages.get(
                        "problem.stale.detail",
                        messages.get("record." + e.kind()),
                        String.valueOf(e.id()),
                        e.sentVersion(),
                        String.valueOf(e.currentVersion())));
        p.setTitle(messages.get("problem.stale.title"));
        p.setType(URI.create("urn:dondoc:problem:stale-version"));
        p.setProperty("currentVersion", e.currentVersion());
        p.setProperty("current", e.currentValues());
        return p;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        log.info("integrity violation: {}", e.getMostSpecificCause().getMessage());
        if (tooLong(e)) {
            ProblemDetail p =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("problem.valueTooLong"));
            p.setTitle(messages.get("problem.badRequest.title"));
            return p;
        }
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("problem.conflict.detail"));
        p.setTitle(messages.get("problem.conflict.title"));
        return p;
    }

    /**
     * A value longer (or a number larger) than its column holds: SQL state class 22, the same on H2 and
     * PostgreSQL. The sender's fault, not a conflict with another record.
     */
    public static boolean tooLong(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof java.sql.SQLException s
                && s.getSQLState() != null
                && s.getSQLState().startsWith("22");
    }

    /** An upload cut short or without its boundary: the sender's fault, said in Vietnamese (too large has its own 413). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail brokenUpload(org.springframework.web.multipart.MultipartException e) {
        log.info("broken upload: {}", e.getMostSpecificCause().getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.get("problem.multipart"));
        p.setTitle(messages.get("problem.badRequest.title"));
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.get("problem.badRequest.detail", e.getMessage()));
        p.setTitle(messages.get("problem.badRequest.title"));
        return p;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.get("problem.internal.detail"));
        p.setTitle(messages.get("problem.internal.title"));
        return p;
    }

    /** Spring's own MVC errors (bad JSON, wrong type, unknown path...): same shape, Vietnamese text. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> r = super.handleExceptionInternal(ex, body, headers, status, request);
        if (r != null && r.getBody() instanceof ProblemDetail p) {
            String key = "problem." + ex.getClass().getSimpleName();
            p.setTitle(messages.get("problem.http." + status.value(), status.value()));
            p.setDetail(messages.has(key) ? messages.get(key) : messages.get("problem.http.detail", status.value()));
        }
        return r;
    }
}
