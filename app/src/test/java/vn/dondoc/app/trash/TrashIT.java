package vn.dondoc.app.trash;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;

/** The trash on the real PostgreSQL; skipped when none is reachable. */
@SpringBootTest
class TrashIT extends TrashContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
