package vn.dondoc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dondoc bench serve}: signed-in users of different units drive a running server with the mix of a working
 * day (week calendar, task lists with filters, the home page, search, documents, status changes, progress reports,
 * a small import) for a bounded time, on loopback only; prints throughput, p50/p95/p99 per action and the errors.
 * Users are the accounts {@code dondoc generate} wrote (API token for /api, the sign-in page for pages).
 */
final class ServeLoad {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> QUERIES = List.of(
            "triển khai",
            "kế hoạch",
            "nông thôn mới",
            "hộ nghèo",
            "báo cáo kết quả",
            "bảo hiểm y tế",
            "việc làm",
            "kiểm tra",
            "chuyển đổi số",
            "an toàn giao thông");
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** An action of the mix and its weight: how often, out of the sum, a user does it. */
    enum Action {
        CALENDAR_WEEK(16, false),
        TASK_LIST(20, false),
        HOME_PAGE(10, false),
        SEARCH(14, false),
        DOCUMENT(10, false),
        DOCUMENT_LIST(6, false),
        TASK_STATUS(10, true),
        PROGRESS_REPORT(10, true),
        IMPORT(4, true),
        /** Once per user, before its first page: measured apart (a password hash is slow on purpose). */
        SIGN_IN(0, false);

        final int weight;
        final boolean write;

        Action(int weight, boolean write) {
            this.weight = weight;
            this.write = write;
        }
    }

    record Account(String username, String password, String token, String role, long unitId, String unitName) {}

    private final URI base;
    private final HttpClient.Builder clients;
    private final Map<Action, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<Action, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new CopyOnWriteArrayList<>();

    ServeLoad(URI base) {
        this.base = base;
        this.clients = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1);
        for (Action a : Action.values()) {
            nanos.put(a, Collections.synchronizedList(new ArrayList<>()));
            errors.put(a, new AtomicLong());
        }
    }

    /** Only this machine: a load test must never be pointed at someone else's server. */
    static boolean loopback(URI url) {
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            return false;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static List<Account> readAccounts(Path file) throws IOException {
        List<Account> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Account(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), f.length > 5 ? f[5] : ""));
        }
        return out;
    }

    /** Users from as many different units as possible, clerks among them so that imports happen. */
    static List<Account> pickUsers(List<Account> all, int count, long seed) {
        List<Account> pool =
                new ArrayList<>(all.stream().filter(a -> a.unitId() > 0).toList());
        Collections.shuffle(pool, new Random(seed));
        List<Account> chosen = new ArrayList<>();
        java.util.Set<Long> units = new java.util.HashSet<>();
        boolean clerk = false;
        for (Account a : pool) {
            if (chosen.size() < count
                    && (units.add(a.unitId()) || (!clerk && a.role().equals("CLERK")))) {
                clerk |= a.role().equals("CLERK");
                chosen.add(a);
            }
        }
        for (Account a : pool) {
            if (chosen.size() < count && !chosen.contains(a)) {
                chosen.add(a);
            }
        }
        return chosen;
    }

    /**
     * Signs every user in first (measured as sign_in, outside the window: a password hash is slow on purpose),
     * then runs them until the time is up; returns the number of errors.
     */
    long run(List<Account> accounts, Duration length, PrintWriter out) throws Exception {
        probe(accounts.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(accounts.size());
        List<User> users = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            users.add(new User(accounts.get(i), new Random(i * 7919L + 13)));
        }
        List<Future<?>> running = new ArrayList<>();
        for (User u : users) {
            running.add(pool.submit(() -> u.act(Action.SIGN_IN)));
        }
        for (Future<?> f : running) {
            f.get();
        }
        running.clear();
        long t0 = System.nanoTime();
        long until = t0 + length.toNanos();
        for (User u : users) {
            running.add(pool.submit(() -> {
                u.work(until);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        print(out, (System.nanoTime() - t0) / 1e9, users.size());
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The server answers and knows the accounts: else there is nothing to measure. */
    private void probe(Account a) throws IOException, InterruptedException {
        HttpResponse<String> r = clients.build()
                .send(api(a, "/api/documents?size=1").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /api/documents as " + a.username() + ": HTTP " + r.statusCode());
        }
    }

    private HttpRequest.Builder api(Account a, String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + a.token())
                .header("Accept", "application/json");
    }

    /** One signed-in person working through the mix. */
    private final class User {
        private final Account account;
        private final Random r;
        private final HttpClient http;
        private final List<long[]> ownTasks = new ArrayList<>();
        private final List<Long> documents = new ArrayList<>();
        private boolean signedIn;

        User(Account account, Random r) {
            this.account = account;
            this.r = r;
            this.http = clients.cookieHandler(new CookieManager()).build();
        }

        void work(long until) {
            while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                // a lost session means signing in again before the next page
                act(signedIn ? next() : Action.SIGN_IN);
            }
        }

        /** Does one action and records its time, or its failure. */
        void act(Action action) {
            long t = System.nanoTime();
            String failure;
            try {
                failure = perform(action);
            } catch (IOException | RuntimeException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (failure == null) {
                nanos.get(action).add(System.nanoTime() - t);
            } else {
                errors.get(action).incrementAndGet();
                if (errorSamples.size() < 10) {
                    errorSamples.add(action + " as " + account.username() + ": " + failure);
                }
            }
        }

        private Action next() {
            while (true) {
                int total =
                        Arrays.stream(Action.values()).mapToInt(a -> a.weight).sum();
                int roll = r.nextInt(total);
                for (Action a : Action.values()) {
                    roll -= a.weight;
                    if (roll < 0) {
                        if (allowed(a)) {
                            return a;
                        }
                        break;
                    }
                }
            }
        }

        /** What the person's role lets them do: viewers only read, imports are the clerks' work. */
        private boolean allowed(Action a) {
            return switch (a) {
                case IMPORT -> account.role().equals("CLERK");
                case TASK_STATUS, PROGRESS_REPORT -> !account.role().equals("VIEWER");
                default -> true;
            };
        }

        /** Does it; null when all went well, else why not. */
        private String perform(Action a) throws IOException, InterruptedException {
            return switch (a) {
                case CALENDAR_WEEK -> {
                    LocalDate monday = LocalDate.now()
                            .minusDays(LocalDate.now().getDayOfWeek().getValue() - 1L)
                            .plusWeeks(r.nextInt(5) - 2);
                    yield get("/api/calendar-events?from=" + monday + "&to=" + monday.plusDays(6) + "&size=100");
                }
                case TASK_LIST -> taskList();
                case HOME_PAGE -> homePage();
                case SEARCH -> get("/api/search?q=" + enc(QUERIES.get(r.nextInt(QUERIES.size()))) + "&size=20");
                case DOCUMENT -> document();
                case DOCUMENT_LIST -> documentList(r.nextInt(10) == 0 ? r.nextInt(200) : r.nextInt(5));
                case TASK_STATUS -> changeStatus();
                case PROGRESS_REPORT -> report();
                case IMPORT -> upload();
                case SIGN_IN -> signIn();
            };
        }

        /** A document this person may read: one their own unit issued, found through the issuer filter. */
        private String document() throws IOException, InterruptedException {
            if (documents.isEmpty()) {
                HttpResponse<String> resp = send(api(account, "/api/documents?issuer=" + enc(account.unitName()))
                        .GET()
                        .build());
                if (resp.statusCode() != 200) {
                    return "HTTP " + resp.statusCode() + " documents of " + account.unitName();
                }
                for (JsonNode d : JSON.readTree(resp.body()).path("items")) {
                    documents.add(d.path("id").asLong());
                }
                if (documents.isEmpty()) {
                    return null;
                }
            }
            long id = documents.get(r.nextInt(documents.size()));
            HttpResponse<String> resp =
                    send(api(account, "/api/documents/" + id).GET().build());
            return resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode() + " document " + id;
        }

        private String documentList(int page) throws IOException, InterruptedException {
            HttpResponse<String> resp =
                    send(api(account, "/api/documents?page=" + page).GET().build());
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode() + " document list page " + page;
            }
            return null;
        }

        private String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> resp = send(api(account, path).GET().build());
            return resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode() + " " + path;
        }

        private HttpResponse<String> send(HttpRequest req) throws IOException, InterruptedException {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        }

        /** The unit's tasks, sometimes only the open or overdue ones, sometimes a later page. */
        private String taskList() throws IOException, InterruptedException {
            StringBuilder q = new StringBuilder("/api/tasks?unitId=").append(account.unitId());
            switch (r.nextInt(4)) {
                case 0 -> q.append("&status=IN_PROGRESS");
                case 1 -> q.append("&overdue=true");
                case 2 -> q.append("&page=").append(r.nextInt(20));
                default -> q.append("&status=NEW");
            }
            HttpResponse<String> resp = send(api(account, q.toString()).GET().build());
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode() + " " + q;
            }
            remember(JSON.readTree(resp.body()).path("items"));
            return null;
        }

        /** Tasks this unit leads, with their status: what the person may change. */
        private void remember(JsonNode items) {
            for (JsonNode view : items) {
                JsonNode task = view.path("task");
                for (JsonNode p : task.path("parties")) {
                    if ("LEAD".equals(p.path("role").asString())
                            && p.path("unitId").asLong() == account.unitId()) {
                        long status = switch (task.path("status").asString()) {
                            case "NEW" -> 0;
                            case "IN_PROGRESS" -> 1;
                            case "DONE" -> 2;
                            default -> 3;
                        };
                        if (status < 3 && ownTasks.size() < 200) {
                            ownTasks.add(new long[] {task.path("id").asLong(), status});
                        }
                    }
                }
            }
        }

        private long[] ownTask(boolean open) throws IOException, InterruptedException {
            if (ownTasks.isEmpty()) {
                HttpResponse<String> resp = send(api(account, "/api/tasks?unitId=" + account.unitId() + "&size=50")
                        .GET()
                        .build());
                if (resp.statusCode() == 200) {
                    remember(JSON.readTree(resp.body()).path("items"));
                }
            }
            List<long[]> fit = ownTasks.stream().filter(t -> !open || t[1] < 2).toList();
            return fit.isEmpty() ? null : fit.get(r.nextInt(fit.size()));
        }

        /** NEW → IN_PROGRESS → DONE, and DONE back to IN_PROGRESS (a report found it unfinished). */
        private String changeStatus() throws IOException, InterruptedException {
            long[] t = ownTask(false);
            if (t == null) {
                return get("/api/tasks?unitId=" + account.unitId());
            }
            String to = t[1] == 1 ? "DONE" : "IN_PROGRESS";
            HttpResponse<String> resp = send(api(account, "/api/tasks/" + t[0] + "/status")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + to + "\"}"))
                    .build());
            if (resp.statusCode() == 422) {
                return refreshed(t); // a colleague of the same unit changed it first: the rule's answer, not a failure
            }
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode() + " status of task " + t[0] + " → " + to + ": "
                        + abbreviate(resp.body());
            }
            t[1] = to.equals("DONE") ? 2 : 1;
            return null;
        }

        private String report() throws IOException, InterruptedException {
            long[] t = ownTask(true);
            if (t == null) {
                return get("/api/tasks?unitId=" + account.unitId());
            }
            String body = "{\"reportedOn\":\"" + LocalDate.now() + "\",\"unitId\":" + account.unitId() + ",\"percent\":"
                    + (10 + r.nextInt(90)) + ",\"note\":\"Đang triển khai thực hiện\"}";
            HttpResponse<String> resp = send(api(account, "/api/tasks/" + t[0] + "/reports")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            if (resp.statusCode() == 422) {
                return refreshed(t); // closed by a colleague meanwhile: refused by the rules, as for a person
            }
            return resp.statusCode() / 100 == 2
                    ? null
                    : "HTTP " + resp.statusCode() + " report on task " + t[0] + ": " + abbreviate(resp.body());
        }

        /** Reads the task's status again after a business refusal; an error only if that read fails. */
        private String refreshed(long[] t) throws IOException, InterruptedException {
            HttpResponse<String> resp =
                    send(api(account, "/api/tasks/" + t[0]).GET().build());
            if (resp.statusCode() != 200) {
                return "HTTP " + resp.statusCode() + " task " + t[0];
            }
            String status = JSON.readTree(resp.body()).path("status").asString();
            t[1] = switch (status) {
                case "NEW" -> 0;
                case "IN_PROGRESS" -> 1;
                case "DONE" -> 2;
                default -> 3;
            };
            return null;
        }

        /** A short notice as a text file, different every time (the same file twice is recognised as a duplicate). */
        private String upload() throws IOException, InterruptedException {
            String boundary = "----dondoc" + Long.toHexString(r.nextLong());
            int n = 1 + r.nextInt(1_000_000);
            String text = "ỦY BAN NHÂN DÂN TỈNH\nSố: " + n + "/TB-UBND\nTHÔNG BÁO\nLịch làm việc tuần của Lãnh đạo\n"
                    + "Giao Văn phòng chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện, hoàn thành trước ngày "
                    + LocalDate.now().plusDays(30).getDayOfMonth() + "/"
                    + LocalDate.now().plusDays(30).getMonthValue()
                    + "/" + LocalDate.now().plusDays(30).getYear() + ".\n(" + account.username() + " "
                    + System.nanoTime() + ")\n";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"tb-" + n
                    + ".txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary
                    + "--\r\n";
            HttpResponse<String> resp = send(api(account, "/api/imports?label=bench")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build());
            return resp.statusCode() / 100 == 2
                    ? null
                    : "HTTP " + resp.statusCode() + " import: " + abbreviate(resp.body());
        }

        /** The home page, as a browser sees it: signed in through the sign-in page once, then by session cookie. */
        private String homePage() throws IOException, InterruptedException {
            HttpResponse<String> resp = send(HttpRequest.newBuilder(base.resolve("/"))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build());
            if (resp.statusCode() == 302) {
                signedIn = false;
            }
            return resp.statusCode() == 200 ? null : "HTTP " + resp.statusCode() + " /";
        }

        private String signIn() throws IOException, InterruptedException {
            HttpResponse<String> form = send(
                    HttpRequest.newBuilder(base.resolve("/dang-nhap")).GET().build());
            Matcher m = CSRF.matcher(form.body());
            String csrf = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "";
            String body = "username=" + enc(account.username()) + "&password=" + enc(account.password()) + "&_csrf="
                    + enc(csrf);
            HttpResponse<String> resp = send(HttpRequest.newBuilder(base.resolve("/dang-nhap"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            String location = resp.headers().firstValue("Location").orElse("");
            if (resp.statusCode() == 429) {
                // every bench user comes from this one address: the server's guard against guessing stops them
                return "sign-in throttled (HTTP 429): start the server with DONDOC_SIGNIN_PER_MINUTE at least the"
                        + " number of users, as real users come from many addresses";
            }
            if (resp.statusCode() != 302 || location.contains("dang-nhap")) {
                return "sign-in refused (HTTP " + resp.statusCode() + " → " + location + ")";
            }
            signedIn = true;
            return null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private void print(PrintWriter out, double seconds, int users) {
        long ok = nanos.values().stream().mapToLong(List::size).sum();
        long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        out.printf(
                "%d users, %.0f s: %d requests, %.1f requests/s, %d errors%n",
                users, seconds, ok + failed, (ok + failed) / seconds, failed);
        out.printf(
                "%-16s %7s %7s %8s %8s %8s %8s %s%n",
                "action", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        for (Action a : Action.values()) {
            List<Long> xs;
            synchronized (nanos.get(a)) {
                xs = new ArrayList<>(nanos.get(a));
            }
            Collections.sort(xs);
            out.printf(
                    "%-16s %7d %7.1f %8.1f %8.1f %8.1f %8.1f %d%n",
                    a.name().toLowerCase(java.util.Locale.ROOT) + (a.write ? " (w)" : ""),
                    xs.size(),
                    xs.size() / seconds,
                    pct(xs, 50),
                    pct(xs, 95),
                    pct(xs, 99),
                    xs.isEmpty() ? 0 : xs.get(xs.size() - 1) / 1e6,
                    errors.get(a).get());
        }
        errorSamples.forEach(e -> out.println("  error: " + e));
        out.flush();
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
