package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A generated province served by a real server in this JVM, driven for a few seconds by the load test. */
class BenchServeTest {
    @TempDir
    Path dir;

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void generatesAProvinceThenDrivesTheServerWithEveryActionOfTheMix() throws Exception {
        Path data = dir.resolve("data");
        Run gen = run(
                "generate",
                "--data",
                data.toString(),
                "--units",
                "12",
                "--people",
                "40",
                "--documents",
                "80",
                "--tasks",
                "400",
                "--results",
                "600",
                "--seed",
                "5");
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("Đã sinh: ", "documents=80", "tasks=400", "results=600");
        List<String> accounts = Files.readAllLines(data.resolve("generated-accounts.tsv"));
        assertThat(accounts).hasSize(1 + 41).allMatch(l -> l.startsWith("#") || l.split("\t")[2].startsWith("dd_"));

        try (ConfigurableApplicationContext server = AppContexts.web(data, "127.0.0.1", 0)) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            Run bench = run(
                    "bench",
                    "serve",
                    "--url",
                    "http://127.0.0.1:" + port,
                    "--data",
                    data.toString(),
                    "--users",
                    "4",
                    "--seconds",
                    "4");
            assertThat(bench.exit()).as(bench.out() + bench.err()).isZero();
            assertThat(bench.out()).contains("4 users", ", 0 errors", "p99 ms", "sign_in ");
            for (String action : List.of("calendar_week", "task_list", "search")) {
                assertThat(count(bench.out(), action))
                        .as(action + " in\n" + bench.out())
                        .isPositive();
            }
        }
    }

    /** The "count" column of an action's row. */
    private static int count(String out, String action) {
        Matcher m =
                Pattern.compile("(?m)^" + action + "(?: \\(w\\))?\\s+(\\d+)").matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void refusesAServerBeyondThisMachine() {
        Run r = run("bench", "serve", "--url", "http://192.0.2.10:8080", "--data", dir.toString(), "--seconds", "1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("loopback");
    }
}
