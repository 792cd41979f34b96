package vn.dondoc.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dondoc web application. Started by {@code dondoc serve} from a plain class path (no fat jar). */
@SpringBootApplication
@EnableScheduling
public class DondocApplication {
    public static void main(String[] args) {
        SpringApplication.run(DondocApplication.class, args);
    }
}
