package vn.dondoc.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dondoc web application. Started by {@code dondoc serve} from a plain class path (no fat jar). */
@SpringBootApplication
@EnableScheduling
public class DondocApplication {
    static {
        // The embedded H2 runs in mixed mode (AUTO_SERVER) so `dondoc import` can write while a server runs;
        // its TCP port must never be reachable from other machines, and other local users lack its password
        // (jdbc.EmbeddedDatabasePassword: DATA/db/.password, mode 600).
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(DondocApplication.class, args);
    }
}
