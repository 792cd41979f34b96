package vn.dondoc.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.task.TaskDraft;
import vn.dondoc.domain.task.TaskService;

/**
 * Issue 9 item 6: a corpus of hostile files and requests against the running server over real HTTP,
 * signed in as a clerk (and as an administrator for the forms only an administrator has). Each case
 * gets a clear refusal (4xx, a Vietnamese message, no Java class, no stack trace) or a safe result
 * (2xx/3xx, anything it echoes in a page escaped); then the server still answers, and no record other
 * than the one the case may create or change differs from before (every table, row by row).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
class HostileInputIT {
    /** What must never reach a user: Java types, stack frames, SQL engine texts. */
    static final Pattern LEAK = Pattern.compile(
            "[A-Za-z]+(Exception|Error)\\b|\\bat (java|javax|jakarta|org|vn|com)\\.[a-z]"
                    + "|\\b(java|javax|jakarta)\\.[a-z]+\\.[A-Za-z]|org\\.(springframework|apache|h2|postgresql)\\.|vn\\.dondoc\\.|SQLState|JdbcSQL");

    static final Pattern VIETNAMESE =
            Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]");
    /** Markup that must never come back unescaped in a page. */
    static final List<String> RAW = List.of("<script>alert(", "<img src=x onerror=", "<script>alert('dondoc')");

    static final List<String> PAYLOADS = List.of(
            "<script>alert('dondoc')</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "'; DROP TABLE tasks; -- ",
            "a\u0000b\u0007c\u001b[31m\r\nX-Chen: 1");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    OrgUnits units;

    @Autowired
    AccountService accounts;

    @Autowired
    TaskService tasks;

    @Autowired
    vn.dondoc.domain.document.Documents documents;

    @Autowired
    vn.dondoc.domain.target.Targets targets;

    Http clerk;
    Http admin;
    long vp;
    long task;
    long document;
    long indicator;
    final List<String> failures = new ArrayList<>();
    final Map<String, int[]> tally = new TreeMap<>(); // group → {cases, refused, safe}

    @BeforeEach
    void setUp() throws Exception {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        vp = units.findByNameOrAbbreviation("VP").orElseThrow().id();
        accounts.add("vanthu", "Văn thư Sở", "mat-khau-van-thu", Role.CLERK, vp, false)
                .orElseThrow();
        accounts.add("quantri", "Quản trị", "mat-khau-quan-tri", Role.ADMIN, null, false)
                .orElseThrow();
        task = tasks.create(new TaskDraft(
                        "Tổng hợp báo cáo công tác tháng", null, null, null, List.of(vp), List.of(), null))
                .orElseThrow()
                .id();
        document = documents
                .insert(
                        new vn.dondoc.domain.document.Document(
                                null,
                                "12/KH-SLĐTBXH",
                                "KH",
                                "Kế hoạch rà soát hồ sơ",
                                "Sở Lao động - Thương binh và Xã hội",
                                vp,
                                java.time.LocalDate.of(2024, 3, 1),
                                "Hà Tĩnh",
                                "ke-hoach.txt",
                                "ab".repeat(32),
                                "Kế hoạch rà soát hồ sơ",
                                null,
                                java.time.Instant.now()),
                        "Kế hoạch rà soát hồ sơ".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .id();
        indicator = targets.indicator("Tỷ lệ lao động qua đào tạo", "%").id();
        clerk = new Http(port).signIn("vanthu", "mat-khau-van-thu");
        admin = new Http(port).signIn("quantri", "mat-khau-quan-tri");
    }

    interface Call {
        Http.Reply send() throws Exception;
    }

    /**
     * One case. {@code may} names what it may change: "table" (new rows), "table=ID" (that row too),
     * "table~column=value" (rows with that value, added, changed or gone), "table*" (any row). New audit events
     * are always allowed.
     */
    record Case(String group, String name, Call call, Set<String> may) {}

    @Test
    void everyHostileFileAndRequestGetsAClearRefusalOrASafeResultAndChangesNothingElse() throws Exception {
        List<Case> cases = new ArrayList<>();
        cases.addAll(files());
        cases.addAll(requests());
        cases.addAll(forms());
        for (Case c : cases) {
            run(c);
        }
        pagesShowEverythingEscaped();
        int total = 0;
        int refused = 0;
        int safe = 0;
        System.out.println("Hostile input corpus (group: cases / refused 4xx / handled safely 2xx-3xx):");
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            System.out.printf(
                    "  %-10s %4d / %4d / %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            total += e.getValue()[0];
            refused += e.getValue()[1];
            safe += e.getValue()[2];
        }
        System.out.printf(
                "Hostile input corpus: %d cases, %d refused, %d handled safely, %d misbehaved%n",
                total, refused, safe, failures.size());
        assertThat(total).isGreaterThanOrEqualTo(200);
        assertThat(failures).as("cases that misbehaved").isEmpty();
    }

    @Test
    void importedTextIsShownAsTextOnTheReviewDocumentSearchAndTaskPages() throws Exception {
        String text = HostileFiles.TEXT.replace(
                        "rà soát hồ sơ",
                        "rà soát hồ sơ <script>alert('dondoc')</script>"
                                + " \"><img src=x onerror=alert(1)> javascript:alert(2)")
                + "<script>alert('dondoc')</script>\n";
        // a DOCX: its text is literal (a .txt with tags is read as the HTML it looks like, tags dropped)
        Http.Reply up = clerk.upload("/api/imports", "ke-hoach-doc-hai.docx", HostileFiles.docx(text), false);
        assertThat(up.status()).as(up.body()).isEqualTo(202);
        waitForImports();
        long file = jdbc.sql("SELECT id FROM import_files WHERE file_name = 'ke-hoach-doc-hai.docx'")
                .query(Long.class)
                .single();
        shownAsText("/imports/files/" + file + "/review", true);
        Http.Reply confirmed = clerk.json("POST", "/api/imports/files/" + file + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        long document = jdbc.sql("SELECT document_id FROM import_files WHERE id = ?")
                .param(file)
                .query(Long.class)
                .single();
        shownAsText("/documents/" + document, true);
        shownAsText("/search?q=" + Http.enc("rà soát hồ sơ"), false);
        shownAsText("/search?q=alert", false);
        List<Long> taskIds = jdbc.sql("SELECT id FROM tasks WHERE document_id = ?")
                .param(document)
                .query(Long.class)
                .list();
        assertThat(taskIds).as("the plan's task was extracted").isNotEmpty();
        for (long id : taskIds) {
            shownAsText("/tasks/" + id, true);
        }
        Http.Reply api = clerk.get("/api/search?q=" + Http.enc("rà soát hồ sơ"));
        assertThat(api.body()).as("the API's snippets are escaped HTML too").doesNotContain("<script>alert(");
    }

    /** The page answers, holds none of the raw markup and (where the text is shown whole) the markup escaped. */
    private void shownAsText(String page, boolean whole) throws Exception {
        Http.Reply r = admin.get(page); // the plan is the province's: its pages are read by someone who may

        assertThat(r.status()).as(page).isEqualTo(200);
        for (String raw : RAW) {
            assertThat(r.body()).as(page + " shows the imported markup as text").doesNotContain(raw);
        }
        if (whole) {
            // the reader drops tag-like markup from imported text; what is left of it (quotes, ">") comes escaped
            assertThat(r.body())
                    .as(page + " shows the markup, escaped")
                    .containsAnyOf("&lt;script&gt;", "&lt;img", "&quot;&gt;");
        }
    }

    private void run(Case c) {
        Map<String, Map<String, String>> before = snapshot();
        int failed = failures.size();
        long t0 = System.nanoTime();
        Http.Reply r;
        try {
            r = c.call().send();
        } catch (Exception e) {
            failures.add(c.group() + " / " + c.name() + ": no answer (" + e + ")");
            return;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 3000) {
            System.out.printf("hostile: %s / %s took %.1f s%n", c.group(), c.name(), ms / 1000.0);
        }
        int[] t = tally.computeIfAbsent(c.group(), g -> new int[3]);
        t[0]++;
        String label = c.group() + " / " + c.name() + " → " + r.status();
        if (r.status() >= 500 || r.status() < 200) {
            failures.add(label + ": " + shorten(r.body()));
        } else if (r.status() >= 400) {
            t[1]++;
            if (!VIETNAMESE.matcher(r.body()).find()) {
                failures.add(label + ": refusal without a Vietnamese message: " + shorten(r.body()));
            }
        } else {
            t[2]++;
        }
        leaks(label, r.body());
        if (r.html()) {
            escaped(label, r.body());
        }
        waitForImports();
        try {
            Http.Reply health = clerk.get("/api/tasks?size=1");
            if (health.status() != 200) {
                failures.add(label + ": the server no longer answers (" + health.status() + ")");
            }
        } catch (Exception e) {
            failures.add(label + ": the server no longer answers (" + e + ")");
        }
        // a refused request changes nothing (issue 9 item 6): neither the record it named (not even its version) nor
        // any other; a page form refuses by showing the form again (200) where it redirects after a change
        boolean refused = r.status() >= 400
                || r.status() == 200
                        && r.html()
                        && FORM_GROUPS.contains(c.group())
                        && !c.name().startsWith("access token");
        List<String> changed = changes(before, snapshot(), refused ? Set.of() : c.may());
        if (!changed.isEmpty()) {
            failures.add(label + ": other records changed: " + changed);
        }
        failures.subList(failed, failures.size()).forEach(f -> System.out.println("hostile: MISBEHAVED " + f));
    }

    /** The groups whose cases post a form or JSON to a record's address (forms()). */
    static final Set<String> FORM_GROUPS = Set.of("form", "length", "control");

    private void leaks(String label, String body) {
        Matcher m = LEAK.matcher(body);
        if (m.find()) {
            failures.add(
                    label + ": leaks \"" + m.group() + "\" in " + shorten(body.substring(Math.max(0, m.start() - 80))));
        }
    }

    private void escaped(String label, String html) {
        for (String raw : RAW) {
            if (html.contains(raw)) {
                failures.add(label + ": page shows raw markup " + raw);
            }
        }
        if (html.matches("(?s).*<a [^>]*href=\"javascript:.*")) {
            failures.add(label + ": page links to javascript:");
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    // ---------------------------------------------------------------- files

    private List<Case> files() throws Exception {
        List<Case> out = new ArrayList<>();
        Set<String> importRows = Set.of("import_batches", "import_files", "import_batch_units");
        for (HostileFiles.HostileFile f : HostileFiles.all()) {
            out.add(new Case(
                    "file",
                    f.why(),
                    () -> {
                        Http.Reply r = clerk.upload("/api/imports", f.name(), f.bytes(), false);
                        if (r.status() == 202) {
                            // the file's own verdict, once the background import has read it, is part of the answer
                            String batch = r.body().replaceAll("(?s)^.*?\"batch\":\\{\"id\":(\\d+).*$", "$1");
                            waitForImports();
                            Http.Reply after = clerk.get("/api/imports/" + batch);
                            return new Http.Reply(r.status(), after.contentType(), after.body());
                        }
                        return r;
                    },
                    importRows));
        }
        // the page's upload form, with a hostile name and with a bomb
        out.add(new Case(
                "file",
                "page upload: script in the file name",
                () -> clerk.upload(
                        "/imports",
                        "<script>alert('dondoc')</script>.txt",
                        HostileFiles.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        true),
                importRows));
        out.add(new Case(
                "file",
                "page upload without a file",
                () -> clerk.upload("/imports", "", new byte[0], true),
                importRows));
        out.add(new Case(
                "file",
                "a 300 MB upload to the API",
                () -> {
                    Http.Reply r = clerk.streamedUpload("/api/imports", 300L << 20);
                    if (r.status() != 413 || !r.body().contains("vượt quá")) {
                        failures.add("file / 300 MB upload: expected 413 saying it is too large, got " + r.status()
                                + " " + shorten(r.body()));
                    }
                    return r;
                },
                importRows));
        out.add(new Case(
                "file",
                "a 300 MB upload to the page",
                () -> {
                    Http.Reply r = clerk.streamedUpload("/imports", 300L << 20);
                    if (r.status() != 413 || !r.body().contains("vượt quá")) {
                        failures.add("file / 300 MB page upload: expected 413 saying it is too large, got " + r.status()
                                + " " + shorten(r.body()));
                    }
                    return r;
                },
                importRows));
        return out;
    }

    /** Until no file is queued or being read: the background import's effects are part of the case. */
    private void waitForImports() {
        for (int i = 0; i < 600; i++) {
            long pending = jdbc.sql("SELECT COUNT(*) FROM import_files WHERE status IN ('QUEUED', 'PROCESSING')")
                    .query(Long.class)
                    .single();
            if (pending == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failures.add("an import never finished");
    }

    // ---------------------------------------------------------------- requests

    private List<Case> requests() {
        List<Case> out = new ArrayList<>();
        Set<String> none = Set.of();
        List<String> sql = List.of(
                "' OR '1'='1",
                "'; DROP TABLE documents; --",
                "1 UNION SELECT password_hash FROM users --",
                "%' AND 1=0 UNION SELECT NULL --",
                "\\'; SHUTDOWN; --",
                "\u0000' OR 1=1");
        String[] searches = {
            "/api/search?q=",
            "/search?q=",
            "/api/tasks?q=",
            "/tasks?q=",
            "/api/documents?number=",
            "/documents?number=",
            "/api/org-units?q=",
            "/api/search?kind=TASK&status=",
            "/api/tasks?status=",
            "/api/documents?type=",
            "/api/search?issuer=",
            "/api/people?q="
        };
        for (String s : searches) {
            for (String q : sql) {
                out.add(new Case("sql", s + q, () -> clerk.get(s + Http.enc(q)), none));
            }
        }
        String[] ids = {
            "-1",
            "0",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "99999999999999999999999",
            "1e10",
            "0x10",
            "%00",
            "1;DROP"
        };
        for (String id : ids) {
            out.add(new Case("id", "/api/tasks/" + id, () -> clerk.get("/api/tasks/" + id), none));
            out.add(new Case("id", "/tasks/" + id, () -> clerk.get("/tasks/" + id), none));
            out.add(new Case("id", "/documents/" + id, () -> clerk.get("/documents/" + id), none));
        }
        out.add(new Case("id", "DELETE /api/tasks/-1", () -> clerk.json("DELETE", "/api/tasks/-1", ""), none));
        out.add(new Case(
                "id",
                "PUT /api/calendar-events/huge",
                () -> clerk.json("PUT", "/api/calendar-events/99999999999999999999", "{}"),
                none));
        String[] paging = {
            "page=-1",
            "size=-1",
            "size=0",
            "size=2147483647",
            "page=2147483647&size=2147483647",
            "page=2147483648",
            "size=99999999999999999999",
            "page=abc",
            "size=1.5",
            "page=-2147483648&size=-2147483648"
        };
        for (String p : paging) {
            for (String list :
                    new String[] {"/api/tasks?", "/api/documents?", "/api/search?q=ke+hoach&", "/tasks?", "/documents?"
                    }) {
                out.add(new Case("paging", list + p, () -> clerk.get(list + p), none));
            }
        }
        String big = "a".repeat(100_000);
        out.add(new Case("query", "a 100 KB query string (API)", () -> clerk.get("/api/search?q=" + big), none));
        out.add(new Case("query", "a 100 KB query string (page)", () -> clerk.get("/search?q=" + big), none));
        out.add(new Case("query", "a 7 KB search", () -> clerk.get("/api/search?q=" + "ke+hoach+".repeat(800)), none));
        out.add(new Case(
                "query",
                "10,000 kind filters",
                () -> clerk.get("/api/search?q=a&" + "kind=TASK&".repeat(10_000).substring(0, 7_000)),
                none));
        out.add(new Case(
                "query", "a 1,000-term query", () -> clerk.get("/api/search?q=" + "a+OR+b+AND+(c+".repeat(300)), none));
        out.add(new Case(
                "query",
                "Lucene syntax",
                () -> clerk.get("/api/search?q=" + Http.enc("title:*a* AND ~ \"un [ {x TO *]")),
                none));
        // JSON bodies
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("an open brace", "{");
        malformed.put("nul", "nul");
        malformed.put("a missing value", "{\"text\": }");
        malformed.put("trailing garbage", "{\"text\": \"a\"} xyz");
        malformed.put("a byte order mark", "\uFEFF{\"text\": \"Rà soát\", \"leadUnitIds\": [1]}");
        malformed.put("a string for a list", "{\"text\": \"a\", \"leadUnitIds\": \"1\"}");
        malformed.put("an object for a date", "{\"text\": \"a\", \"deadline\": {\"y\": 1}}");
        malformed.put("a date out of range", "{\"text\": \"a\", \"deadline\": \"+999999999-12-31\"}");
        malformed.put("a date of nonsense", "{\"text\": \"a\", \"deadline\": \"2024-13-45\"}");
        malformed.put("an overflowing unit id", "{\"text\": \"a\", \"leadUnitIds\": [99999999999999999999999]}");
        malformed.put("a negative unit id", "{\"text\": \"a\", \"leadUnitIds\": [-1]}");
        malformed.put("an array", "[1, 2, 3]");
        malformed.put("a number", "42");
        malformed.put("null", "null");
        malformed.put("empty", "");
        malformed.put("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
        malformed.put("100,000 nested objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        malformed.put("a NUL in a string", "{\"text\": \"a\\u0000b\", \"leadUnitIds\": [" + vp + "]}");
        malformed.put("a lone surrogate", "{\"text\": \"a\\ud800b\", \"leadUnitIds\": [" + vp + "]}");
        malformed.put("an unknown status", "{\"status\": \"'; DROP TABLE tasks; --\"}");
        for (Map.Entry<String, String> m : malformed.entrySet()) {
            boolean status = m.getKey().equals("an unknown status");
            String path = status ? "/api/tasks/" + task + "/status" : "/api/tasks";
            out.add(new Case(
                    "json", m.getKey(), () -> clerk.json("POST", path, m.getValue()), Set.of("tasks", "task_parties")));
        }
        out.add(new Case(
                "json",
                "invalid UTF-8 in JSON",
                () -> clerk.raw(
                        "POST",
                        "/api/tasks",
                        "application/json",
                        HostileFiles.concat(
                                "{\"text\": \"".getBytes(),
                                new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xFF},
                                "\"}".getBytes())),
                Set.of("tasks", "task_parties")));
        out.add(new Case(
                "json",
                "a 20 MB task text",
                () -> clerk.json(
                        "POST",
                        "/api/tasks",
                        "{\"text\": \"" + "Rà soát ".repeat(2_500_000) + "\", \"leadUnitIds\": [" + vp + "]}"),
                Set.of("tasks", "task_parties")));
        out.add(new Case(
                "json",
                "a 30 MB JSON of 3 million unit ids",
                () -> clerk.json(
                        "POST",
                        "/api/tasks",
                        "{\"text\": \"a\", \"leadUnitIds\": [" + (vp + ",").repeat(3_000_000) + vp + "]}"),
                Set.of("tasks", "task_parties")));
        out.add(new Case(
                "json",
                "100,000 unknown fields",
                () -> clerk.json("POST", "/api/tasks", "{" + "\"x\": 1, ".repeat(100_000) + "\"text\": \"a\"}"),
                Set.of("tasks", "task_parties")));
        // wrong content types
        String task = "{\"text\": \"Rà soát\", \"leadUnitIds\": [" + vp + "]}";
        String[] types = {
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=x",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense",
            "image/png",
            "*/*",
            "application/octet-stream"
        };
        for (String type : types) {
            out.add(new Case(
                    "type",
                    "POST /api/tasks as " + type,
                    () -> clerk.raw("POST", "/api/tasks", type, task.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Set.of("tasks", "task_parties")));
        }
        out.add(new Case("type", "JSON to the upload", () -> clerk.json("POST", "/api/imports", task), none));
        out.add(new Case(
                "type", "a form to the upload", () -> clerk.form("POST", "/api/imports", Map.of("files", "x")), none));
        out.add(new Case(
                "type",
                "multipart without a boundary",
                () -> clerk.raw("POST", "/api/imports", "multipart/form-data", "--x\r\n\r\n".getBytes()),
                none));
        out.add(new Case(
                "type",
                "multipart cut short",
                () -> clerk.raw(
                        "POST",
                        "/api/imports",
                        "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nabc"
                                .getBytes()),
                Set.of("import_batches", "import_files", "import_batch_units")));
        out.add(new Case(
                "type",
                "a form post without its CSRF token",
                () -> clerk.raw(
                        "POST",
                        "/calendar/events",
                        "application/x-www-form-urlencoded",
                        "content=a&date=2024-05-06".getBytes()),
                none));
        return out;
    }

    // ---------------------------------------------------------------- forms

    /** A form: who sends it, where, its valid fields, and what a save may change. */
    private record Form(
            String name,
            Http who,
            String method,
            String path,
            boolean json,
            Map<String, Object> fields,
            List<String> hostile,
            Set<String> may) {}

    private List<Form> formTable() {
        Set<String> task = Set.of(
                "tasks=" + this.task,
                "progress_reports",
                "task_parties~task_id=" + this.task,
                "task_extensions",
                "completion_proposals");
        Set<String> event = Set.of(
                "calendar_events",
                "calendar_event_parties",
                "calendar_series",
                "work_programs",
                "work_program_changes");
        Set<String> unit = Set.of("org_units", "aliases");
        Map<String, Object> eventFields = fields(
                "date",
                "2024-05-06",
                "session",
                "MORNING",
                "time",
                "8h00",
                "content",
                "Họp giao ban",
                "place",
                "Phòng họp số 1",
                "preparingUnits",
                "Văn phòng",
                "chairs",
                "Giám đốc");
        return List.of(
                new Form(
                        "task (API)",
                        clerk,
                        "POST",
                        "/api/tasks",
                        true,
                        fields(
                                "text",
                                "Rà soát hồ sơ",
                                "section",
                                "I",
                                "startDate",
                                "2024-01-02",
                                "deadline",
                                "2024-06-30",
                                "leadUnitIds",
                                List.of(vp),
                                "cooperatingUnitIds",
                                List.of()),
                        List.of(
                                "text",
                                "section",
                                "startDate",
                                "deadline",
                                "leadUnitIds",
                                "cooperatingUnitIds",
                                "documentId"),
                        Set.of("tasks", "task_parties")),
                new Form(
                        "calendar event (API)",
                        clerk,
                        "POST",
                        "/api/calendar-events",
                        true,
                        eventFields,
                        List.of(
                                "date",
                                "session",
                                "time",
                                "content",
                                "place",
                                "preparingUnits",
                                "chairs",
                                "endDate",
                                "workProgramId"),
                        event),
                new Form(
                        "calendar event (page)",
                        clerk,
                        "POST",
                        "/calendar/events",
                        false,
                        eventFields,
                        List.of(
                                "date",
                                "session",
                                "time",
                                "content",
                                "place",
                                "preparingUnits",
                                "chairs",
                                "repeat",
                                "nonWorking"),
                        event),
                new Form(
                        "target (API)",
                        clerk,
                        "POST",
                        "/api/targets",
                        true,
                        fields(
                                "indicator",
                                "Tỷ lệ hộ nghèo",
                                "comparator",
                                "<=",
                                "plannedValue",
                                3,
                                "unit",
                                "%",
                                "period",
                                "2024",
                                "scope",
                                "toàn tỉnh"),
                        List.of("indicator", "comparator", "plannedValue", "unit", "period", "scope"),
                        Set.of("targets", "indicators")),
                new Form(
                        "result (API)",
                        clerk,
                        "POST",
                        "/api/results",
                        true,
                        fields(
                                "indicator",
                                "Giải quyết việc làm",
                                "actualValue",
                                9997,
                                "unit",
                                "người",
                                "period",
                                "2024",
                                "reportingUnit",
                                "Văn phòng"),
                        List.of("indicator", "actualValue", "unit", "period", "reportingUnit", "percentOfPlan"),
                        Set.of("results", "indicators")),
                new Form(
                        "progress (API)",
                        admin,
                        "POST",
                        "/api/tasks/" + this.task + "/reports",
                        true,
                        fields("reportedOn", "2024-03-01", "unitId", vp, "percent", 40, "note", "Đang làm"),
                        List.of("note", "percent", "reportedOn", "unitId"),
                        task),
                new Form(
                        "progress (page)",
                        admin,
                        "POST",
                        "/tasks/" + this.task + "/reports",
                        false,
                        fields("percent", 40, "unitId", vp, "note", "Đang làm"),
                        List.of("note", "percent", "unitId"),
                        task),
                new Form(
                        "follow-up progress (page)",
                        admin,
                        "POST",
                        "/tasks/" + this.task + "/followup/progress",
                        false,
                        fields("percent", 50, "unitId", vp, "note", "Đang làm"),
                        List.of("note", "percent", "proposeCompletion"),
                        task),
                new Form(
                        "extension (page)",
                        admin,
                        "POST",
                        "/tasks/" + this.task + "/followup/extensions",
                        false,
                        fields("unitId", vp, "newDeadline", "2030-12-31", "reason", "Chờ số liệu"),
                        List.of("reason", "newDeadline"),
                        task),
                new Form(
                        "deadline (page)",
                        admin,
                        "POST",
                        "/tasks/" + this.task + "/followup/deadline",
                        false,
                        fields("text", "trước ngày 30/6/2030"),
                        List.of("text"),
                        task),
                new Form(
                        "task status (page)",
                        admin,
                        "POST",
                        "/tasks/" + this.task + "/status",
                        false,
                        fields("status", "IN_PROGRESS"),
                        List.of("status"),
                        task),
                new Form(
                        "org unit (API)",
                        admin,
                        "POST",
                        "/api/org-units",
                        true,
                        fields("name", "Phòng Thử nghiệm", "abbreviation", "PTN", "kind", "DIVISION", "parentId", vp),
                        List.of("name", "abbreviation", "kind", "validFrom"),
                        unit),
                new Form(
                        "org unit (page)",
                        admin,
                        "POST",
                        "/org/units",
                        false,
                        fields("name", "Phòng Thử nghiệm", "abbreviation", "PTN", "kind", "DIVISION", "parentId", vp),
                        List.of("name", "abbreviation", "kind", "parentId", "validTo"),
                        unit),
                new Form(
                        "person (API)",
                        admin,
                        "POST",
                        "/api/people",
                        true,
                        fields("name", "Nguyễn Văn A", "titles", "PGĐ", "unitId", vp),
                        List.of("name", "titles", "unitId"),
                        Set.of("people")),
                new Form(
                        "person (page)",
                        admin,
                        "POST",
                        "/org/people",
                        false,
                        fields("name", "Nguyễn Văn A", "titles", "PGĐ", "unitId", vp),
                        List.of("name", "titles"),
                        Set.of("people")),
                new Form(
                        "alias (API)",
                        clerk,
                        "POST",
                        "/api/aliases",
                        true,
                        fields("alias", "VPS", "kind", "UNIT", "targetId", vp),
                        // teaching a name links the tasks' and events' parties written with that name
                        List.of("alias", "kind"),
                        Set.of("aliases", "task_parties*", "calendar_event_parties*")),
                // issue 9 items 3 and 6: the fields limited since (TextLimits.field, TextLimits.email)
                new Form(
                        "document (API)",
                        admin,
                        "PUT",
                        "/api/documents/" + this.document,
                        true,
                        fields(
                                "number",
                                "12/KH-SLĐTBXH",
                                "type",
                                "KE_HOACH",
                                "title",
                                "Kế hoạch rà soát hồ sơ",
                                "issuer",
                                "Sở Lao động - Thương binh và Xã hội",
                                "issuedOn",
                                "2024-03-01",
                                "place",
                                "Hà Tĩnh"),
                        List.of("number", "title", "issuer", "place", "type", "issuedOn"),
                        // the document's folded text (its own row beside it) holds its number and title
                        Set.of(
                                "documents=" + this.document,
                                "document_texts~document_id=" + this.document,
                                "document_references*")),
                new Form(
                        "account (API)",
                        admin,
                        "POST",
                        "/api/users",
                        true,
                        fields(
                                "username",
                                "nguoidoc",
                                "displayName",
                                "Người đọc thử",
                                "password",
                                "mat-khau-du-dai",
                                "role",
                                "VIEWER",
                                "unitId",
                                vp),
                        List.of("displayName", "username", "role"),
                        Set.of("users", "user_grants")),
                new Form(
                        "criterion (API)",
                        admin,
                        "POST",
                        "/api/criteria",
                        true,
                        fields(
                                "name",
                                "Lao động qua đào tạo",
                                "indicatorId",
                                this.indicator,
                                "comparator",
                                "GTE",
                                "threshold",
                                70,
                                "level",
                                "Nâng cao"),
                        List.of("name", "level", "comparator", "threshold"),
                        Set.of("criteria")),
                new Form(
                        "reminder recipient (API)",
                        admin,
                        "POST",
                        "/api/reminder-recipients",
                        true,
                        fields("unitId", vp, "email", "van.phong@so.example", "username", "vanthu"),
                        List.of("email", "username"),
                        Set.of("reminder_recipients")),
                new Form(
                        "access token (page)",
                        clerk,
                        "POST",
                        "/tai-khoan/tokens",
                        false,
                        fields("label", "Bảng tính"),
                        List.of("label"),
                        Set.of("access_tokens")));
    }

    private static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private List<Case> forms() {
        List<Case> out = new ArrayList<>();
        for (Form f : formTable()) {
            for (String field : f.hostile()) {
                for (String payload : PAYLOADS) {
                    Map<String, Object> values = new LinkedHashMap<>(f.fields());
                    values.put(field, payload);
                    out.add(new Case(
                            "form",
                            f.name() + " · " + field + " = " + payload.replaceAll("\\p{Cntrl}", "?"),
                            () -> send(f, values),
                            f.may()));
                }
            }
            // and one value far longer than any real one
            Map<String, Object> values = new LinkedHashMap<>(f.fields());
            values.put(f.hostile().get(0), "Rà soát <b>".repeat(50_000));
            out.add(new Case(
                    "form", f.name() + " · " + f.hostile().get(0) + " = 500 KB", () -> send(f, values), f.may()));
            // each field one character longer than its column: refused before the database, naming the field
            for (Map.Entry<String, Integer> limit :
                    COLUMN_LIMITS.getOrDefault(f.name(), Map.of()).entrySet()) {
                Map<String, Object> tooLong = new LinkedHashMap<>(f.fields());
                tooLong.put(limit.getKey(), "ă".repeat(limit.getValue() + 1));
                out.add(new Case(
                        "length",
                        f.name() + " · " + limit.getKey() + " = " + (limit.getValue() + 1) + " characters",
                        () -> {
                            Http.Reply r = send(f, tooLong);
                            String expected = (limit.getValue() + 1) + " ký tự, tối đa " + limit.getValue() + " ký tự";
                            if (r.status() >= 500
                                    || (f.json() && r.status() < 400)
                                    || !r.body().contains(expected)) {
                                failures.add("length / " + f.name() + " · " + limit.getKey()
                                        + ": expected a refusal saying \"" + expected + "\", got " + r.status() + " "
                                        + shorten(r.body()));
                            }
                            return r;
                        },
                        f.may()));
            }
            // and each limited field with control characters: refused, naming the field (TextLimits.field)
            for (String field : COLUMN_LIMITS.getOrDefault(f.name(), Map.of()).keySet()) {
                Map<String, Object> control = new LinkedHashMap<>(f.fields());
                control.put(field, "Họp\u0000giao\u001bban");
                out.add(new Case(
                        "control",
                        f.name() + " · " + field + " = NUL, ESC",
                        () -> {
                            Http.Reply r = send(f, control);
                            if (r.status() >= 500
                                    || (f.json() && r.status() < 400)
                                    || !r.body().contains("chứa ký tự điều khiển")) {
                                failures.add("control / " + f.name() + " · " + field
                                        + ": expected a refusal naming control characters, got " + r.status() + " "
                                        + shorten(r.body()));
                            }
                            return r;
                        },
                        f.may()));
            }
        }
        // an e-mail address has the shape of one (TextLimits.email)
        for (Form f : formTable()) {
            if (f.fields().containsKey("email")) {
                Map<String, Object> bad = new LinkedHashMap<>(f.fields());
                bad.put("email", "khong-phai-thu <script>alert('dondoc')</script>");
                out.add(new Case(
                        "control",
                        f.name() + " · email = not an address",
                        () -> {
                            Http.Reply r = send(f, bad);
                            if (r.status() != 422 || !r.body().contains("Địa chỉ thư điện tử")) {
                                failures.add("email / " + f.name() + ": expected 422 naming the address, got "
                                        + r.status() + " " + shorten(r.body()));
                            }
                            return r;
                        },
                        f.may()));
            }
        }
        return out;
    }

    /** Form → field → the length of the column it is stored in (TextLimits): one more is refused. */
    static final Map<String, Map<String, Integer>> COLUMN_LIMITS = Map.ofEntries(
            Map.entry("task (API)", Map.of("text", 10_000, "section", 1000)),
            Map.entry(
                    "calendar event (API)",
                    Map.of("content", 4000, "time", 100, "place", 500, "preparingUnits", 2000, "chairs", 2000)),
            Map.entry("calendar event (page)", Map.of("content", 4000, "time", 100, "place", 500)),
            Map.entry("target (API)", Map.of("indicator", 1000, "unit", 100, "period", 100, "scope", 500)),
            Map.entry("result (API)", Map.of("unit", 100, "period", 100, "reportingUnit", 500)),
            Map.entry("progress (API)", Map.of("note", 10_000)),
            Map.entry("progress (page)", Map.of("note", 10_000)),
            Map.entry("follow-up progress (page)", Map.of("note", 10_000)),
            Map.entry("extension (page)", Map.of("reason", 10_000)),
            Map.entry("deadline (page)", Map.of("text", 200)),
            Map.entry("org unit (API)", Map.of("name", 500, "abbreviation", 100)),
            Map.entry("org unit (page)", Map.of("name", 500, "abbreviation", 100)),
            Map.entry("person (API)", Map.of("name", 300, "titles", 500)),
            Map.entry("person (page)", Map.of("name", 300, "titles", 500)),
            Map.entry("alias (API)", Map.of("alias", 300)),
            Map.entry("document (API)", Map.of("number", 200, "title", 2000, "issuer", 500, "place", 200)),
            Map.entry("account (API)", Map.of("displayName", 300)),
            Map.entry("criterion (API)", Map.of("name", 500, "level", 200)),
            Map.entry("reminder recipient (API)", Map.of("email", 320, "username", 100)));

    private Http.Reply send(Form f, Map<String, Object> values) throws Exception {
        if (f.json()) {
            return f.who().json(f.method(), f.path(), JSON.writeValueAsString(values));
        }
        Map<String, String> form = new LinkedHashMap<>();
        values.forEach((k, v) -> form.put(k, String.valueOf(v)));
        return f.who().form(f.method(), f.path(), form);
    }

    // ---------------------------------------------------------------- pages that show what was stored

    private void pagesShowEverythingEscaped() throws Exception {
        List<String> pages = new ArrayList<>(List.of(
                "/tasks",
                "/tasks?q=alert",
                "/tasks/" + task,
                "/tasks/" + task + "/followup",
                "/calendar?from=2024-05-01&to=2024-05-31",
                "/org",
                "/documents",
                "/imports",
                "/search?q=alert",
                "/search?q=script",
                "/search?q=onerror",
                "/tai-khoan",
                "/dashboard",
                "/"));
        jdbc.sql("SELECT id FROM tasks ORDER BY id").query(Long.class).list().forEach(id -> pages.add("/tasks/" + id));
        jdbc.sql("SELECT id FROM import_batches ORDER BY id")
                .query(Long.class)
                .list()
                .forEach(id -> pages.add("/imports/" + id));
        jdbc.sql("SELECT id FROM import_files WHERE status = 'READY' ORDER BY id")
                .query(Long.class)
                .list()
                .forEach(id -> pages.add("/imports/files/" + id + "/review"));
        jdbc.sql("SELECT id FROM org_units ORDER BY id")
                .query(Long.class)
                .list()
                .forEach(id -> pages.add("/org/units/" + id));
        for (String page : pages) {
            Http.Reply r = admin.get(page);
            if (r.status() != 200) {
                failures.add("page " + page + " answered " + r.status() + ": " + shorten(r.body()));
            }
            leaks("page " + page, r.body());
            escaped("page " + page, r.body());
        }
    }

    // ---------------------------------------------------------------- what changed

    /** Every row of every table (blobs by their hash), keyed by id where the table has one. */
    private Map<String, Map<String, String>> snapshot() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE'")
                .query(String.class)
                .list()) {
            if (table.startsWith("flyway") || table.equals("shedlock") || table.equals("search_changes")) {
                // the schema's history; which instance runs a scheduled job (taken every few seconds); the index's
                // change log, which only says "look at this id again" and follows the writes the case may make
                continue;
            }
            Map<String, String> rows = new TreeMap<>();
            jdbc.sql("SELECT * FROM " + table).query(rs -> {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder row = new StringBuilder();
                String id = null;
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    int type = md.getColumnType(i);
                    String v = type == Types.BLOB
                                    || type == Types.BINARY
                                    || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY
                            ? String.valueOf(Arrays.hashCode(rs.getBytes(i)))
                            : rs.getString(i);
                    row.append(md.getColumnLabel(i).toLowerCase())
                            .append('=')
                            .append(v)
                            .append('|');
                    if (md.getColumnLabel(i).equalsIgnoreCase("id")) {
                        id = v;
                    }
                }
                rows.put(id != null ? id : row.toString(), row.toString());
            });
            all.put(table, rows);
        }
        return all;
    }

    static List<String> changes(
            Map<String, Map<String, String>> before, Map<String, Map<String, String>> after, Set<String> may) {
        List<String> out = new ArrayList<>();
        for (String table : after.keySet()) {
            Map<String, String> was = before.getOrDefault(table, Map.of());
            Map<String, String> now = after.get(table);
            boolean mayAdd = table.equals("audit_events")
                    || may.contains(table)
                    || may.stream()
                            .anyMatch(m ->
                                    m.startsWith(table + "=") || m.startsWith(table + "~") || m.equals(table + "*"));
            for (Map.Entry<String, String> e : was.entrySet()) {
                String n = now.get(e.getKey());
                if (!e.getValue().equals(n) && !allowed(table, e.getKey(), e.getValue(), may)) {
                    out.add(table + " row " + shorten(e.getKey()) + (n == null ? " vanished" : " changed"));
                }
            }
            for (Map.Entry<String, String> e : now.entrySet()) {
                if (!was.containsKey(e.getKey()) && !mayAdd) {
                    out.add(table + " gained row " + shorten(e.getValue()));
                }
            }
        }
        return out;
    }

    private static boolean allowed(String table, String id, String row, Set<String> may) {
        for (String m : may) {
            if (m.equals(table + "*") || m.equals(table + "=" + id)) {
                return true;
            }
            if (m.startsWith(table + "~") && row.contains("|" + m.substring(table.length() + 1) + "|")
                    || m.startsWith(table + "~") && row.startsWith(m.substring(table.length() + 1) + "|")) {
                return true;
            }
        }
        return false;
    }
}
