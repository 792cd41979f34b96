package vn.dondoc.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body that is not a file upload (JSON, a form) is bounded: beyond
 * {@code dondoc.max-body-size} (default 10 MB, far above any real record or reviewed proposal) it is
 * refused with 413 and a Vietnamese problem before anything reads it, so a 30 MB JSON can neither fill
 * the memory nor become a record. Uploads (multipart) have their own limits
 * ({@code spring.servlet.multipart.*}); a body sent without a declared length is cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyLimit extends OncePerRequestFilter {
    private final long max;
    private final Messages messages;

    public RequestBodyLimit(Messages messages, @Value("${dondoc.max-body-size:10MB}") DataSize max) {
        this.messages = messages;
        this.max = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > max) {
            response.setStatus(413);
            response.setHeader("Connection", "close");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"status\":413,\"title\":\"" + messages.get("problem.bodyTooLarge.title")
                            + "\",\"detail\":\""
                            + messages.get(
                                    "problem.bodyTooLarge.detail",
                                    DataSize.ofBytes(max).toMegabytes())
                            + "\"}");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, max) : request, response);
    }

    /** A body without a declared length: reading past the limit fails like a broken body. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new IOException("request body longer than " + max + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0 && (read += n) > max) {
                            throw new IOException("request body longer than " + max + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
