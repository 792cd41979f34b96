package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows no inline script, so none may be written: every script is a file
 * (script with src), no event-handler attributes (onclick=...), no javascript: links.
 */
class NoInlineScriptTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");
    private static final Pattern HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptNorEventHandlers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                for (Pattern p : List.of(INLINE_SCRIPT, HANDLER)) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        found.add(f.getFileName() + ": " + m.group());
                    }
                }
                if (html.toLowerCase().contains("javascript:")) {
                    found.add(f.getFileName() + ": javascript:");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternsCatchWhatTheyAreFor() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT
                        .matcher("<script th:src=\"@{/a.js}\"></script>")
                        .find())
                .isFalse();
        assertThat(HANDLER.matcher("<img src=x onerror=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<a th:href=\"@{/x}\" class=\"one\">").find())
                .isFalse();
    }
}
