package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a write the server acknowledged survives {@code kill -9}. A real {@code dondoc serve} runs in
 * its own JVM on the embedded H2; a task's status change is acknowledged, the process is killed at once
 * (SIGKILL, no shutdown hook), and after a restart on the same data folder the change is still there.
 */
class AcknowledgedWriteSurvivesKillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopServers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void aStatusChangeAcknowledgedBeforeKillNineIsThereAfterRestart() throws Exception {
        Path data = dir.resolve("data");
        int port = KilledImport.freePort();
        Process first = serve(data, port, "--demo");
        String admin = KilledImport.adminCredentials(data);

        JsonNode page = JSON.readTree(
                call("GET", port, "/api/tasks?status=NEW&size=1", admin, null).body());
        long id = task(page.get("items").get(0)).get("id").asLong();
        HttpResponse<String> changed =
                call("POST", port, "/api/tasks/" + id + "/status", admin, "{\"status\":\"DONE\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        first.destroyForcibly(); // SIGKILL on Linux: nothing is flushed on the way out
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        serve(data, port, "--no-prompt");
        JsonNode task =
                JSON.readTree(call("GET", port, "/api/tasks/" + id, admin, null).body());
        assertThat(task(task).get("status").asText()).isEqualTo("DONE");
    }

    private Process serve(Path data, int port, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                DondocCli.class.getName(),
                "serve",
                "--port",
                String.valueOf(port),
                "--data",
                data.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        started.add(p);
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        // the reader keeps draining the server's output after it is up, so the server never blocks on a full pipe
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("dondoc đang chạy tại")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            ready.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(ready.completeOnTimeout(false, 180, TimeUnit.SECONDS).get())
                .as("server started")
                .isTrue();
        return p;
    }

    /** The list and the single read wrap a task with what is derived from it (overdue). */
    private static JsonNode task(JsonNode view) {
        return view.has("task") ? view.get("task") : view;
    }

    private HttpResponse<String> call(String method, int port, String path, String basic, String json)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
