package vn.dondoc.app.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own answer to a request it refuses before the application sees it (a header or query string
 * beyond its limits, a NUL or a malformed escape in the address): a short Vietnamese page instead of
 * Tomcat's English report with its version. Installed as the host's error report valve by
 * {@link WebConfig}; the texts come from messages_vi.properties like every other.
 */
public class ContainerErrorReport extends ErrorReportValve {
    private static final Properties TEXTS = texts();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean io = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
        if (!io.get()) {
            return;
        }
        String title = TEXTS.getProperty(
                "problem.http." + status,
                TEXTS.getProperty(status >= 500 ? "problem.internal.title" : "problem.badRequest.title"));
        String detail = status >= 500
                ? TEXTS.getProperty("problem.internal.detail")
                : TEXTS.getProperty("problem.container.detail");
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title)
                + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                + "</p></body></html>";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(html);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }

    private static Properties texts() {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                ContainerErrorReport.class.getResourceAsStream("/messages_vi.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("web: messages_vi.properties missing from the class path", e);
        }
        return p;
    }
}
