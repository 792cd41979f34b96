package vn.dondoc.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.domain.common.RecordNotFoundException;

/**
 * Errors on a page become Vietnamese pages, never a stack trace or a 500 for a typo: a missing
 * record is a 404 page, a filter value that makes no sense is dropped and the page shown again
 * with a message naming it.
 */
@ControllerAdvice(annotations = HtmlPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageErrors.class);
    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RecordNotFoundException e) {
        return page(
                messages.get("problem.notFound.title"),
                messages.get("problem.notFound.detail", messages.get("record." + e.kind()), String.valueOf(e.id())));
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden(ForbiddenException e) {
        return page(messages.get("problem.forbidden.title"), e.getMessage());
    }

    /** Somebody changed the record since this page was loaded: back to it, with what happened. */
    @ExceptionHandler(StaleVersionException.class)
    ModelAndView stale(StaleVersionException e, HttpServletRequest request) {
        String text = messages.get("page.stale", messages.get("record." + e.kind()), String.valueOf(e.id()));
        if (e.page() == null) {
            ModelAndView mv = page(messages.get("problem.stale.title"), text);
            mv.setStatus(HttpStatus.CONFLICT);
            return mv;
        }
        RequestContextUtils.getOutputFlashMap(request).put("flashProblem", text);
        return new ModelAndView("redirect:" + e.page());
    }

    /** "/documents/abc" names no record: 404. "/tasks?status=FOO": the list without that filter, and why. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String value = String.valueOf(e.getValue());
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            ModelAndView mv = page(messages.get("problem.notFound.title"), messages.get("page.badAddress", value));
            mv.setStatus(HttpStatus.NOT_FOUND);
            return mv;
        }
        if (!"GET".equals(request.getMethod())) {
            return badRequest(messages.get("param.invalid", label(e.getName()), value));
        }
        RequestContextUtils.getOutputFlashMap(request)
                .put("flashProblem", messages.get("param.invalidDropped", label(e.getName()), value));
        String again = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(e.getName())
                .build()
                .toUriString();
        return new ModelAndView("redirect:" + again);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return badRequest(messages.get("param.missing", label(e.getParameterName())));
    }

    /** A value too long for its column, or a change that clashes with another record: said, never a 500. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView integrity(org.springframework.dao.DataIntegrityViolationException e) {
        log.info("integrity violation on a page: {}", e.getMostSpecificCause().getMessage());
        if (ApiErrors.tooLong(e)) {
            return badRequest(messages.get("problem.valueTooLong"));
        }
        ModelAndView mv = page(messages.get("problem.conflict.title"), messages.get("problem.conflict.detail"));
        mv.setStatus(HttpStatus.CONFLICT);
        return mv;
    }

    /** Anything else on a page: a Vietnamese error page, the cause in the log only. */
    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ModelAndView unexpected(Exception e) {
        log.error("page failed", e);
        return page(messages.get("problem.internal.title"), messages.get("problem.internal.detail"));
    }

    private ModelAndView badRequest(String detail) {
        ModelAndView mv = page(messages.get("problem.badRequest.title"), detail);
        mv.setStatus(HttpStatus.BAD_REQUEST);
        return mv;
    }

    private ModelAndView page(String title, String detail) {
        ModelAndView mv = new ModelAndView("notfound");
        mv.addObject("title", title);
        mv.addObject("detail", detail);
        return mv;
    }

    private String label(String parameter) {
        String key = "param.name." + parameter;
        return messages.has(key) ? messages.get(key) : parameter;
    }
}
