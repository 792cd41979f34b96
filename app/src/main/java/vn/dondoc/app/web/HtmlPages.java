package vn.dondoc.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders server-side pages (as opposed to the REST API under /api): its errors
 * become Vietnamese HTML pages through {@link PageErrors}, never problem JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface HtmlPages {
    @AliasFor(annotation = Controller.class)
    String value() default "";
}
