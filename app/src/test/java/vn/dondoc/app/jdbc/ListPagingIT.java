package vn.dondoc.app.jdbc;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.app.PostgresConfig;

/** The same on the real PostgreSQL, in a schema of its own; skipped when none is reachable. */
@SpringBootTest
class ListPagingIT extends ListPagingContract {
    @BeforeAll
    static void requirePostgres() {
        PostgresConfig.assumeReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        PostgresConfig.register(r);
    }
}
