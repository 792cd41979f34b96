package vn.dondoc.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.backup.Backups;
import vn.dondoc.app.generate.ProvinceGenerator;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.workday.WorkdayService;

/**
 * Two app instances on one PostgreSQL (issue 13, item 3): two Spring applications in this JVM on random ports,
 * each with its own data directory and Lucene index on disk, sharing a schema of their own. What is written
 * through one is found by the other's search (the change log, followed every 200 ms here); the daily digest,
 * fired in both at the same second, is mailed once; the import queue, polled by both, imports each file once.
 * Skipped when no PostgreSQL is reachable.
 */
class TwoInstancesIT {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final Duration GENEROUS = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dirs;

    static Instance a;
    static Instance b;
    static String token;
    static long unit;

    /** One running instance: its context and base URL. */
    record Instance(String name, ConfigurableApplicationContext context, String base) {
        JdbcClient jdbc() {
            return context.getBean(JdbcClient.class);
        }

        JsonNode call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (json != null) {
                r.header("Content-Type", "application/json");
            }
            HttpResponse<String> res = HTTP.send(
                    r.method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode())
                    .as(method + " " + path + " on " + name + ": " + res.body())
                    .isLessThan(300);
            return res.body().isBlank() ? null : JSON.readTree(res.body());
        }

        /** Ids of the hits of this kind for the words {@code q}. */
        List<Long> search(String q, String kind) {
            try {
                List<Long> ids = new ArrayList<>();
                call("GET", "/api/search?kind=" + kind + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null)
                        .get("hits")
                        .forEach(h -> ids.add(h.get("id").asLong()));
                return ids;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        void upload(boolean autoConfirm, List<Path> files) throws IOException, InterruptedException {
            String boundary = "dondoc" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Path f : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                                + f.getFileName() + "\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(f));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> res = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/imports?autoConfirm=" + autoConfirm))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        }
    }

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        String schema = PostgresConfig.freshSchema("dondoc_two_");
        a = start("A", schema);
        b = start("B", schema);
        AccountService accounts = a.context().getBean(AccountService.class);
        accounts.add("vanhanh", "Vận hành", "Mat-khau-rat-dai-2026", Role.ADMIN, null, false);
        token = ((Outcome.Ok<String>) accounts.createToken("vanhanh", "hai máy chủ")).value();
        unit = a.call("POST", "/api/org-units", "{\"name\":\"Phòng Kế hoạch - Tài chính\",\"abbreviation\":\"KHTC\"}")
                .get("id")
                .asLong();
    }

    static Instance start(String name, String schema) {
        Path data = dirs.resolve(name);
        Map<String, Object> props = Map.ofEntries(
                Map.entry("server.port", 0),
                Map.entry("dondoc.data-dir", data.toString()),
                Map.entry("dondoc.search.index-dir", data.resolve("index").toString()),
                Map.entry("spring.datasource.url", PostgresConfig.url(schema)),
                Map.entry("spring.datasource.username", PostgresConfig.user()),
                Map.entry("spring.datasource.password", ""),
                Map.entry("spring.flyway.schemas", schema),
                Map.entry("spring.flyway.default-schema", schema),
                Map.entry("spring.datasource.hikari.maximum-pool-size", 5),
                Map.entry("spring.datasource.hikari.minimum-idle", 0),
                Map.entry("dondoc.import.poll-ms", 300),
                Map.entry("dondoc.search.follow-ms", 200),
                // both instances wake at the same second every 20 s; the lock is held 15 s past any start
                Map.entry("dondoc.reminders.cron", "*/20 * * * * *"),
                Map.entry("dondoc.reminders.lock-at-least", "PT15S"),
                Map.entry("dondoc.smtp.host", "127.0.0.1"),
                Map.entry("dondoc.smtp.port", SMTP.getSmtp().getPort()),
                Map.entry("logging.level.root", "WARN"),
                Map.entry("logging.level.vn.dondoc", "INFO"));
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DondocApplication.class).run(args);
        return new Instance(
                name, context, "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        for (Instance i : new Instance[] {a, b}) {
            if (i != null) {
                i.context().close();
            }
        }
    }

    /** Waits (polling) until the condition holds or the generous bound passes; how long it took. */
    static Duration eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what).isLessThan(GENEROUS);
            Thread.sleep(20);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("two instances: " + what + " after " + took.toMillis() + " ms");
        return took;
    }

    @Test
    void aTaskCreatedThroughOneInstanceIsFoundBySearchingTheOther() throws Exception {
        long task = a.call(
                        "POST",
                        "/api/tasks",
                        "{\"text\":\"Kiểm kê tài sản công trụ sở Hồng Lĩnh\",\"startDate\":\"2026-01-05\","
                                + "\"deadline\":\"2026-12-30\",\"leadUnitIds\":[" + unit + "]}")
                .get("id")
                .asLong();
        assertThat(a.search("tài sản Hồng Lĩnh", "TASK")).contains(task); // its own change, at once
        eventually(
                "a task created on A found on B",
                () -> b.search("tai san Hong Linh", "TASK").contains(task));

        b.call(
                "PUT",
                "/api/tasks/" + task,
                "{\"text\":\"Kiểm kê tài sản công trụ sở Kỳ Anh\",\"startDate\":\"2026-01-05\","
                        + "\"deadline\":\"2026-12-30\",\"leadUnitIds\":[" + unit + "]}");
        eventually(
                "a task edited on B found under its new words on A",
                () -> a.search("Kỳ Anh", "TASK").contains(task)
                        && !a.search("Hồng Lĩnh", "TASK").contains(task));
    }

    @Test
    void aDocumentEditedOnOneInstanceAndDeletedOnTheOtherLeavesBothSearchesInStep() throws Exception {
        a.upload(true, List.of(sample("000_")));
        long doc = eventually(
                a.jdbc(),
                "SELECT d.id FROM documents d JOIN import_files f ON f.document_id = d.id WHERE f.file_name LIKE '000_%'");
        eventually(
                "an imported document found on both",
                () -> a.search("mục tiêu kép", "DOCUMENT").contains(doc)
                        && b.search("muc tieu kep", "DOCUMENT").contains(doc));
        JsonNode d = a.call("GET", "/api/documents/" + doc, null);
        a.call(
                "PUT",
                "/api/documents/" + doc,
                "{\"number\":\"77/CTr-UBND\",\"type\":\"" + d.get("type").asText()
                        + "\",\"title\":\"Chương trình công tác tháng Mười Vũ Quang\",\"issuer\":\"UBND huyện\"}");
        eventually(
                "a document's new title found on B",
                () -> b.search("Vũ Quang", "DOCUMENT").contains(doc));

        List<Long> tasksOfDoc = a.jdbc()
                .sql("SELECT id FROM tasks WHERE document_id = :d")
                .param("d", doc)
                .query(Long.class)
                .list();
        b.call("DELETE", "/api/documents/" + doc, null);
        eventually(
                "a document deleted on B gone from A's search, with its records",
                () -> !a.search("Vũ Quang", "DOCUMENT").contains(doc)
                        && a.search("77/CTr-UBND", "TASK").stream().noneMatch(tasksOfDoc::contains));
        assertThat(b.search("Vũ Quang", "DOCUMENT")).doesNotContain(doc);
    }

    @Test
    void theDailyDigestFiredInBothInstancesIsMailedOnce() throws Exception {
        LocalDate today = LocalDate.now();
        if (!a.context().getBean(WorkdayService.class).calendar().isWorkingDay(today)) {
            a.jdbc()
                    .sql("INSERT INTO day_announcements (on_day, kind, name) VALUES (:d, 'WORKING_DAY', 'Làm bù')")
                    .param("d", today)
                    .update();
        }
        a.call(
                "POST",
                "/api/tasks",
                "{\"text\":\"Nộp báo cáo quyết toán quý\",\"startDate\":\"" + today.minusDays(40) + "\",\"deadline\":\""
                        + today.minusDays(10) + "\",\"leadUnitIds\":[" + unit + "]}");
        b.call("POST", "/api/reminder-recipients", "{\"unitId\":" + unit + ",\"email\":\"khtc@sotc.example\"}");

        assertThat(SMTP.waitForIncomingEmail(30_000, 1))
                .as("a digest within one firing")
                .isTrue();
        Thread.sleep(4_000); // the other instance fired at the same second: had it sent too, its mail would be here
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("khtc@sotc.example");
    }

    @Test
    void twoInstancesPollingTheImportQueueImportEachFileOnce() throws Exception {
        List<Path> files = List.of(sample("001_"), sample("002_"), sample("003_"), sample("004_"));
        b.upload(true, files);
        JdbcClient jdbc = a.jdbc();
        String ours =
                "(file_name LIKE '001_%' OR file_name LIKE '002_%' OR file_name LIKE '003_%' OR file_name LIKE '004_%')";
        eventually(
                "four queued files read by the two instances",
                () -> jdbc.sql("SELECT COUNT(*) FROM import_files WHERE " + ours
                                        + " AND status NOT IN ('QUEUED', 'PROCESSING')")
                                .query(Long.class)
                                .single()
                        == files.size());
        assertThat(jdbc.sql("SELECT status FROM import_files WHERE " + ours)
                        .query(String.class)
                        .list())
                .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED");
        // a file read by both would have stored its document twice (or been marked a duplicate of itself)
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM documents WHERE content_hash IN (SELECT content_hash FROM import_files WHERE "
                                        + ours + ")")
                        .query(Long.class)
                        .single())
                .isEqualTo(files.size());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT document_id) FROM import_files WHERE " + ours)
                        .query(Long.class)
                        .single())
                .isEqualTo(files.size());
    }

    @Test
    void aProvinceGeneratedBesideBothInstancesIsFoundBySearchingEither() throws Exception {
        // written with plain inserts, not through the services: no row of the change log per record
        a.context()
                .getBean(ProvinceGenerator.class)
                .generate(new ProvinceGenerator.Sizes(3, 6, 4, 12, 12), 7, false, line -> {});
        JdbcClient jdbc = a.jdbc();
        long doc = jdbc.sql("SELECT MAX(id) FROM documents").query(Long.class).single();
        String number = jdbc.sql("SELECT doc_number FROM documents WHERE id = :d")
                .param("d", doc)
                .query(String.class)
                .single();
        eventually(
                "a generated document found on both",
                () -> a.search(number, "DOCUMENT").contains(doc)
                        && b.search(number, "DOCUMENT").contains(doc));
        eventually(
                "both indexes hold every generated record",
                () -> !a.context().getBean(Search.class).outOfStep()
                        && !b.context().getBean(Search.class).outOfStep());
    }

    @Test
    void aBackupRestoredUnderARunningInstanceIsFoundByItsSearch() throws Exception {
        long task = a.call(
                        "POST",
                        "/api/tasks",
                        "{\"text\":\"Chỉnh trang vỉa hè phố Nguyễn Du Thạch Hà\",\"startDate\":\"2026-01-05\","
                                + "\"deadline\":\"2026-12-30\",\"leadUnitIds\":[" + unit + "]}")
                .get("id")
                .asLong();
        ByteArrayOutputStream backup = new ByteArrayOutputStream();
        a.context().getBean(Backups.class).write(backup);
        Instance c = start("C", PostgresConfig.freshSchema("dondoc_two_restore_"));
        try {
            // the new instance's index saw its own (empty) log; the restore writes rows straight into the tables
            c.context().getBean(Backups.class).restore(new java.io.ByteArrayInputStream(backup.toByteArray()));
            eventually(
                    "a restored task found on the instance running on the restored database",
                    () -> c.search("vỉa hè Nguyễn Du", "TASK").contains(task));
            eventually(
                    "its index holds every restored record",
                    () -> !c.context().getBean(Search.class).outOfStep());
        } finally {
            c.context().close();
        }
    }

    static long eventually(JdbcClient jdbc, String sql) throws InterruptedException {
        Long[] id = {null};
        eventually(
                "a row of " + sql,
                () -> (id[0] = jdbc.sql(sql).query(Long.class).optional().orElse(null)) != null);
        return id[0];
    }

    static Path sample(String prefix) throws IOException {
        Path samples = Path.of("..", "src", "samples");
        try (var s = Files.list(samples)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
