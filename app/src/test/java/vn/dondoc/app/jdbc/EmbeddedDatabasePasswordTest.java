package vn.dondoc.app.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.app.DondocApplication;

/** The embedded H2's mixed-mode port opens only with the password kept in DATA/db/.password (mode 600). */
class EmbeddedDatabasePasswordTest {
    private static final String FLAGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    @TempDir
    Path data;

    @Test
    void aRunningServersDatabasePortRefusesSaWithAnEmptyPassword() throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DondocApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--dondoc.data-dir=" + data.toAbsolutePath(),
                        "--dondoc.search.engine=none",
                        "--dondoc.import.background=false",
                        "--dondoc.search.catch-up=false",
                        "--spring.datasource.hikari.maximum-pool-size=2")) {
            Path db = data.resolve("db");
            Path file = db.resolve(".password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(db)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            String password = EmbeddedDatabasePassword.read(data);
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);

            // the port and key another process finds in the lock file, as H2's AUTO_SERVER client does
            Properties lock = new Properties();
            try (Reader r = Files.newBufferedReader(db.resolve("dondoc.lock.db"))) {
                lock.load(r);
            }
            String tcp = "jdbc:h2:tcp://" + lock.getProperty("server") + "/" + lock.getProperty("id");
            assertThatThrownBy(() -> DriverManager.getConnection(tcp, "sa", "").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            try (Connection c = DriverManager.getConnection(tcp, "sa", password);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM org_units")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void anOlderDatabaseWithAnEmptyPasswordGetsARandomOneAndKeepsItsRecords() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/dondoc").toAbsolutePath() + FLAGS;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INT PRIMARY KEY, text VARCHAR(20))");
            s.execute("INSERT INTO notes VALUES (1, 'còn nguyên')");
        }

        String password = EmbeddedDatabasePassword.ensure(url, "sa");

        assertThat(EmbeddedDatabasePassword.read(data)).isEqualTo(password);
        assertThat(data.resolve("db/.password.new")).doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM notes WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("còn nguyên");
        }
        assertThat(EmbeddedDatabasePassword.ensure(url, "sa"))
                .as("the same password on every later start")
                .isEqualTo(password);
    }

    @Test
    void aStartInterruptedAfterTheDatabaseChangedStillFindsItsPassword() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db/dondoc").toAbsolutePath() + FLAGS;
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("ALTER USER sa SET PASSWORD 'dat-truoc-khi-ngat'");
        }
        Files.writeString(data.resolve("db/.password.new"), "dat-truoc-khi-ngat\n");

        assertThat(EmbeddedDatabasePassword.ensure(url, "sa")).isEqualTo("dat-truoc-khi-ngat");
        assertThat(EmbeddedDatabasePassword.read(data)).isEqualTo("dat-truoc-khi-ngat");
    }
}
