package vn.dondoc.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container sends to {@code /error}: a request refused before any controller ran (an
 * upload too large while the security filters read it, an address the firewall refuses, a filter's
 * failure). Spring Boot's own answer is English ("Content Too Large"); this one says it in Vietnamese,
 * as a page for a browser and as a problem detail for everything else, and never shows the cause.
 */
@Controller
public class ErrorReplies implements ErrorController {
    private final Messages messages;

    public ErrorReplies(Messages messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String title = messages.has("problem.http." + status)
                ? messages.get("problem.http." + status)
                : messages.get(status >= 500 ? "problem.internal.title" : "problem.badRequest.title");
        String detail;
        if (status == 413 || causedBy(cause, MaxUploadSizeExceededException.class)) {
            detail = messages.get("problem.MaxUploadSizeExceededException");
        } else if (causedBy(cause, RequestRejectedException.class)) {
            detail = messages.get("problem.rejectedAddress");
        } else if (status == 404) {
            detail = messages.get("problem.NoResourceFoundException");
        } else if (status >= 500) {
            detail = messages.get("problem.internal.detail");
        } else {
            detail = messages.get("problem.http.detail", status);
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String accept = String.valueOf(request.getHeader("Accept"));
        if (!uri.startsWith("/api/") && accept.contains("text/html")) {
            ModelAndView page = new ModelAndView("notfound");
            page.addObject("title", title);
            page.addObject("detail", detail);
            page.setStatus(HttpStatusCode.valueOf(status));
            return page;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        p.setTitle(title);
        p.setType(URI.create(
                "urn:dondoc:problem:" + (status == HttpStatus.PAYLOAD_TOO_LARGE.value() ? "too-large" : "refused")));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
