package vn.dondoc.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An address nothing answers: a Vietnamese 404 page for a browser, a problem detail for the API and other clients. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class UnknownAddresses {
    private final Messages messages;

    UnknownAddresses(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(NoResourceFoundException e, HttpServletRequest request) {
        if (wantsPage(request)) {
            String detail = messages.get("page.unknown", request.getRequestURI());
            ModelAndView mv = new ModelAndView("notfound");
            mv.addObject("title", messages.get("problem.notFound.title"));
            mv.addObject("detail", detail);
            mv.setStatus(HttpStatus.NOT_FOUND);
            return mv;
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, messages.get("problem.NoResourceFoundException"));
        p.setTitle(messages.get("problem.notFound.title"));
        p.setType(URI.create("urn:dondoc:problem:not-found"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}
