package vn.dondoc.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.dondoc.domain.common.RecordNotFoundException;

/** A missing record on a page: a Vietnamese "not found" page with status 404. */
@ControllerAdvice(assignableTypes = Pages.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageErrors.class);
    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RecordNotFoundException e) {
        ModelAndView mv = new ModelAndView("notfound");
        mv.addObject("title", messages.get("problem.notFound.title"));
        mv.addObject("detail", messages.get("problem.notFound.detail", messages.get("record." + e.kind()), String.valueOf(e.id())));
        return mv;
    }

    /** Anything else on a page: a Vietnamese error page, the cause in the log only. */
    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ModelAndView unexpected(Exception e) {
        log.error("page failed", e);
        ModelAndView mv = new ModelAndView("notfound");
        mv.addObject("title", messages.get("problem.internal.title"));
        mv.addObject("detail", messages.get("problem.internal.detail"));
        return mv;
    }
}
