package vn.dondoc.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code perMinute} sign-in attempts a minute from one address, whatever the account: guessing
 * passwords across many accounts is slowed down as much as guessing one (which the lock-out stops).
 * Beyond it the form answers 429 and says when to try again. The single sign-on's return address
 * ({@value #SSO_CALLBACK}…) counts the same way, in the same budget: each callback is one attempt, so forged or
 * replayed callbacks from one address are slowed down like passwords (pressing the button itself costs nothing).
 */
class SignInRateLimit extends OncePerRequestFilter {
    private final int perMinute;
    private final Clock clock;
    private final String message;
    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    SignInRateLimit(int perMinute, Clock clock, String message) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.message = message;
    }

    static final String SSO_CALLBACK = "/login/oauth2/code/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && path.equals("/dang-nhap") || path.startsWith(SSO_CALLBACK));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allow(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(message);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether one more attempt from this address fits in the last minute (and counts it). */
    boolean allow(String address) {
        long now = clock.millis();
        if (attempts.size() > 10_000) {
            attempts.clear(); // a flood of addresses: forget rather than grow without bound
        }
        Deque<Long> times = attempts.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= 60_000) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
