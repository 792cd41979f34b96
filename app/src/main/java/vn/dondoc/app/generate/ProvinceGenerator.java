package vn.dondoc.app.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.dondoc.app.jdbc.Statistics;
import vn.dondoc.app.search.SearchChanges;
import vn.dondoc.domain.common.Texts;
import vn.dondoc.domain.search.RecordKind;
import vn.dondoc.domain.search.Search;
import vn.dondoc.domain.target.Period;

/**
 * Fills the database with a province (issue 13): an org tree of departments, districts and communes, people
 * with accounts and access tokens, documents assembled from the sentences of the bundled sample documents,
 * tasks with real follow-up's spread (a share overdue, a share done late), targets per commune and year,
 * monthly results, a calendar for every leader; then rebuilds the search index. Rows are written with plain
 * JDBC batches and ids chosen here (after the highest existing one), so parents are known without reading back;
 * the identity columns are moved past them at the end.
 */
@Component
public class ProvinceGenerator {
    private static final int BATCH = 1000;
    private static final String[][] DOC_TYPES = {
        {"Quyết định", "QĐ"},
        {"Kế hoạch", "KH"},
        {"Công văn", null},
        {"Thông báo", "TB"},
        {"Báo cáo", "BC"},
        {"Chương trình", "CTr"}
    };

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final Search search;
    private final java.time.Clock clock;

    ProvinceGenerator(DataSource dataSource, PasswordEncoder passwords, Search search, java.time.Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.search = search;
    }

    /** How much to make. */
    public record Sizes(int units, int people, int documents, int tasks, int results) {}

    /** One generated account, as written to the accounts file the load test reads. */
    public record GeneratedAccount(
            String username, String password, String token, String role, long unitId, String unitName) {
        public String line() {
            return username + "\t" + password + "\t" + token + "\t" + role + "\t" + unitId + "\t" + unitName;
        }
    }

    /** What was made, and how long each part took. */
    public record Outcome(
            Map<String, Long> rows,
            List<GeneratedAccount> accounts,
            Map<RecordKind, Long> indexed,
            Map<String, Double> seconds) {}

    private record Unit(long id, String name, String kind, long parentId) {}

    private record Doc(long id, LocalDate issuedOn, String number) {}

    public Outcome generate(Sizes sizes, long seed, boolean index, Consumer<String> progress) {
        Random r = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        Sentences text = Sentences.load();
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        List<GeneratedAccount> accounts;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Ids ids = new Ids(c);
            long t = System.nanoTime();
            List<Unit> units = units(c, ids, sizes.units(), r);
            rows.put("org_units", (long) units.size());
            progress.accept("đơn vị: " + units.size());
            List<long[]> people = people(c, ids, units, sizes.people(), r);
            rows.put("people", (long) people.size());
            accounts = accounts(c, ids, units, people, r);
            rows.put("users", (long) accounts.size());
            progress.accept("cán bộ và tài khoản: " + people.size());
            seconds.put("org", secs(t));

            t = System.nanoTime();
            List<Doc> docs = documents(c, ids, units, sizes.documents(), r, text, today, progress);
            rows.put("documents", (long) docs.size());
            seconds.put("documents", secs(t));

            t = System.nanoTime();
            long[] taskCounts = tasks(c, ids, units, docs, sizes.tasks(), r, text, today, progress);
            rows.put("tasks", taskCounts[0]);
            rows.put("progress_reports", taskCounts[1]);
            seconds.put("tasks", secs(t));

            t = System.nanoTime();
            long[] figures = targetsAndResults(c, ids, units, docs, sizes.results(), r, today, progress);
            rows.put("targets", figures[0]);
            rows.put("results", figures[1]);
            seconds.put("results", secs(t));

            t = System.nanoTime();
            rows.put("calendar_events", calendar(c, ids, units, people, r, text, today));
            seconds.put("calendar", secs(t));
            ids.moveIdentitiesPast(c);
            // no row of the change log per generated record: every instance's index is rebuilt instead
            SearchChanges.everythingChanged(c);
            c.commit();
            t = System.nanoTime();
            Statistics.refresh(c, Ids.TABLES);
            c.commit();
            seconds.put("analyze", secs(t));
        } catch (SQLException e) {
            throw new IllegalStateException("generate: " + e.getMessage(), e);
        }
        Map<RecordKind, Long> indexed = Map.of();
        if (index) {
            progress.accept("dựng chỉ mục tìm kiếm...");
            long t = System.nanoTime();
            indexed = search.rebuild();
            seconds.put("index", secs(t));
        }
        return new Outcome(rows, accounts, indexed, seconds);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    // ---- the org tree --------------------------------------------------------------------------------------

    private List<Unit> units(Connection c, Ids ids, int count, Random r) throws SQLException {
        List<Unit> out = new ArrayList<>();
        String province = Names.pick(r, Names.PROVINCES);
        int departments = Math.min(Names.DEPARTMENTS.size(), Math.max(1, count * 12 / 100));
        int districts = Math.max(1, count * 6 / 100);
        try (Batch b = new Batch(
                c,
                "INSERT INTO org_units (id, parent_id, name, name_key, abbreviation, abbr_key, kind)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Unit root = add(
                    b, out, ids.next("org_units"), null, "Ủy ban nhân dân tỉnh " + province, "UBND tỉnh", "PROVINCE");
            for (int i = 0; i < departments && out.size() < count; i++) {
                String[] d = Names.DEPARTMENTS.get(i);
                add(b, out, ids.next("org_units"), root.id(), d[0], d[1], "DEPARTMENT");
            }
            List<Unit> districtUnits = new ArrayList<>();
            java.util.Set<String> used = new java.util.HashSet<>();
            for (int i = 0; i < districts && out.size() < count; i++) {
                String name = unique(r, used, i == 0 ? "thành phố " : i % 4 == 1 ? "thị xã " : "huyện ");
                districtUnits.add(add(
                        b,
                        out,
                        ids.next("org_units"),
                        root.id(),
                        "Ủy ban nhân dân " + name,
                        "UBND " + name,
                        "DISTRICT"));
            }
            for (int i = 0; out.size() < count; i++) {
                Unit district = districtUnits.get(i % districtUnits.size());
                String name = unique(r, used, i % 9 == 0 ? "phường " : i % 13 == 0 ? "thị trấn " : "xã ");
                add(b, out, ids.next("org_units"), district.id(), "Ủy ban nhân dân " + name, "UBND " + name, "COMMUNE");
            }
        }
        return out;
    }

    private static String unique(Random r, java.util.Set<String> used, String prefix) {
        String name;
        int tries = 0;
        do {
            name = prefix + Names.place(r) + (tries++ > 50 ? " " + tries : "");
        } while (!used.add(name));
        return name;
    }

    private static Unit add(Batch b, List<Unit> out, long id, Long parent, String name, String abbr, String kind)
            throws SQLException {
        b.row(id, parent, name, Texts.key(name), abbr, Texts.key(abbr), kind);
        Unit u = new Unit(id, name, kind, parent == null ? 0 : parent);
        out.add(u);
        return u;
    }

    /** People: the first of each unit leads it; returns {personId, unitId, isLeader}. */
    private List<long[]> people(Connection c, Ids ids, List<Unit> units, int count, Random r) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Batch b =
                new Batch(c, "INSERT INTO people (id, name, name_key, titles, unit_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Unit u = units.get(i % units.size());
                boolean leader = i < units.size();
                String title = switch (u.kind()) {
                    case "DEPARTMENT" -> leader ? "Giám đốc" : i % 7 == 0 ? "Phó Giám đốc" : "Chuyên viên";
                    case "PROVINCE", "DISTRICT", "COMMUNE" ->
                        leader ? "Chủ tịch" : i % 7 == 0 ? "Phó Chủ tịch" : "Công chức";
                    default -> "Chuyên viên";
                };
                long id = ids.next("people");
                String name = Names.person(r);
                b.row(id, name, Texts.key(name), title, u.id());
                out.add(new long[] {id, u.id(), leader ? 1 : 0});
            }
        }
        return out;
    }

    /**
     * An account per person (leaders LEADER, one in ten CLERK, the rest STAFF) and one administrator, all with
     * the same password (hashed once: hashing 2,000 times would take minutes) and each with its own API token.
     */
    private List<GeneratedAccount> accounts(Connection c, Ids ids, List<Unit> units, List<long[]> people, Random r)
            throws SQLException {
        String password = "Tinh-" + Long.toString(Math.abs(r.nextLong()), 36);
        Map<Long, String> names = new java.util.HashMap<>();
        units.forEach(u -> names.put(u.id(), u.name()));
        String hash = passwords.encode(password);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<GeneratedAccount> out = new ArrayList<>();
        try (Batch users = new Batch(
                        c,
                        "INSERT INTO users (id, username, display_name, password_hash, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)");
                Batch grants = new Batch(
                        c, "INSERT INTO user_grants (id, user_id, role, unit_id) VALUES (?, ?, ?, ?)", users);
                Batch tokens = new Batch(
                        c,
                        "INSERT INTO access_tokens (id, user_id, label, token_hash, created_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        users)) {
            long first = ids.peek("users");
            for (int i = 0; i <= people.size(); i++) {
                boolean admin = i == people.size();
                long[] p = admin ? null : people.get(i);
                String role = admin ? "ADMIN" : p[2] == 1 ? "LEADER" : i % 10 == 3 ? "CLERK" : "STAFF";
                long userId = ids.next("users");
                String username = admin
                        ? "quantri.tinh" + first
                        : "cb" + p[0] + "." + Names.ascii(role).substring(0, 2);
                users.row(userId, username, null, hash, now);
                grants.row(ids.next("user_grants"), userId, role, admin ? null : p[1]);
                byte[] raw = new byte[32];
                r.nextBytes(raw);
                String token = "dd_" + HexFormat.of().formatHex(raw);
                tokens.row(ids.next("access_tokens"), userId, "generate", sha256(token), now);
                out.add(new GeneratedAccount(
                        username, password, token, role, admin ? 0 : p[1], admin ? "" : names.get(p[1])));
            }
        }
        return out;
    }

    // ---- documents -----------------------------------------------------------------------------------------

    private List<Doc> documents(
            Connection c,
            Ids ids,
            List<Unit> units,
            int count,
            Random r,
            Sentences text,
            LocalDate today,
            Consumer<String> progress)
            throws SQLException {
        List<Doc> out = new ArrayList<>(count);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int[] serial = new int[DOC_TYPES.length];
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO documents (id, doc_number, number_key, doc_type, title, issuer,"
                                + " issuer_unit_id, issued_on, place, source_name, content_hash, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch texts = new Batch(
                        c, "INSERT INTO document_texts (document_id, body, folded_body) VALUES (?, ?, ?)", b)) {
            for (int i = 0; i < count; i++) {
                long id = ids.next("documents");
                // a quarter from the province's committee, the rest from every unit (communes report too)
                Unit issuer = r.nextInt(4) == 0 ? units.get(0) : Names.pick(r, units);
                int t = r.nextInt(DOC_TYPES.length);
                String[] type = DOC_TYPES[t];
                String abbr = abbreviationOf(issuer);
                String number = (++serial[t]) + "/" + (type[1] == null ? abbr : type[1] + "-" + abbr);
                // spread over three years; a few without a date, as real files sometimes are
                LocalDate issued = r.nextInt(50) == 0 ? null : today.minusDays(r.nextInt(3 * 365));
                String title = type[0] + " " + lowerFirst(text.task(r));
                String body = body(r, text, issuer, number, type[0], title, issued);
                b.row(
                        id,
                        number,
                        Texts.numberKey(number),
                        type[0],
                        title,
                        issuer.name(),
                        issuer.id(),
                        issued,
                        "Hà Tĩnh",
                        "sinh-" + id + ".txt",
                        sha256(body),
                        now);
                texts.row(id, body, Texts.fold(number + " " + title + " " + issuer.name() + " " + body));
                out.add(new Doc(id, issued, number));
                if ((i + 1) % 10_000 == 0) {
                    progress.accept("văn bản: " + (i + 1) + "/" + count);
                }
            }
        }
        return out;
    }

    private static String abbreviationOf(Unit u) {
        return switch (u.kind()) {
            case "DEPARTMENT" ->
                Names.DEPARTMENTS.stream()
                        .filter(d -> d[0].equals(u.name()))
                        .map(d -> d[1])
                        .findFirst()
                        .orElse("UBND");
            default -> "UBND";
        };
    }

    private static String body(
            Random r, Sentences text, Unit issuer, String number, String type, String title, LocalDate issued) {
        StringBuilder sb = new StringBuilder(3000);
        sb.append(issuer.name().toUpperCase(java.util.Locale.ROOT))
                .append("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
                .append("\t\tĐộc lập - Tự do - Hạnh phúc\n")
                .append("Số: ")
                .append(number);
        if (issued != null) {
            sb.append("\t\tHà Tĩnh, ngày ")
                    .append(issued.getDayOfMonth())
                    .append(" tháng ")
                    .append(issued.getMonthValue())
                    .append(" năm ")
                    .append(issued.getYear());
        }
        sb.append("\n\n")
                .append(type.toUpperCase(java.util.Locale.ROOT))
                .append('\n')
                .append(title)
                .append("\n\n");
        int paragraphs = 6 + r.nextInt(14);
        for (int p = 0; p < paragraphs; p++) {
            sb.append(r.nextInt(3) == 0 ? "- " + text.task(r) : text.sentence(r))
                    .append('\n');
        }
        sb.append("\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n");
        return sb.toString();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- tasks ---------------------------------------------------------------------------------------------

    /**
     * Deadlines from a year and a half ago to six months ahead. Past the deadline: most done (a fifth of
     * those late), some still open (overdue), a few cancelled; ahead of it: mostly new or in progress.
     */
    private long[] tasks(
            Connection c,
            Ids ids,
            List<Unit> units,
            List<Doc> docs,
            int count,
            Random r,
            Sentences text,
            LocalDate today,
            Consumer<String> progress)
            throws SQLException {
        long reports = 0;
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO tasks (id, document_id, body, section, start_date, deadline, status, progress)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                Batch parties = new Batch(
                        c,
                        "INSERT INTO task_parties (id, task_id, role, raw_name, unit_id) VALUES (?, ?, ?, ?, ?)",
                        b);
                Batch reps = new Batch(
                        c,
                        "INSERT INTO progress_reports (id, task_id, reported_on, unit_id, percent, note)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        b)) {
            for (int i = 0; i < count; i++) {
                long id = ids.next("tasks");
                Doc d = docs.isEmpty() ? null : docs.get(r.nextInt(docs.size()));
                LocalDate deadline = r.nextInt(20) == 0 ? null : today.plusDays(r.nextInt(730) - 545);
                LocalDate start = deadline == null ? null : deadline.minusDays(15 + r.nextInt(120));
                boolean past = deadline != null && deadline.isBefore(today);
                int roll = r.nextInt(100);
                String status;
                if (past) {
                    status = roll < 70 ? "DONE" : roll < 75 ? "CANCELLED" : roll < 85 ? "NEW" : "IN_PROGRESS";
                } else {
                    status = roll < 45 ? "NEW" : roll < 88 ? "IN_PROGRESS" : roll < 98 ? "DONE" : "CANCELLED";
                }
                int percent = switch (status) {
                    case "DONE" -> 100;
                    case "IN_PROGRESS" -> 10 + r.nextInt(80);
                    default -> 0;
                };
                b.row(id, d == null ? null : d.id(), text.task(r), null, start, deadline, status, percent);
                Unit lead = units.size() > 1 ? units.get(1 + r.nextInt(units.size() - 1)) : units.get(0);
                parties.row(ids.next("task_parties"), id, "LEAD", lead.name(), lead.id());
                for (int k = r.nextInt(3); k > 0; k--) {
                    Unit co = Names.pick(r, units);
                    parties.row(ids.next("task_parties"), id, "COOPERATING", co.name(), co.id());
                }
                if (percent > 0) {
                    LocalDate on;
                    if (status.equals("DONE") && deadline != null) {
                        // a fifth of the done tasks were reported done after their deadline
                        on = r.nextInt(5) == 0
                                ? deadline.plusDays(1 + r.nextInt(30))
                                : deadline.minusDays(r.nextInt(20));
                    } else {
                        on = today.minusDays(r.nextInt(30));
                    }
                    if (on.isAfter(today)) {
                        on = today;
                    }
                    reps.row(
                            ids.next("progress_reports"),
                            id,
                            on,
                            lead.id(),
                            percent,
                            percent == 100 ? "Đã hoàn thành" : "Đang triển khai thực hiện");
                    reports++;
                }
                if ((i + 1) % 50_000 == 0) {
                    progress.accept("nhiệm vụ: " + (i + 1) + "/" + count);
                }
            }
        }
        return new long[] {count, reports};
    }

    // ---- targets and results -------------------------------------------------------------------------------

    /** Targets per commune, indicator and year; results per commune, indicator and month until the count is reached. */
    private long[] targetsAndResults(
            Connection c,
            Ids ids,
            List<Unit> units,
            List<Doc> docs,
            int results,
            Random r,
            LocalDate today,
            Consumer<String> progress)
            throws SQLException {
        List<Unit> communes =
                units.stream().filter(u -> u.kind().equals("COMMUNE")).toList();
        if (communes.isEmpty()) {
            communes = units;
        }
        long[] indicatorIds = new long[Names.INDICATORS.size()];
        try (Batch b = new Batch(c, "INSERT INTO indicators (id, name, name_key, measure_unit) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < indicatorIds.length; i++) {
                String[] ind = Names.INDICATORS.get(i);
                String key = Texts.key(ind[0]);
                Long existing = ids.existing(c, "SELECT id FROM indicators WHERE name_key = ?", key);
                if (existing != null) {
                    indicatorIds[i] = existing;
                } else {
                    indicatorIds[i] = ids.next("indicators");
                    b.row(indicatorIds[i], ind[0], key, ind[1]);
                }
            }
        }
        long targets = 0;
        int thisYear = today.getYear();
        try (Batch b = new Batch(
                c,
                "INSERT INTO targets (id, indicator_id, document_id, comparator, planned_value,"
                        + " measure_unit, period_label, scope, period_kind, period_year, period_start, period_end, period_code)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Unit commune : communes) {
                for (int i = 0; i < indicatorIds.length; i++) {
                    for (int year = thisYear - 2; year <= thisYear; year++) {
                        String[] ind = Names.INDICATORS.get(i);
                        b.row(
                                ids.next("targets"),
                                indicatorIds[i],
                                docs.isEmpty()
                                        ? null
                                        : docs.get(r.nextInt(docs.size())).id(),
                                ind[1].equals("%") ? "GTE" : "EQ",
                                planned(r, ind[1]),
                                ind[1],
                                Period.year(year).label(),
                                commune.name(),
                                "YEAR",
                                year,
                                Period.year(year).start(),
                                Period.year(year).end(),
                                Period.year(year).code());
                        targets++;
                    }
                }
            }
        }
        try (Batch b = new Batch(
                c,
                "INSERT INTO results (id, indicator_id, document_id, actual_value, measure_unit,"
                        + " percent_of_plan, period_label, reporting_unit, reporting_unit_id, period_kind, period_year, period_index,"
                        + " period_start, period_end, period_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < results; i++) {
                Unit commune = communes.get(i % communes.size());
                int k = (i / communes.size()) % indicatorIds.length;
                int month = i / (communes.size() * indicatorIds.length);
                LocalDate period = today.minusMonths(month % 36);
                String[] ind = Names.INDICATORS.get(k);
                double plan = planned(r, ind[1]);
                double actual = Math.round(plan * (0.6 + r.nextDouble() * 0.6) * 10) / 10.0;
                b.row(
                        ids.next("results"),
                        indicatorIds[k],
                        docs.isEmpty() ? null : docs.get(r.nextInt(docs.size())).id(),
                        actual,
                        ind[1],
                        Math.round(actual / plan * 1000) / 10.0,
                        month(period).label(),
                        commune.name(),
                        commune.id(),
                        "MONTH",
                        period.getYear(),
                        period.getMonthValue(),
                        month(period).start(),
                        month(period).end(),
                        month(period).code());
                if ((i + 1) % 200_000 == 0) {
                    progress.accept("kết quả: " + (i + 1) + "/" + results);
                }
            }
        }
        return new long[] {targets, results};
    }

    private static double planned(Random r, String measure) {
        return switch (measure) {
            case "%" -> 50 + r.nextInt(50);
            case "triệu đồng" -> 1000 + r.nextInt(50_000);
            default -> 5 + r.nextInt(500);
        };
    }

    // ---- calendar ------------------------------------------------------------------------------------------

    /** For every leader, two to four engagements a week from eight weeks back to eight weeks ahead. */
    private long calendar(
            Connection c, Ids ids, List<Unit> units, List<long[]> people, Random r, Sentences text, LocalDate today)
            throws SQLException {
        String[] sessions = {"MORNING", "AFTERNOON", "MORNING", "AFTERNOON", "ALL_DAY"};
        String[] verbs = {"Dự họp ", "Làm việc với ", "Kiểm tra ", "Chủ trì hội nghị ", "Tiếp công dân tại "};
        Map<Long, Unit> byId = new java.util.HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        long events = 0;
        try (Batch b = new Batch(
                        c,
                        "INSERT INTO calendar_events (id, event_date, day_session, time_text, content, place,"
                                + " preparing_units, chairs, non_working) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Batch parties = new Batch(
                        c,
                        "INSERT INTO calendar_event_parties (id, event_id, role, raw_name, unit_id, person_id)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        b)) {
            for (long[] p : people) {
                if (p[2] != 1) {
                    continue;
                }
                Unit own = byId.get(p[1]);
                for (int week = -8; week <= 8; week++) {
                    for (int k = 2 + r.nextInt(3); k > 0; k--) {
                        long id = ids.next("calendar_events");
                        Unit with = Names.pick(r, units);
                        String session = sessions[r.nextInt(sessions.length)];
                        String chair = "Lãnh đạo " + own.name();
                        b.row(
                                id,
                                monday.plusWeeks(week).plusDays(r.nextInt(5)),
                                session,
                                session.equals("AFTERNOON") ? "14h00" : "7h30",
                                verbs[r.nextInt(verbs.length)] + with.name() + ": " + lowerFirst(text.task(r)),
                                "Hội trường " + own.name(),
                                with.name(),
                                chair,
                                false);
                        parties.row(ids.next("calendar_event_parties"), id, "CHAIR", chair, own.id(), p[0]);
                        parties.row(ids.next("calendar_event_parties"), id, "PREPARING", with.name(), with.id(), null);
                        events++;
                    }
                }
            }
        }
        return events;
    }

    // ---- plumbing ------------------------------------------------------------------------------------------

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next free id per table, from the highest one present when generation began. */
    private static final class Ids {
        private static final List<String> TABLES = List.of(
                "org_units",
                "people",
                "users",
                "user_grants",
                "access_tokens",
                "documents",
                "tasks",
                "task_parties",
                "progress_reports",
                "indicators",
                "targets",
                "results",
                "calendar_events",
                "calendar_event_parties");
        private final Map<String, long[]> next = new java.util.HashMap<>();

        Ids(Connection c) throws SQLException {
            for (String t : TABLES) {
                try (Statement s = c.createStatement();
                        var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + t)) {
                    rs.next();
                    next.put(t, new long[] {rs.getLong(1) + 1});
                }
            }
        }

        long next(String table) {
            return next.get(table)[0]++;
        }

        long peek(String table) {
            return next.get(table)[0];
        }

        Long existing(Connection c, String sql, String key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        }

        /** Ids were given here: the identity columns must start after them (same statement on H2 and PostgreSQL). */
        void moveIdentitiesPast(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                for (Map.Entry<String, long[]> e : next.entrySet()) {
                    s.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue()[0]);
                }
            }
        }
    }

    /**
     * A prepared insert sent every {@value #BATCH} rows and committed with them, so memory stays flat. The
     * batches of the rows it refers to are sent first, so foreign keys always find their row.
     */
    private static final class Batch implements AutoCloseable {
        private final Connection c;
        private final PreparedStatement ps;
        private final Batch[] parents;
        private int pending;

        Batch(Connection c, String sql, Batch... parents) throws SQLException {
            this.c = c;
            this.ps = c.prepareStatement(sql);
            this.parents = parents;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else if (v instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            for (Batch p : parents) {
                p.flush();
            }
            if (pending > 0) {
                ps.executeBatch();
                c.commit();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    /** Sentences and task-like lines of the bundled sample documents (demo/samples/*.txt), the text material. */
    static final class Sentences {
        private final List<String> sentences;
        private final List<String> tasks;

        private Sentences(List<String> sentences, List<String> tasks) {
            this.sentences = sentences;
            this.tasks = tasks;
        }

        static Sentences load() {
            List<String> sentences = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            try {
                Resource[] rs = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/samples/*.txt");
                for (Resource res : rs) {
                    try (var in =
                            new BufferedReader(new InputStreamReader(res.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            String s = line.strip();
                            if (s.length() < 30 || s.length() > 600 || s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
                                continue;
                            }
                            sentences.add(s);
                            String bare = s.replaceFirst("^[-+•*]\\s*|^\\d+[.)]\\s*|^[a-zđ]\\)\\s*", "");
                            if (bare.length() < 300
                                    && (s.startsWith("-")
                                            || s.startsWith("+")
                                            || bare.matches(
                                                    "(?i)^(tổ chức|triển khai|thực hiện|chỉ đạo|tăng cường|rà soát|"
                                                            + "kiểm tra|báo cáo|đẩy mạnh|phối hợp|xây dựng|hoàn thành|tham mưu|tiếp tục).*"))) {
                                tasks.add(Character.toUpperCase(bare.charAt(0)) + bare.substring(1));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("generate: cannot read the bundled samples (demo/samples/*.txt)", e);
            }
            if (sentences.isEmpty()) {
                throw new IllegalStateException("generate: no bundled sample text (demo/samples/*.txt)");
            }
            if (tasks.isEmpty()) {
                tasks.addAll(sentences);
            }
            return new Sentences(sentences, tasks);
        }

        String sentence(Random r) {
            return sentences.get(r.nextInt(sentences.size()));
        }

        String task(Random r) {
            return tasks.get(r.nextInt(tasks.size()));
        }

        int sentenceCount() {
            return sentences.size();
        }

        int taskCount() {
            return tasks.size();
        }
    }

    private static Period month(LocalDate day) {
        return Period.month(day.getYear(), day.getMonthValue());
    }
}
