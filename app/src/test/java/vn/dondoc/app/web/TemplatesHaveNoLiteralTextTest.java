package vn.dondoc.app.web;

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

/** Every text a page shows comes from messages_vi.properties: a word written into a template fails here. */
class TemplatesHaveNoLiteralTextTest {
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern ATTR =
            Pattern.compile("(?<!th:)\\b(placeholder|title|alt|value|aria-label)=\"([^\"]*)\"");

    @Test
    void templatesContainNoLiteralWords() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f)
                        .replaceAll("(?s)<script.*?</script>", "<script></script>")
                        .replaceAll("(?s)<style.*?</style>", "<style></style>")
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("<!DOCTYPE[^>]*>", "");
                Matcher m = TEXT.matcher(html);
                while (m.find()) {
                    if (m.group(1).matches("(?s).*\\p{L}.*")) {
                        literals.add(f.getFileName() + ": " + m.group(1).trim());
                    }
                }
                Matcher a = ATTR.matcher(html);
                while (a.find()) {
                    if (a.group(2).matches(".*\\p{L}.*") && !a.group(1).equals("value")) {
                        literals.add(f.getFileName() + ": " + a.group(0));
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateUsesExists() throws IOException {
        var props = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages_vi.properties"))) {
            props.load(in);
        }
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z.]+)[}(]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!props.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
