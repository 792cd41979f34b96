package vn.dondoc.app.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.web.SameOriginFilter;
import vn.dondoc.domain.access.Actor;
import vn.dondoc.domain.access.Grant;
import vn.dondoc.domain.access.Role;

/**
 * Tests sign in here, in one call: {@code SignIn.mvc(context, SignIn.admin())} is the whole app (security
 * filters, same-origin filter) with every request made by that person and carrying a CSRF token;
 * {@code .with(SignIn.as(Role.STAFF, unitId))} makes one request as someone else, {@code SignIn.nobody()}
 * as nobody at all.
 */
public final class SignIn {
    private SignIn() {}

    /** Someone holding {@code role} in the unit {@code unitId} (null: the whole agency). */
    public static RequestPostProcessor as(Role role, Long unitId) {
        String name = role.name().toLowerCase() + (unitId == null ? "" : "." + unitId);
        return as(new Actor(name, List.of(new Grant(role, unitId))));
    }

    public static RequestPostProcessor as(Actor actor) {
        return user(SignedInUser.of(actor));
    }

    public static RequestPostProcessor admin() {
        return as(Role.ADMIN, null);
    }

    /** No account at all: no session, no credentials. */
    public static RequestPostProcessor nobody() {
        return request -> request;
    }

    /** The whole app through MockMvc, every request made by {@code who} with a CSRF token. */
    public static MockMvc mvc(WebApplicationContext context, RequestPostProcessor who) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .addFilters(context.getBean(SameOriginFilter.class))
                .defaultRequest(get("/").with(who).with(csrf()))
                .build();
    }
}
