package vn.dondoc.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.access.SignedInUser;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.SingleSignOn;
import vn.dondoc.domain.audit.AuditEvent;
import vn.dondoc.domain.audit.AuditTrail;
import vn.dondoc.domain.common.Outcome;

/**
 * The OpenID Connect door of the sign-in page: the button leads to the province's provider
 * ({@value #START}), which sends the person back to {@code /login/oauth2/code/sso}; {@link SingleSignOn}
 * decides which account that is. The session then holds the same {@link SignedInUser} a password sign-in
 * gives, so everything after sign-in (roles, sessions, CSRF, the one-time-password gate) stays as it is.
 * The provider's tokens are not kept: dondoc only needs to know who signed in.
 */
final class OidcSignIn {
    static final String REGISTRATION = "sso";
    static final String START = "/oauth2/authorization/" + REGISTRATION;
    private static final String PROBLEM = OidcSignIn.class.getName() + ".problem";
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The settings: issuer, client, the button's name (optional), the redirect address (optional). */
    record Settings(String issuer, String clientId, String clientSecret, String name, String redirectUri) {}

    private final Settings settings;
    private final SingleSignOn sso;
    private final SignInOutcomes outcomes;
    private final AuditTrail trail;
    private final Clock clock;
    private final Messages messages;
    private final OidcUserService provider = new OidcUserService();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Discovered registrations;

    OidcSignIn(
            Settings settings,
            SingleSignOn sso,
            SignInOutcomes outcomes,
            AuditTrail trail,
            Clock clock,
            Messages messages) {
        this.settings = settings;
        this.sso = sso;
        this.outcomes = outcomes;
        this.trail = trail;
        this.clock = clock;
        this.messages = messages;
        this.registrations = new Discovered(settings);
    }

    /** The button's text: the provider's name when configured, else the generic one. */
    String buttonLabel() {
        return settings.name().isBlank()
                ? messages.get("signin.sso")
                : messages.get("signin.ssoNamed", settings.name());
    }

    /** The provider's origin (scheme, host, port of the issuer), e.g. for the pages' CSP form-action. */
    String providerOrigin() {
        URI issuer = URI.create(settings.issuer());
        return issuer.getScheme() + "://" + issuer.getRawAuthority();
    }

    /** Adds the OpenID Connect sign-in to the pages' security (the API never takes it). */
    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(o -> o.loginPage("/dang-nhap")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(NOT_KEPT)
                .userInfoEndpoint(u -> u.oidcUserService(this::loadUser))
                .successHandler(this::succeeded)
                .failureHandler(this::failed)
                // the provider unreachable when the button is pressed: back to the sign-in page, not a 500
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                        filter.setAuthenticationFailureHandler(OidcSignIn.this::failed);
                        return filter;
                    }
                }));
    }

    /** The message a refused or failed single sign-on left for the sign-in page, once. */
    static String takeProblem(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object problem = session.getAttribute(PROBLEM);
        session.removeAttribute(PROBLEM);
        return problem instanceof String s ? s : null;
    }

    /** What the audit trail keeps about a single sign-on: which provider, which of its people. */
    static String auditDetail(Object principal) {
        return principal instanceof LinkedUser u ? detail(u.who, null) : null;
    }

    private static String detail(SingleSignOn.Identity who, String error) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("via", "oidc");
        if (who != null) {
            d.put("issuer", who.issuer());
            d.put("subject", who.subject());
        }
        if (error != null) {
            d.put("error", error);
        }
        return JSON.writeValueAsString(d);
    }

    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        SingleSignOn.Identity who = new SingleSignOn.Identity(
                user.getIdToken().getClaimAsString("iss"),
                user.getSubject(),
                user.getPreferredUsername(),
                user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()));
        Outcome<Account> outcome = sso.signIn(who);
        if (outcome instanceof Outcome.Rejected<Account> refused) {
            throw new Refused(who, String.join(" ", messages.rejections(refused.reasons())));
        }
        Account a = outcome.orElseThrow();
        // signed in by the provider: no one-time password to change first, and no password hash in the session
        SignedInUser signedIn =
                new SignedInUser(a.username(), a.displayName(), null, false, false, a.enabled(), a.actor());
        return new LinkedUser(user, signedIn, who);
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        SignedInUser user = ((LinkedUser) auth.getPrincipal()).user;
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // the ID token stays with the session only to end the provider's session on sign-out (id_token_hint)
        String address = auth.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress()
                : request.getRemoteAddr();
        String session = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getSessionId() : null;
        signedIn.setDetails(new SignedInBySso(
                address,
                session,
                ((LinkedUser) auth.getPrincipal()).getIdToken().getTokenValue()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        outcomes.onAuthenticationSuccess(request, response, signedIn);
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String problem;
        if (e instanceof Refused refused) {
            problem = refused.getMessage();
            String who = refused.who.shownName();
            // the trail's actor column holds 100 characters; the provider's name for the person may be longer
            trail.record(new AuditEvent(
                    null,
                    clock.instant(),
                    who.length() > 100 ? who.substring(0, 100) : who,
                    request.getRemoteAddr(),
                    "SIGN_IN_FAILED",
                    "user",
                    null,
                    AuditEvent.REFUSED,
                    null,
                    detail(refused.who, "notGranted")));
        } else {
            String error =
                    e instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "unreachable";
            LOG.warn("single sign-on through {} failed: {}", settings.issuer(), e.getMessage());
            problem = messages.get("signin.ssoFailed");
            trail.record(new AuditEvent(
                    null,
                    clock.instant(),
                    null,
                    request.getRemoteAddr(),
                    "SIGN_IN_FAILED",
                    "user",
                    null,
                    AuditEvent.REFUSED,
                    null,
                    detail(null, error)));
        }
        request.getSession().setAttribute(PROBLEM, problem);
        response.sendRedirect(request.getContextPath() + "/dang-nhap?sso=loi");
    }

    /**
     * Sign-out (RP-initiated logout, OpenID Connect RP-Initiated Logout 1.0): a person who came in through the
     * provider is sent to its {@code end_session_endpoint}, when it advertises one, so that leaving dondoc also ends
     * the single sign-on session on a shared computer; the provider sends them back to the sign-in page. Anyone
     * else, or when the provider has no such endpoint or cannot be read, goes straight back to the sign-in page.
     */
    void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        String back = org.springframework.web.util.UriComponentsBuilder.fromUriString(
                        org.springframework.security.web.util.UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath() + SIGNED_OUT_PATH)
                .replaceQuery(SIGNED_OUT_QUERY)
                .build()
                .toUriString();
        String endSession = null;
        if (auth != null && auth.getDetails() instanceof SignedInBySso sso) {
            try {
                Object advertised = registrations
                        .findByRegistrationId(REGISTRATION)
                        .getProviderDetails()
                        .getConfigurationMetadata()
                        .get("end_session_endpoint");
                if (advertised != null) {
                    endSession = org.springframework.web.util.UriComponentsBuilder.fromUriString(
                                    String.valueOf(advertised))
                            .queryParam("id_token_hint", sso.idToken)
                            .queryParam("client_id", settings.clientId())
                            .queryParam("post_logout_redirect_uri", back)
                            .encode()
                            .build()
                            .toUriString();
                }
            } catch (RuntimeException e) {
                LOG.warn("single sign-on provider {} not told of a sign-out: {}", settings.issuer(), e.getMessage());
            }
        }
        response.sendRedirect(endSession != null ? endSession : back);
    }

    static final String SIGNED_OUT_PATH = "/dang-nhap";
    static final String SIGNED_OUT_QUERY = "daxuat=1";

    /** The request details of a single sign-on, with the provider's ID token (to end its session on sign-out). */
    static final class SignedInBySso extends WebAuthenticationDetails {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String idToken;

        SignedInBySso(String remoteAddress, String sessionId, String idToken) {
            super(remoteAddress, sessionId);
            this.idToken = idToken;
        }
    }

    /** The provider's person, signed in as a dondoc account; named by the account. */
    static final class LinkedUser extends DefaultOidcUser {
        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser user;
        private final SingleSignOn.Identity who;

        LinkedUser(OidcUser from, SignedInUser user, SingleSignOn.Identity who) {
            super(user.getAuthorities(), from.getIdToken(), from.getUserInfo());
            this.user = user;
            this.who = who;
        }

        @Override
        public String getName() {
            return user.getUsername();
        }
    }

    /** dondoc has no account for this person (or it is disabled, or given to another person). */
    static final class Refused extends OAuth2AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final transient SingleSignOn.Identity who;

        Refused(SingleSignOn.Identity who, String message) {
            super(new OAuth2Error("access_denied"), message);
            this.who = who;
        }
    }

    /** The provider's tokens are used once, to learn who signed in, and never stored. */
    private static final OAuth2AuthorizedClientRepository NOT_KEPT = new OAuth2AuthorizedClientRepository() {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String id, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient client,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String id, Authentication principal, HttpServletRequest request, HttpServletResponse response) {}
    };

    /**
     * The client, read from the provider's discovery document the first time someone presses the button (so the
     * server starts while the provider is down), with timeouts, and checked to name the configured issuer.
     */
    static final class Discovered implements ClientRegistrationRepository {
        private static final Duration TIMEOUT = Duration.ofSeconds(10);
        private final Settings settings;
        private volatile ClientRegistration found;

        Discovered(Settings settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            if (!REGISTRATION.equals(id)) {
                return null;
            }
            ClientRegistration r = found;
            if (r == null) {
                synchronized (this) {
                    if (found == null) {
                        found = discover();
                    }
                    r = found;
                }
            }
            return r;
        }

        private ClientRegistration discover() {
            String issuer = settings.issuer().replaceAll("/+$", "");
            URI where = URI.create(issuer + "/.well-known/openid-configuration");
            Map<String, Object> metadata;
            try {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(where)
                                .timeout(TIMEOUT)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(where + " answered " + answer.statusCode());
                }
                metadata = JSON.readValue(
                        answer.body(), new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
            } catch (IOException | tools.jackson.core.JacksonException e) {
                throw new IllegalStateException(
                        "the OpenID Connect provider " + where + " cannot be read: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + where, e);
            }
            Object named = metadata.get("issuer");
            if (named == null || !String.valueOf(named).replaceAll("/+$", "").equals(issuer)) {
                throw new IllegalStateException(
                        "the provider at " + where + " names another issuer (" + named + "): check DONDOC_OIDC_ISSUER");
            }
            return ClientRegistrations.fromOidcConfiguration(metadata)
                    .registrationId(REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .redirectUri(
                            settings.redirectUri().isBlank()
                                    ? "{baseUrl}/login/oauth2/code/{registrationId}"
                                    : settings.redirectUri())
                    .clientName(settings.name().isBlank() ? "SSO" : settings.name())
                    .build();
        }
    }
}
