package vn.dondoc.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.AccountService;

/**
 * Who gets in (issue 9). Two doors: the API under /api answers 401/403 problem details and takes a
 * session cookie, HTTP Basic or a personal access token; the pages redirect to the Vietnamese sign-in
 * page, where a password or, when configured, the province's single sign-on ({@link OidcSignIn}) lets one in.
 * The API never takes single sign-on. Only the sign-in page, static assets, the API description and what the calendar publishes
 * (/lich, /ical) are open to the public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {
    /** Public paths of the pages: the sign-in page, static files, the published calendar and its feeds. */
    static final String[] PUBLIC = {
        "/dang-nhap",
        "/app.css",
        "/print.css",
        "/*.js",
        "/favicon.ico",
        "/error",
        "/lich",
        "/lich/**",
        "/ical/**",
        "/cong-khai/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };
    /** No script but our own files, nothing framed by others, no inline script anywhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, Messages messages, AccountService accounts, vn.dondoc.domain.access.Accounts store)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"dondoc\"");
            problem(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    messages.get("problem.unauthorized.title"),
                    messages.get(e instanceof LockedException ? "signin.locked" : "problem.unauthorized.detail"));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(
                response,
                HttpStatus.FORBIDDEN,
                messages.get("problem.forbidden.title"),
                messages.get("problem.forbidden.detail"));
        BearerTokenFilter bearer = new BearerTokenFilter(accounts, messages);
        MustChangePasswordFilter mustChange = new MustChangePasswordFilter(messages);
        http.securityMatcher("/api/**")
                .addFilterAfter(new ActiveAccountFilter(store, messages), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized).realmName("dondoc"))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterAfter(mustChange, BasicAuthenticationFilter.class)
                // cookie-borne API calls from another site are refused by SameOriginFilter; Basic and tokens are not
                // ambient
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h -> headers(h, CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            SignInOutcomes outcomes,
            Messages messages,
            java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<OidcSignIn> sso,
            vn.dondoc.domain.access.Accounts store,
            @org.springframework.beans.factory.annotation.Value("${dondoc.signin.per-minute:20}") int perMinute)
            throws Exception {
        MustChangePasswordFilter mustChange = new MustChangePasswordFilter(messages);
        SignInRateLimit limit = new SignInRateLimit(perMinute, clock, messages.get("signin.tooMany"));
        http.authorizeHttpRequests(
                        a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/dang-nhap")
                        .loginProcessingUrl("/dang-nhap")
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                .logout(l -> l.logoutUrl("/dang-xuat")
                        .logoutSuccessUrl("/dang-nhap?daxuat=1")
                        .permitAll())
                .addFilterAfter(
                        mustChange, org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .addFilterBefore(
                        new ActiveAccountFilter(store, messages),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                // before the single sign-on's callback filter too (it comes ahead of the password form's)
                .addFilterBefore(
                        limit,
                        org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class);
        OidcSignIn oidc = sso.getIfAvailable();
        // the sign-out form of a single sign-on session is redirected to the provider (its end_session_endpoint):
        // browsers hold redirects after a form to form-action, so the provider's origin is allowed there, and only it
        String csp =
                oidc == null ? CSP : CSP.replace("form-action 'self'", "form-action 'self' " + oidc.providerOrigin());
        http.headers(h -> headers(h, csp));
        if (oidc != null) {
            oidc.configure(http);
            // who came in through the province's provider leaves it too (RP-initiated logout)
            http.logout(l -> l.logoutSuccessHandler(oidc::signedOut));
        }
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h,
            String csp) {
        h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny());
    }

    static void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("type", "urn:dondoc:problem:" + (status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "forbidden"));
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(p));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
