package vn.dondoc.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import vn.dondoc.domain.common.RecordNotFoundException;

/** A missing record on a page: a Vietnamese "not found" page with status 404. */
@ControllerAdvice(assignableTypes = Pages.class)
public class PageErrors {
    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RecordNotFoundException e) {
        ModelAndView mv = new ModelAndView("notfound");
        mv.addObject("detail", messages.get("problem.notFound.detail", messages.get("record." + e.kind()), String.valueOf(e.id())));
        return mv;
    }
}
