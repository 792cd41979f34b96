package vn.dondoc.app.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded H2 never answers to {@code sa} with an empty password. It runs in mixed mode
 * ({@code AUTO_SERVER=TRUE}) so that {@code dondoc import}, {@code backup}, {@code check} and {@code users}
 * work beside a running server; that mode opens a TCP port, so the database gets a random password kept in
 * {@code DATA/db/.password}, readable by its owner only (mode 600, in a folder of mode 700). Every dondoc
 * process of the same account reads it from there; another local user can neither read it nor the files.
 *
 * <p>A database created before this existed (user {@code sa}, empty password) gets its password on the first
 * start. The new password is written to {@code .password.new} before the database changes and renamed to
 * {@code .password} after, so a crash at any point leaves a password that opens the database.
 * A password given in {@code DONDOC_DB_PASSWORD} (or {@code spring.datasource.password}) is used as it is.
 */
public class EmbeddedDatabasePassword implements EnvironmentPostProcessor, Ordered {
    static final String FILE = ".password";
    private static final String PREFIX = "jdbc:h2:file:";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url", "");
        String password = env.getProperty("spring.datasource.password", "");
        if (!url.startsWith(PREFIX) || !password.isEmpty()) {
            return;
        }
        String user = env.getProperty("spring.datasource.username", "sa");
        String secret = ensure(url, user);
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "dondoc-embedded-database-password", Map.of("spring.datasource.password", secret)));
    }

    /** After application.properties and the command line are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The folder that holds the database files (and the password file) of an H2 file URL. */
    static Path databaseFolder(String url) {
        String name = url.substring(PREFIX.length());
        int semicolon = name.indexOf(';');
        if (semicolon >= 0) {
            name = name.substring(0, semicolon);
        }
        return Path.of(name).toAbsolutePath().normalize().getParent();
    }

    /** The password of the embedded database in this data folder, for tools and tests of the same account. */
    public static String read(Path dataDir) {
        try {
            return Files.readString(dataDir.resolve("db").resolve(FILE), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The password of the database at this URL: read, or created (and set on an older database). */
    static String ensure(String url, String user) {
        Path dir = databaseFolder(url);
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                restrict(file, OWNER_ONLY_FILE);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dir);
            restrict(dir, OWNER_ONLY_DIR);
            Path next = dir.resolve(FILE + ".new");
            String secret;
            if (Files.exists(next)) {
                secret = Files.readString(next, StandardCharsets.UTF_8).strip();
            } else {
                secret = random();
                writeOwnerOnly(next, secret);
            }
            if (databaseExists(url)) {
                setPassword(url, user, secret);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot keep the embedded database's password in " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean databaseExists(String url) {
        String name = url.substring(PREFIX.length());
        int semicolon = name.indexOf(';');
        String base = semicolon >= 0 ? name.substring(0, semicolon) : name;
        return Files.exists(Path.of(base + ".mv.db"));
    }

    /** An older database still opens with the empty password: give it the new one (or it has it already). */
    private static void setPassword(String url, String user, String secret) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER USER " + user + " SET PASSWORD '" + secret + "'");
            }
        } catch (SQLException empty) {
            // a crash after the change but before the rename: the database has the new password already
            try (Connection c = DriverManager.getConnection(url, user, secret)) {
                c.isValid(1);
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "the embedded database refuses both the empty password and the one in " + FILE + ".new ("
                                + e.getMessage() + "); set DONDOC_DB_PASSWORD to its password",
                        e);
            }
        }
    }

    private static String random() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
