package vn.dondoc.app.versions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.access.AccessRules;
import vn.dondoc.app.audit.Snapshots;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.app.web.StaleVersionException;

/**
 * No lost updates. Reading a record gives its version (ETag header on the API, a hidden "version"
 * field in the page's forms); a change that names a version (If-Match, or the form's field) goes
 * through only if the record is still at that version, else HTTP 409 with the current values. A change
 * that names none still raises the version, so every other editor's next change is checked against it.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice(annotations = HtmlPages.class)
class VersionCheck implements HandlerInterceptor, WebMvcConfigurer {
    private static final Map<String, String> PAGES =
            Map.of("task", "/tasks/", "document", "/documents/", "target", "/targets/", "result", "/results/");
    private final AccessRules rules;
    private final Versions versions;
    private final Snapshots snapshots;
    private final JsonMapper json;

    VersionCheck(AccessRules rules, Versions versions, Snapshots snapshots, JsonMapper json) {
        this.rules = rules;
        this.versions = versions;
        this.snapshots = snapshots;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(1);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        AccessRules.Matched m = rules.match(request);
        if (m == null || m.recordId() == null || !Versions.versioned(m.kind())) {
            return true;
        }
        Optional<Long> current = versions.current(m.kind(), m.recordId());
        if (current.isEmpty()) {
            return true; // the controller answers 404
        }
        if (!m.changes()) {
            response.setHeader("ETag", "\"" + current.get() + "\"");
            return true;
        }
        String sent = sentVersion(request);
        if (sent == null) {
            versions.bump(m.kind(), m.recordId());
            versions.current(m.kind(), m.recordId())
                    .ifPresent(v -> request.setAttribute(RAISED, new Raised(m.kind(), m.recordId(), v)));
            return true;
        }
        Long expected = parse(sent);
        if (expected != null && versions.advance(m.kind(), m.recordId(), expected)) {
            request.setAttribute(RAISED, new Raised(m.kind(), m.recordId(), expected + 1));
        } else {
            long now = versions.current(m.kind(), m.recordId()).orElse(current.get());
            String values = snapshots.of(m.kind(), m.recordId());
            String page = request.getRequestURI().startsWith("/api/") || !PAGES.containsKey(m.kind())
                    ? null
                    : PAGES.get(m.kind()) + m.recordId();
            throw new StaleVersionException(
                    m.kind(), m.recordId(), now, sent, values == null ? null : json.readTree(values), page);
        }
        return true;
    }

    /** The version this request raised before its controller ran, to take back if the change is refused. */
    private record Raised(String kind, long id, long to) {}

    private static final String RAISED = VersionCheck.class.getName() + ".raised";

    /**
     * A page that answers a change with the form again (its problems shown) refused it, as does a flash problem on
     * the way back; a change that went through redirects (post/redirect/get).
     */
    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            org.springframework.web.servlet.ModelAndView mv) {
        if (request.getAttribute(RAISED) == null) {
            return;
        }
        boolean formAgain = mv != null
                && mv.getViewName() != null
                && !mv.getViewName().startsWith("redirect:")
                && !mv.getViewName().startsWith("forward:");
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
        if (formAgain || flash != null && flash.containsKey("flashProblem")) {
            request.setAttribute(RAISED + ".refused", Boolean.TRUE);
        }
    }

    /**
     * A refused change changes nothing (issue 9 item 6), its record's version included: the raise made before the
     * controller ran is taken back when the answer is a refusal (4xx/5xx, or the page's form again).
     */
    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(RAISED) instanceof Raised r
                && (ex != null || response.getStatus() >= 400 || request.getAttribute(RAISED + ".refused") != null)) {
            versions.undo(r.kind(), r.id(), r.to());
        }
    }

    /** If-Match: "3" (also W/"3" and a bare 3), or the field "version" of a form. */
    static String sentVersion(HttpServletRequest request) {
        String h = request.getHeader("If-Match");
        if (h != null && !h.isBlank() && !h.trim().equals("*")) {
            return h.trim().replaceFirst("^W/", "").replace("\"", "");
        }
        String p = request.getParameter("version");
        return p == null || p.isBlank() ? null : p.trim();
    }

    private static Long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The version the page shows, for the hidden field of its forms. */
    @ModelAttribute("version")
    Long version(HttpServletRequest request) {
        AccessRules.Matched m = rules.match(request);
        if (m == null || m.recordId() == null || !Versions.versioned(m.kind())) {
            return null;
        }
        return versions.current(m.kind(), m.recordId()).orElse(null);
    }
}
