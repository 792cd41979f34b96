package vn.dondoc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * What the kill -9 tests share: an archive of small plans (each a document with a few tasks), a real
 * {@code dondoc} JVM started from the test class path, and reads of the embedded H2 file it writes.
 */
final class KilledImport {
    private KilledImport() {}

    /** {@code n} plans, each with its own number and three tasks. */
    static List<Path> archive(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        String[] units = {"Sở Tài chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư"};
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            StringBuilder b = new StringBuilder("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: " + i + "/KH-UBND\n"
                    + "Hà Tĩnh, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTriển khai nhiệm vụ số " + i
                    + "\n\nI. NHIỆM VỤ\n\n");
            for (int t = 1; t <= 3; t++) {
                b.append(t)
                        .append(". ")
                        .append(units[(i + t) % units.length])
                        .append(" chủ trì, phối hợp với Sở Tư pháp")
                        .append(" rà soát thủ tục hành chính nhóm ")
                        .append(i)
                        .append('.')
                        .append(t)
                        .append("; hoàn thành trước ngày 30/6/2024.\n");
            }
            Path f = dir.resolve(String.format("kh-%04d.txt", i));
            Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** {@code java -cp <test class path> vn.dondoc.cli.DondocCli args...}, output drained into {@code log}. */
    static Process start(
            StringBuffer log,
            Predicate<String> readyLine,
            CompletableFuture<Boolean> ready,
            List<String> jvmOptions,
            String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), DondocCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // drained until the end, so the process never blocks on a full pipe
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    log.append(line).append('\n');
                    if (ready != null && readyLine.test(line)) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            if (ready != null) {
                ready.complete(false);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /** The H2 file of a data folder, reached the way the app reaches it (mixed mode: through its owner when one runs). */
    static String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().normalize()
                + "/db/dondoc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;" + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    /** Connects with the password the app keeps beside the database (none yet: the process has not opened it). */
    static Connection connect(Path data) throws SQLException {
        if (!java.nio.file.Files.exists(data.resolve("db").resolve(".password"))) {
            throw new SQLException("the database of " + data + " is not created yet");
        }
        return DriverManager.getConnection(url(data), "sa", vn.dondoc.app.jdbc.EmbeddedDatabasePassword.read(data));
    }

    static long count(Path data, String sql) throws SQLException {
        try (Connection c = connect(data);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** content hash → how many documents hold it. */
    static Map<String, Integer> documentsByHash(Path data) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = connect(data);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content_hash, COUNT(*) FROM documents GROUP BY content_hash")) {
            while (rs.next()) {
                out.put(rs.getString(1).strip(), rs.getInt(2));
            }
        }
        return out;
    }

    /** The demo's administrator (from DATA/demo-accounts.txt), as an HTTP Basic credential. */
    static String adminCredentials(Path data) throws IOException {
        for (String line : Files.readAllLines(data.resolve("demo-accounts.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3 && f[2].equalsIgnoreCase("admin")) {
                return java.util.Base64.getEncoder()
                        .encodeToString((f[0] + ":" + f[1]).getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no admin in demo-accounts.txt");
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
