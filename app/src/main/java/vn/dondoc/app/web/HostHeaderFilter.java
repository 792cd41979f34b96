package vn.dondoc.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * DNS rebinding: a page on evil.example can point its own name at 127.0.0.1 and then read this server
 * through the user's browser, with the browser believing it talks to evil.example. The browser still
 * sends {@code Host: evil.example}, so any name this server was not told about is refused. IP literals
 * cannot be rebound and always pass; so do localhost and this machine's own name. Other names (a
 * reverse proxy's, the agency's intranet name) are listed in {@code dondoc.allowed-hosts}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HostHeaderFilter extends OncePerRequestFilter {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private final Set<String> allowedNames;
    private final Messages messages;

    public HostHeaderFilter(Messages messages, @Value("${dondoc.allowed-hosts:}") String configured) {
        this.messages = messages;
        this.allowedNames = Stream.concat(Stream.of("localhost", ownHostName()), Arrays.stream(configured.split(",")))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed(request.getHeader("Host"))) {
            response.setStatus(421);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"status\":421,\"title\":\"" + messages.get("problem.foreignHost.title")
                            + "\",\"detail\":\"" + messages.get("problem.foreignHost.detail") + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true; // HTTP/1.0 clients send none; a browser always does
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.indexOf(']') > 0; // an IPv6 literal
        }
        int colon = host.lastIndexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return IPV4.matcher(name).matches() || allowedNames.contains(name);
    }

    private static String ownHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
