package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.domain.document.ContentHash;

/**
 * Issue 9 item 8, the server's side: files uploaded to a real `dondoc serve` (its own JVM, embedded H2
 * file) are imported in the background; the server is killed with SIGKILL half-way. After a restart on
 * the same data folder the server takes the interrupted files up again by itself; in the end every file
 * is stored exactly once, and the database, the original files and the search index agree.
 */
class ServerImportKilledHalfWayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 150;
    private static final List<String> SHORT_LEASE = List.of("-Ddondoc.import.lease-seconds=2");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void uploadedFilesInterruptedByKillNineAreImportedOnceAfterTheServerRestarts() throws Exception {
        List<Path> files = KilledImport.archive(dir.resolve("archive"), FILES);
        Path data = dir.resolve("data");
        int port = KilledImport.freePort();
        Process first = serve(data, port, "--demo");
        String admin = KilledImport.adminCredentials(data);
        long demoDocuments = JSON.readTree(
                        call("GET", port, "/api/documents?size=1", admin).body())
                .get("total")
                .asLong();

        // several uploads, as a clerk would send them (the server bounds the parts of one request)
        List<Long> batches = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 40) {
            HttpResponse<String> upload = upload(port, admin, files.subList(i, Math.min(files.size(), i + 40)));
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
            batches.add(JSON.readTree(upload.body()).get("batch").get("id").asLong());
        }

        long until = System.currentTimeMillis() + 300_000;
        int confirmed = 0;
        while (confirmed < 10) {
            assertThat(System.currentTimeMillis())
                    .as("some files imported within 5 minutes")
                    .isLessThan(until);
            confirmed = 0;
            for (long batch : batches) {
                confirmed += JSON.readTree(call("GET", port, "/api/imports/" + batch, admin)
                                .body())
                        .get("batch")
                        .get("counts")
                        .path("CONFIRMED")
                        .asInt();
            }
            KilledImport.sleep(100);
        }
        first.destroyForcibly(); // SIGKILL in the middle of the background import
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        System.out.printf("server killed after %d of %d files confirmed%n", confirmed, FILES);
        assertThat(confirmed).as("killed half-way, not after the end").isLessThan(FILES);

        Process second = serve(data, port, "--no-prompt");
        until = System.currentTimeMillis() + 600_000;
        for (long batch : batches) {
            JsonNode view;
            do {
                assertThat(System.currentTimeMillis())
                        .as("batches finished after the restart")
                        .isLessThan(until);
                KilledImport.sleep(500);
                view = JSON.readTree(
                        call("GET", port, "/api/imports/" + batch, admin).body());
            } while (view.get("done").asInt() < view.get("total").asInt());
            for (JsonNode f : view.get("files")) {
                assertThat(f.get("status").asText()).as(f.toString()).isEqualTo("CONFIRMED");
            }
        }
        long documents = JSON.readTree(
                        call("GET", port, "/api/documents?size=1", admin).body())
                .get("total")
                .asLong();
        assertThat(documents).isEqualTo(demoDocuments + FILES);

        second.destroy(); // an ordinary stop, so that check may open the index
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, Integer> byHash = KilledImport.documentsByHash(data);
        for (Path f : files) {
            assertThat(byHash.get(ContentHash.sha256(Files.readAllBytes(f))))
                    .as(f.getFileName().toString())
                    .isEqualTo(1);
        }
        assertThat(KilledImport.count(
                        data, "SELECT COUNT(*) FROM import_files WHERE status IN ('QUEUED', 'PROCESSING')"))
                .isZero();
        Run check = Run.of("check", "--data", data.toString());
        assertThat(check.out()).as(check.err()).contains("Khớp: đã kiểm tra " + (demoDocuments + FILES) + " văn bản");
        assertThat(check.exit()).isZero();
    }

    private Process serve(Path data, int port, String flag) throws Exception {
        StringBuffer log = new StringBuffer();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Process p = KilledImport.start(
                log,
                l -> l.contains("dondoc đang chạy tại"),
                ready,
                SHORT_LEASE,
                "serve",
                "--port",
                String.valueOf(port),
                "--data",
                data.toString(),
                flag);
        started.add(p);
        assertThat(ready.completeOnTimeout(false, 180, TimeUnit.SECONDS).get())
                .as("server started:\n" + log)
                .isTrue();
        return p;
    }

    private HttpResponse<String> upload(int port, String basic, List<Path> files) throws Exception {
        String boundary = "dondoc-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + f.getFileName() + "\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports?autoConfirm=true"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, int port, String path, String basic) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return res;
    }
}
